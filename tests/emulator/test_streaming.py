"""Streaming: the SSE frames, partial images, per-image usage and partial_delay."""

from __future__ import annotations

import json

import openai
from openai.types import ImageGenCompletedEvent, ImageGenPartialImageEvent

from studio.emulator.server import EmulatorServer
from tests.emulator.helpers import auth, decode_image, raw_request


def test_two_partials_then_completed_with_usage_plus_200(client: openai.OpenAI) -> None:
    stream = client.images.generate(
        model="gpt-image-2", prompt="an otter", quality="high", stream=True, partial_images=2
    )
    events = list(stream)
    assert [event.type for event in events] == [
        "image_generation.partial_image",
        "image_generation.partial_image",
        "image_generation.completed",
    ]
    partials = [e for e in events if isinstance(e, ImageGenPartialImageEvent)]
    assert [p.partial_image_index for p in partials] == [0, 1]
    completed = events[-1]
    assert isinstance(completed, ImageGenCompletedEvent)
    assert completed.usage.output_tokens == 7024 + 200
    assert completed.usage.input_tokens == 8
    assert completed.usage.total_tokens == 7024 + 200 + 8
    final = decode_image(completed.b64_json)
    assert final.size == (1024, 1024)
    assert decode_image(partials[0].b64_json).size == final.size
    assert (completed.size, completed.quality, completed.background) == (
        "1024x1024",
        "high",
        "opaque",
    )


def test_zero_partials_gives_just_the_completed_event(client: openai.OpenAI) -> None:
    stream = client.images.generate(model="gpt-image-2", prompt="x", stream=True, quality="low")
    events = list(stream)
    assert [e.type for e in events] == ["image_generation.completed"]
    assert isinstance(events[0], ImageGenCompletedEvent)
    assert events[0].usage.output_tokens == 196


def test_n_2_sends_each_image_partials_then_completed_and_usage_per_image(
    client: openai.OpenAI,
) -> None:
    stream = client.images.generate(
        model="gpt-image-2",
        prompt="x",
        stream=True,
        partial_images=1,
        n=2,
        quality="low",
        output_format="jpeg",
    )
    events = list(stream)
    assert [e.type.rsplit(".", 1)[1] for e in events] == [
        "partial_image",
        "completed",
        "partial_image",
        "completed",
    ]
    completed = [e for e in events if isinstance(e, ImageGenCompletedEvent)]
    assert [c.usage.output_tokens for c in completed] == [296, 296]
    assert sum(c.usage.input_tokens for c in completed) == 2 * 7
    assert completed[0].b64_json != completed[1].b64_json


def test_raw_sse_framing(emulator: EmulatorServer) -> None:
    body = {"model": "gpt-image-2", "prompt": "otter", "stream": True, "partial_images": 1}
    status, headers, payload = raw_request(
        emulator.port, "POST", "/v1/images/generations", body, auth()
    )
    assert status == 200
    assert headers["content-type"].startswith("text/event-stream")
    assert headers["transfer-encoding"] == "chunked"
    text = payload.decode()
    assert text.endswith("\n\n") and "[DONE]" not in text
    frames = text.removesuffix("\n\n").split("\n\n")
    assert len(frames) == 2
    parsed = []
    for frame in frames:
        event_line, data_line = frame.split("\n")
        assert event_line.startswith("event: ") and data_line.startswith("data: ")
        data = json.loads(data_line.removeprefix("data: "))
        assert data["type"] == event_line.removeprefix("event: ")
        parsed.append(data)
    assert list(parsed[0]) == [
        "type", "b64_json", "background", "created_at", "output_format",
        "partial_image_index", "quality", "size",
    ]  # fmt: skip
    assert list(parsed[1])[-1] == "usage"
    assert "output_tokens_details" not in parsed[1]["usage"]


def test_partial_delay_is_settable_at_runtime(
    emulator: EmulatorServer, client: openai.OpenAI
) -> None:
    emulator.partial_delay = 0.15
    stream = client.images.generate(
        model="gpt-image-2",
        prompt="x",
        stream=True,
        partial_images=2,
        quality="low",
        output_format="jpeg",
    )
    assert len(list(stream)) == 3
    assert emulator.pauses == [0.15, 0.15]  # one planned gap before each event after the first


def test_first_byte_delay(emulator: EmulatorServer, client: openai.OpenAI) -> None:
    emulator.first_byte_delay = 0.2
    client.images.generate(model="gpt-image-2", prompt="x", quality="low")
    assert emulator.pauses == [0.2]
