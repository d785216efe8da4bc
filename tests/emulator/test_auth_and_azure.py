"""Credentials (required, never logged), the Azure paths and the process boundary."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import openai
import pytest

from studio.emulator.server import EmulatorServer, Fault
from tests.emulator.helpers import SECRET, photo_png, raw_request

REPO = Path(__file__).resolve().parents[2]


def test_missing_key_gives_the_real_401(emulator: EmulatorServer) -> None:
    emulator.inject(Fault(kind="server_error"))
    status, headers, body = raw_request(
        emulator.port, "POST", "/v1/images/generations", {"prompt": "x"}
    )
    error = json.loads(body)["error"]
    assert status == 401 and headers["content-type"] == "application/json"
    assert error["message"].startswith("You didn't provide an API key.")
    assert (error["type"], error["param"], error["code"]) == ("invalid_request_error", None, None)
    assert emulator.requests[-1].auth is None
    assert len(emulator.faults) == 1  # a request without a key consumes no fault
    bad_scheme = {"Authorization": "Basic abc"}
    assert raw_request(emulator.port, "GET", "/v1/models", headers=bad_scheme)[0] == 401


def test_key_is_never_in_the_request_log(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    client.images.generate(model="gpt-image-2", prompt="x", output_format="jpeg")
    client.images.edit(model="gpt-image-2", prompt="y", image=("a.png", photo_png(), "image/png"))
    assert [r.auth for r in emulator.requests] == ["bearer", "bearer"]
    assert SECRET not in repr(emulator.requests)
    _, _, log = raw_request(emulator.port, "GET", "/_emulator/requests")
    assert SECRET.encode() not in log and b"SECRET" not in log


def test_unknown_route_is_404(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        client.post("/images/variations", cast_to=object, body={})
    assert caught.value.message.endswith("Invalid URL (POST /v1/images/variations)")


def test_azure_deployment_paths(emulator: EmulatorServer) -> None:
    with openai.AzureOpenAI(
        azure_endpoint=emulator.url, api_version="2025-04-01-preview", api_key=SECRET, max_retries=0
    ) as azure:
        result = azure.images.generate(model="my-deployment", prompt="an otter", quality="high")
        edit = azure.images.edit(
            model="gpt-image-1.5",
            prompt="x",
            image=("a.png", photo_png(), "image/png"),
            output_format="jpeg",
        )
        with pytest.raises(openai.BadRequestError) as caught:
            azure.images.generate(model="gpt-image-1.5", prompt="x", size="2048x2048")
    assert result.usage is not None and result.usage.output_tokens == 7024  # acts as gpt-image-2
    assert edit.usage is not None and edit.usage.output_tokens == 1056  # deployment = model
    assert caught.value.param == "size"
    first, second = emulator.requests[:2]
    assert first.path == "/openai/deployments/my-deployment/images/generations"
    assert first.query == {"api-version": "2025-04-01-preview"}
    assert second.path == "/openai/deployments/gpt-image-1.5/images/edits"
    assert {r.auth for r in emulator.requests} == {"api-key"}
    assert SECRET not in repr(emulator.requests)


def test_azure_v1_path_with_the_plain_client(emulator: EmulatorServer) -> None:
    base_url = f"{emulator.url}/openai/v1/"
    with openai.OpenAI(base_url=base_url, api_key="k", max_retries=0) as sdk:
        result = sdk.images.generate(model="some-deployment", prompt="x", quality="low")
    assert result.usage is not None and result.usage.output_tokens == 196
    assert emulator.requests[-1].path == "/openai/v1/images/generations"


def test_binds_loopback_only() -> None:
    with pytest.raises(ValueError):
        EmulatorServer(host="0.0.0.0")
    server = EmulatorServer()
    with pytest.raises(RuntimeError):
        _ = server.base_url
    server.stop()  # stopping a server that never started is harmless


def test_no_qt_and_no_core_imports() -> None:
    code = (
        "import pkgutil, importlib, sys, studio.emulator as e\n"
        "for m in pkgutil.iter_modules(e.__path__):\n"
        "    if m.name != '__main__': importlib.import_module('studio.emulator.' + m.name)\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'studio.core', 'studio.ui'))]\n"
        "print(bad)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert output.stdout.strip() == "[]"


def test_run_prints_the_url_and_stops_cleanly_on_ctrl_c() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "studio.emulator", "--port", "0", "--partial-delay", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.fullmatch(r"Emulator listening on http://127\.0\.0\.1:(\d+)/v1\n", line)
        assert match is not None, line
        port = int(match.group(1))
        assert raw_request(port, "GET", "/v1/models", headers={"api-key": "k"})[0] == 200
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
