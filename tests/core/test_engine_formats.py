"""GIF, SVG, markup, complexity, xhigh/max and safety_identifier: the real SDK to the emulator."""

from __future__ import annotations

import base64
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from studio.core import pricing
from studio.core.engine import Engine
from studio.core.events import Completed, ErrorKind, Failed, ImageReady
from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.services import Services
from studio.emulator.server import EmulatorServer
from tests.core.conftest import KEY, kinds, photo, png_bytes

SIX = "gpt-image-2.6-flare"


def final(events: list[object]) -> Completed:
    done = events[-1]
    assert isinstance(done, Completed), events
    return done


def gif_request(**params: object) -> ImageRequest:
    fields: dict[str, object] = {"model": SIX, "quality": "low", "output_format": "gif"}
    return ImageRequest("a spinning top", ImageParams(**(fields | params)))  # type: ignore[arg-type]


def test_gif_is_sent_unstreamed_and_arrives_with_its_frames(
    engine: Engine, emulator: EmulatorServer
) -> None:
    request = gif_request(size="512x512", frame_count=6, frame_duration_ms=150)
    assert request.stream and not request.streams
    events = list(engine.stream(request))
    assert kinds(events) == ["ImageReady", "Completed"]
    with Image.open(io.BytesIO(final(events).images[0])) as gif:
        assert (gif.format, gif.n_frames, gif.info["duration"]) == ("GIF", 6, 150)
    [sent] = emulator.requests
    assert sent.json is not None and "stream" not in sent.json and "partial_images" not in sent.json
    assert (sent.json["frame_count"], sent.json["frame_duration_ms"]) == (6, 150)


def test_svg_brings_svg_usage_and_costs_the_author(
    services: Services, emulator: EmulatorServer
) -> None:
    params = ImageParams(
        model=SIX, quality="low", size="1024x1024", output_format="svg",
        svg_model="gpt-5.6-sol", svg_effort="minimal", complexity="high",
    )  # fmt: skip
    events = list(services.runner.run(ImageRequest("a badge", params)))
    done = final(events)
    assert done.paths[0].endswith(".svg")
    assert Path(done.paths[0]).read_bytes().startswith(b"<?xml")
    assert done.usage is not None and done.usage.svg is not None
    svg = done.usage.svg
    assert (svg.model, svg.reasoning_tokens) == ("gpt-5.6-sol", 256)
    spec = services.catalog.get(SIX)
    image_only = pricing.cost_from_usage(done.usage, spec).total_usd - (
        pricing.cost_from_usage(done.usage, spec).svg_usd
    )
    author = (svg.input_tokens * 1.25 + (svg.output_tokens + 256) * 10.0) / 1e6
    assert done.cost_usd == pytest.approx(image_only + author)
    cost = pricing.cost_from_usage(done.usage, spec, services.catalog.svg)
    assert cost.approximate and cost.svg_usd == pytest.approx(author)
    [sent] = emulator.requests
    assert sent.json is not None
    assert sent.json["svg"] == {"model": "gpt-5.6-sol", "reasoning": {"effort": "minimal"}}
    assert sent.json["complexity"] == "high"


def ring(size: tuple[int, int]) -> bytes:
    markup = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(markup).ellipse((40, 40, 200, 200), outline=(255, 0, 0, 255), width=6)
    return png_bytes(markup)


def test_markup_edit_multipart_with_svg_author(engine: Engine, emulator: EmulatorServer) -> None:
    picture = png_bytes(photo((256, 256)))
    params = ImageParams(
        model=SIX, size="1024x1024", quality="low", output_format="svg",
        svg_model="gpt-5.6-sol", svg_effort="high", safety_identifier="studio-abc",
    )  # fmt: skip
    request = ImageRequest(
        "a moon", params, (InputImage(picture, "p.png"),), markup=ring((256, 256))
    )
    done = final(list(engine.stream(request)))
    assert done.usage is not None and done.usage.svg is not None
    [sent] = emulator.requests
    assert [f.field for f in sent.files] == ["image", "markup"]
    assert sent.fields["svg[model]"] == ["gpt-5.6-sol"]
    assert sent.fields["svg[reasoning][effort]"] == ["high"]
    assert sent.fields["safety_identifier"] == ["studio-abc"]
    assert "user" not in sent.fields


def test_markup_steers_a_raster_edit(engine: Engine) -> None:
    picture = png_bytes(Image.new("RGB", (256, 256), (40, 40, 40)))
    params = ImageParams(model="gpt-image-2.5-flare", size="1024x1024", quality="low")
    request = ImageRequest(
        "a moon", params, (InputImage(picture, "p.png"),), markup=ring((256, 256))
    )
    ready = next(e for e in engine.stream(request) if isinstance(e, ImageReady))
    with Image.open(io.BytesIO(ready.data)) as result:
        small = result.convert("RGB").resize((256, 256), Image.Resampling.NEAREST)
    assert small.getpixel((10, 10)) == (40, 40, 40)  # outside the ring: untouched
    assert small.getpixel((120, 120)) != (40, 40, 40)  # inside: repainted


@pytest.mark.parametrize(
    ("model", "quality"), [("gpt-image-2.5-sunburst", "xhigh"), ("gpt-image-2.6-flare", "max")]
)
def test_xhigh_and_max_and_complexity_are_sent(
    engine: Engine, emulator: EmulatorServer, model: str, quality: str
) -> None:
    params = ImageParams(model=model, size="1024x1024", quality=quality, complexity="low")
    done = final(list(engine.stream(ImageRequest("a bay", params, stream=False))))
    assert done.quality == quality
    [sent] = emulator.requests
    assert sent.json is not None
    assert (sent.json["quality"], sent.json["complexity"]) == (quality, "low")


def test_complexity_on_gpt_image_2(engine: Engine, emulator: EmulatorServer) -> None:
    params = ImageParams(size="1024x1024", quality="low", complexity="medium")
    final(list(engine.stream(ImageRequest("a bay", params, stream=False))))
    assert emulator.requests[0].json["complexity"] == "medium"  # type: ignore[index]


# --- a server that sends what it should not ----------------------------------------------------


class _BadOutput(BaseHTTPRequestHandler):
    """Answers with an SVG that is not well-formed (or a GIF that is a PNG)."""

    protocol_version = "HTTP/1.1"
    payload = b""
    fmt = "svg"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps(
            {
                "created": 1,
                "data": [{"b64_json": base64.b64encode(self.payload).decode()}],
                "output_format": self.fmt,
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def bad_server() -> Iterator[type[_BadOutput]]:
    handler = type("Handler", (_BadOutput,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    handler.url = f"http://127.0.0.1:{server.server_address[1]}/v1"  # type: ignore[attr-defined]
    try:
        yield handler
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


@pytest.mark.parametrize(
    ("fmt", "payload"),
    [
        ("svg", b"<svg xmlns='http://www.w3.org/2000/svg'><g></svg>"),
        ("svg", b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><svg>&a;</svg>"),
        ("svg", b"<?xml version='1.0'?><html/>"),
        ("gif", png_bytes(photo((64, 64)))),
    ],
)
def test_unusable_gif_or_svg_is_a_failure_not_a_file(
    bad_server: type[_BadOutput], fmt: str, payload: bytes
) -> None:
    bad_server.payload, bad_server.fmt = payload, fmt
    provider = Provider(ProviderKind.COMPATIBLE, base_url=bad_server.url)  # type: ignore[attr-defined]
    request = gif_request(output_format=fmt)
    engine_ = Engine(provider, lambda: KEY)
    try:
        events = list(engine_.stream(request))
    finally:
        engine_.close()
    assert kinds(events) == ["Failed"]
    failed = events[0]
    assert isinstance(failed, Failed) and failed.kind is ErrorKind.BAD_RESPONSE
    assert f"Image 1 could not be used: it is not a usable {fmt.upper()}" in failed.message
