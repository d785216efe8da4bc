"""Every fault kind, injected in process, over HTTP and from a prompt marker."""

from __future__ import annotations

import json

import openai
import pytest
from openai.types import ImageGenPartialImageEvent
from PIL import ImageChops

from studio.emulator.server import EmulatorServer, Fault
from tests.emulator.helpers import (
    SECRET,
    auth,
    decode_image,
    mask_with_hole,
    photo,
    photo_png,
    png_bytes,
    raw_request,
)


def _generate(client: openai.OpenAI, prompt: str = "x") -> openai.types.ImagesResponse:
    return client.images.generate(model="gpt-image-2", prompt=prompt, output_format="jpeg")


@pytest.mark.parametrize(
    ("kind", "exception", "code", "status"),
    [
        ("rate_limit", openai.RateLimitError, "rate_limit_exceeded", 429),
        ("insufficient_quota", openai.RateLimitError, "insufficient_quota", 429),
        ("server_error", openai.InternalServerError, None, 500),
        ("moderation", openai.BadRequestError, "moderation_blocked", 400),
        ("auth", openai.AuthenticationError, "invalid_api_key", 401),
    ],
)
def test_error_faults_raise_the_sdk_exception(
    emulator: EmulatorServer,
    client: openai.OpenAI,
    kind: str,
    exception: type[openai.APIStatusError],
    code: str | None,
    status: int,
) -> None:
    emulator.inject(Fault(kind=kind))
    with pytest.raises(exception) as caught:
        _generate(client)
    assert caught.value.code == code and caught.value.status_code == status
    assert caught.value.request_id is not None and caught.value.request_id.startswith("req_")
    assert SECRET not in str(caught.value.body)
    assert _generate(client).data is not None  # consumed: the next request succeeds
    assert [r.fault for r in emulator.requests] == [kind, None]


def test_rate_limit_body_and_retry_headers(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    emulator.inject(Fault(kind="rate_limit", retry_after=1.0))
    with pytest.raises(openai.RateLimitError) as caught:
        _generate(client)
    headers = caught.value.response.headers
    assert (headers["retry-after"], headers["retry-after-ms"]) == ("1", "1000")
    assert caught.value.body == {
        "message": "Rate limit reached for gpt-image-2 in organization org-emulator on images per"
        " min (IPM): Limit 5. Please try again in 1s.",
        "type": "requests",
        "param": None,
        "code": "rate_limit_exceeded",
    }


def test_sdk_retries_honour_retry_after_ms(emulator: EmulatorServer) -> None:
    emulator.inject(Fault(kind="rate_limit", retry_after=0.05))
    with openai.OpenAI(base_url=emulator.base_url, api_key="k", max_retries=1) as sdk:
        assert _generate(sdk).data is not None
    assert [r.fault for r in emulator.requests] == ["rate_limit", None]


def test_moderation_body_has_details(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    emulator.inject(Fault(kind="moderation"))
    with pytest.raises(openai.BadRequestError) as caught:
        _generate(client)
    body = caught.value.body
    assert isinstance(body, dict) and body["type"] == "image_generation_user_error"
    assert body["moderation_details"] == {"moderation_stage": "input", "categories": ["other"]}
    assert caught.value.request_id is not None and caught.value.request_id in body["message"]


def test_auth_fault_never_echoes_the_key(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    emulator.inject(Fault(kind="auth"))
    with pytest.raises(openai.AuthenticationError) as caught:
        _generate(client)
    assert "sk-****" in caught.value.message and SECRET not in caught.value.message


def test_stream_cut_raises_api_connection_error_after_the_partial(
    emulator: EmulatorServer, client: openai.OpenAI
) -> None:
    # The emulator stops mid chunked body (no completed event, no final chunk) and closes the
    # socket; httpx reports an incomplete body and the SDK raises APIConnectionError.
    emulator.inject(Fault(kind="stream_cut", after_partials=1))
    received = []
    stream = client.images.generate(model="gpt-image-2", prompt="x", stream=True, partial_images=2)
    with pytest.raises(openai.APIConnectionError):
        for event in stream:
            received.append(event.type)
    assert received == ["image_generation.partial_image"]
    assert _generate(client).data is not None


def test_stream_error_raises_api_error_after_the_partial(
    emulator: EmulatorServer, client: openai.OpenAI
) -> None:
    emulator.inject(Fault(kind="stream_error", after_partials=1))
    received = []
    stream = client.images.generate(model="gpt-image-2", prompt="x", stream=True, partial_images=2)
    with pytest.raises(openai.APIError) as caught:
        for event in stream:
            received.append(event)
    assert len(received) == 1 and isinstance(received[0], ImageGenPartialImageEvent)
    assert not isinstance(caught.value, openai.APIStatusError)  # HTTP status was 200
    assert caught.value.code == "moderation_blocked"
    assert caught.value.type == "image_generation_user_error"
    assert caught.value.message == "Your request was rejected by the safety system."


def test_stream_faults_wait_for_a_streaming_request(
    emulator: EmulatorServer, client: openai.OpenAI
) -> None:
    emulator.inject(Fault(kind="stream_error", after_partials=0))
    assert _generate(client).data is not None  # not streaming: the fault stays queued
    assert len(emulator.faults) == 1
    stream = client.images.generate(model="gpt-image-2", prompt="x", stream=True, partial_images=1)
    with pytest.raises(openai.APIError):
        list(stream)
    assert emulator.faults == []


def test_slow_fault_delays_the_first_byte(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    emulator.inject(Fault(kind="slow", delay=0.3))
    assert _generate(client).data is not None
    assert emulator.pauses == [0.3]


def test_mask_bleed_changes_pixels_outside_the_mask(
    emulator: EmulatorServer, client: openai.OpenAI
) -> None:
    source, hole = photo(), (0, 0, 512, 512)
    mask = png_bytes(mask_with_hole(source.size, hole))
    emulator.inject(Fault(kind="mask_bleed"))
    assert _generate(client).data is not None  # a generation does not consume it
    result = client.images.edit(
        model="gpt-image-2",
        prompt="x",
        image=("a.png", png_bytes(source), "image/png"),
        mask=("m.png", mask, "image/png"),
    )
    assert result.data is not None
    outside = ImageChops.difference(source, decode_image(result.data[0].b64_json).convert("RGB"))
    outside.paste((0, 0, 0), hole)
    assert outside.getbbox() is not None
    assert emulator.requests[-1].fault == "mask_bleed"


def test_count_and_path_contains(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    emulator.inject(Fault(kind="server_error", count=2, path_contains="/images/edits"))
    assert _generate(client).data is not None
    image = ("a.png", photo_png(), "image/png")
    for _ in range(2):
        with pytest.raises(openai.InternalServerError):
            client.images.edit(model="gpt-image-2", prompt="x", image=image, output_format="jpeg")
    assert client.images.edit(model="gpt-image-2", prompt="x", image=image).data is not None


def test_path_contains_can_target_the_models_endpoint(
    emulator: EmulatorServer, client: openai.OpenAI
) -> None:
    emulator.inject(Fault(kind="auth", path_contains="/models"))
    with pytest.raises(openai.AuthenticationError):
        client.models.list()


def test_prompt_marker_triggers_a_fault(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        _generate(client, "a cat [[fault:moderation]]")
    assert caught.value.code == "moderation_blocked"
    stream = client.images.generate(
        model="gpt-image-2", prompt="[[fault:stream_cut]]", stream=True, partial_images=2
    )
    with pytest.raises(openai.APIConnectionError):
        list(stream)


def test_faults_over_http(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    status, _, body = raw_request(
        emulator.port, "POST", "/_emulator/faults", {"kind": "insufficient_quota", "count": 2}
    )
    assert status == 200 and json.loads(body)["pending"][0]["kind"] == "insufficient_quota"
    with pytest.raises(openai.RateLimitError):
        _generate(client)
    assert raw_request(emulator.port, "DELETE", "/_emulator/faults")[0] == 200
    assert _generate(client).data is not None
    status, _, body = raw_request(emulator.port, "POST", "/_emulator/faults", {"kind": "nope"})
    assert status == 400 and b"unknown fault kind" in body


def test_config_over_http(emulator: EmulatorServer) -> None:
    status, _, body = raw_request(
        emulator.port, "POST", "/_emulator/config", {"partial_delay": 0.25}
    )
    assert status == 200 and json.loads(body)["partial_delay"] == 0.25
    assert emulator.partial_delay == 0.25


def test_fault_validation() -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        Fault(kind="meteor")
    with pytest.raises(ValueError):
        Fault(kind="rate_limit", count=0)


def test_headers_are_not_needed_for_control_paths(emulator: EmulatorServer) -> None:
    assert raw_request(emulator.port, "GET", "/_emulator/faults")[0] == 200
    assert raw_request(emulator.port, "GET", "/_emulator/requests", headers=auth())[0] == 200


def test_a_prompt_marker_fires_once_so_a_retry_goes_through(client: openai.OpenAI) -> None:
    prompt = "a fox in the snow [[fault:rate_limit]] once"
    with pytest.raises(openai.RateLimitError):
        client.images.generate(prompt=prompt, size="1024x640", quality="low")
    retried = client.images.generate(prompt=prompt, size="1024x640", quality="low")
    assert retried.data and retried.data[0].b64_json
