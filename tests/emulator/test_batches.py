"""The emulator's /v1/files and /v1/batches through the real SDK, on its controllable clock."""

from __future__ import annotations

import json
import urllib.request

import openai
import pytest

from studio.emulator.server import EmulatorServer

GEN = "/v1/images/generations"


def _line(custom_id: str, prompt: str, url: str = GEN, **body: object) -> dict[str, object]:
    fields = {"model": "gpt-image-2", "prompt": prompt, "size": "1024x1024", "quality": "low"}
    return {"custom_id": custom_id, "method": "POST", "url": url, "body": {**fields, **body}}


def _submit(client: openai.OpenAI, lines: list[dict[str, object]], endpoint: str = GEN) -> str:
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    uploaded = client.files.create(file=("in.jsonl", data, "application/jsonl"), purpose="batch")
    assert (uploaded.purpose, uploaded.bytes) == ("batch", len(data))
    assert client.files.retrieve(uploaded.id).filename == "in.jsonl"
    assert client.files.content(uploaded.id).content == data
    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint=endpoint,
        completion_window="24h",  # type: ignore[arg-type]
    )
    assert batch.status == "validating" and batch.expires_at == batch.created_at + 86400
    return batch.id


def _jsonl(client: openai.OpenAI, file_id: str | None) -> list[dict[str, object]]:
    assert file_id is not None
    return [json.loads(x) for x in client.files.content(file_id).content.splitlines()]


def test_states_counts_and_output_lines(client: openai.OpenAI, emulator: EmulatorServer) -> None:
    batch_id = _submit(client, [_line("a", "a fox"), _line("b", "a cat [[fault:moderation]]")])
    states = []
    for _ in range(3):
        emulator.step_batches(batch_id)
        batch = client.batches.retrieve(batch_id)
        states.append(batch.status)
    assert states == ["in_progress", "finalizing", "completed"]
    assert batch.request_counts is not None
    assert (batch.request_counts.total, batch.request_counts.completed) == (2, 1)
    assert batch.completed_at and batch.in_progress_at and batch.finalizing_at
    (ok,) = _jsonl(client, batch.output_file_id)
    response = ok["response"]
    assert isinstance(response, dict) and ok["custom_id"] == "a" and ok["error"] is None
    assert response["status_code"] == 200 and response["request_id"].startswith("req_")
    assert response["body"]["data"][0]["b64_json"] and response["body"]["usage"]["output_tokens"]
    (failed,) = _jsonl(client, batch.error_file_id)
    assert failed["custom_id"] == "b"
    assert failed["response"]["status_code"] == 400  # type: ignore[index]
    assert batch_id in [b.id for b in client.batches.list()]


def test_bad_input_file_fails_the_batch(client: openai.OpenAI, emulator: EmulatorServer) -> None:
    batch_id = _submit(client, [_line("a", "x"), _line("a", "y"), _line("c", "z", url="/v1/x")])
    emulator.step_batches(batch_id)
    batch = client.batches.retrieve(batch_id)
    assert batch.status == "failed" and batch.errors and batch.errors.data
    assert [(e.code, e.line) for e in batch.errors.data] == [
        ("duplicate_custom_id", 2),
        ("mismatched_url", 3),
    ]


def test_cancel_keeps_lines_already_run(client: openai.OpenAI, emulator: EmulatorServer) -> None:
    batch_id = _submit(client, [_line(str(i), f"p{i}") for i in range(3)])
    emulator.step_batches(batch_id)
    emulator.process_batch(batch_id, 1)
    assert client.batches.cancel(batch_id).status == "cancelling"
    emulator.step_batches(batch_id)
    batch = client.batches.retrieve(batch_id)
    assert batch.status == "cancelled" and batch.cancelled_at
    assert [line["custom_id"] for line in _jsonl(client, batch.output_file_id)] == ["0"]
    errors = _jsonl(client, batch.error_file_id)
    assert [e["error"]["code"] for e in errors] == ["batch_cancelled"] * 2  # type: ignore[index]


def test_the_clock_expires_an_open_batch(client: openai.OpenAI, emulator: EmulatorServer) -> None:
    batch_id = _submit(client, [_line("a", "x")])
    emulator.advance_batch_clock(23 * 3600)
    assert client.batches.retrieve(batch_id).status == "validating"
    emulator.advance_batch_clock(2 * 3600)
    batch = client.batches.retrieve(batch_id)
    assert batch.status == "expired" and batch.expired_at


def test_edit_lines_take_data_urls(client: openai.OpenAI, emulator: EmulatorServer) -> None:
    import base64
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (1024, 1024), "red").save(buffer, "PNG")
    url = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    line = _line("e", "add a hat", url="/v1/images/edits", images=[{"image_url": url}])
    batch_id = _submit(client, [line], endpoint="/v1/images/edits")
    emulator.step_batches(batch_id)
    emulator.step_batches(batch_id)
    emulator.step_batches(batch_id)
    batch = client.batches.retrieve(batch_id)
    assert batch.request_counts is not None and batch.request_counts.completed == 1


def test_control_endpoint_steps_a_batch(client: openai.OpenAI, emulator: EmulatorServer) -> None:
    batch_id = _submit(client, [_line("a", "x")])
    request = urllib.request.Request(
        f"{emulator.url}/_emulator/batches/{batch_id}/step", data=b"{}", method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        body = json.loads(response.read())
    assert any(b["id"] == batch_id and b["status"] == "in_progress" for b in body)


def test_unknown_ids_are_404(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError):
        client.batches.retrieve("batch_nope")
    with pytest.raises(openai.NotFoundError):
        client.files.content("file-nope")


def test_demo_batches_outlive_the_server_and_step_by_themselves(tmp_path: object) -> None:
    from pathlib import Path

    from tests.emulator.helpers import SECRET

    folder = Path(str(tmp_path)) / "demo"
    with EmulatorServer(batch_dir=folder, batch_auto_step_s=600) as server:
        with openai.OpenAI(base_url=server.base_url, api_key=SECRET, max_retries=0) as sdk:
            batch_id = _submit(sdk, [_line("a", "x")])
        server.advance_batch_clock(600)
        assert server.batch_status(batch_id) == "in_progress"
    with (
        EmulatorServer(batch_dir=folder, batch_auto_step_s=600) as server,
        openai.OpenAI(base_url=server.base_url, api_key=SECRET, max_retries=0) as sdk,
    ):
        assert sdk.batches.retrieve(batch_id).status == "in_progress"
        server.advance_batch_clock(1200)
        batch = sdk.batches.retrieve(batch_id)
        assert batch.status == "completed"
        assert len(_jsonl(sdk, batch.output_file_id)) == 1
