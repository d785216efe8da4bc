"""Turns what the server sent into Studio's events, checking every image and every token count.

A bad partial is skipped with a note; a bad final is reported when the job ends, after every
good image has been delivered; implausible usage is dropped so it never becomes spend.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from typing import Any

from studio.core.errors import after_sending, classify
from studio.core.events import (
    Completed,
    EngineEvent,
    ErrorKind,
    Failed,
    ImageReady,
    PartialImage,
    Usage,
)
from studio.core.received import BadData, image_from_b64, plausible_svg_usage, plausible_usage
from studio.core.requests import ImageRequest


class Collector:
    """One attempt's answer: the images and usage so far, and what could not be used."""

    def __init__(self, request: ImageRequest, started: float) -> None:
        self.request = request
        self.started = started
        self.finals: list[bytes] = []
        self.slots = 0  # final images announced by the server, usable or not
        self.partials = 0
        self.usage: Usage | None = None
        self.received_any = False
        self.meta: dict[str, Any] = {"output_format": request.params.output_format}
        self._bad_finals: list[str] = []
        self._notes: list[str] = []
        self._usage_trusted = True

    def add(self, item: Any) -> Iterator[EngineEvent]:
        """Events for one SDK item: a stream event, or a whole (JSON) images response."""
        self.received_any = True
        kind = _field(item, "type")
        if not isinstance(kind, str):
            yield from self._response(item)
        elif kind.endswith("partial_image"):
            yield from self._partial(item)
        elif kind.endswith("completed"):
            yield from self._final(item, self._take_usage(_field(item, "usage")))

    def failure(self, exc: BaseException, secret: str | None) -> Failed:
        """The attempt broke after something had arrived."""
        return classify(exc, secret=secret, started=True, usage=self.usage, kept=self.kept())

    def timed_out(self, limit_s: float) -> Failed:
        what = (
            f"No complete answer within the {limit_s:g} s time limit, so the request was "
            "stopped (raise the limit in Settings if your images need longer)."
        )
        return after_sending(ErrorKind.TIMEOUT, what, self.kept(), self.usage)

    def kept(self) -> str:
        """What the user keeps, in a sentence ("" when nothing arrived)."""
        if self.finals:
            wanted = max(self.request.params.n, self.slots)
            return f"{len(self.finals)} of {wanted} images arrived and are kept."
        if self.partials:
            return "The last partial image is kept."
        return ""

    def finish(self) -> Completed | Failed:
        """The answer ended normally: Completed, or Failed naming what was unusable."""
        if self._bad_finals:
            what = " ".join(self._bad_finals)
            return after_sending(ErrorKind.BAD_RESPONSE, what, self.kept(), self.usage)
        if not self.finals:
            what = (
                "The stream ended before the final image arrived."
                if self.partials
                else "The server's answer ended before any image arrived."
            )
            return after_sending(ErrorKind.STREAM_INCOMPLETE, what, self.kept(), self.usage)
        if len(self.finals) < self.request.params.n:
            self._notes.append(f"Only {len(self.finals)} of {self.request.params.n} images came.")
        return Completed(
            images=tuple(self.finals),
            usage=self.usage,
            output_format=self.meta.get("output_format") or "png",
            size=self.meta.get("size"),
            quality=self.meta.get("quality"),
            elapsed_s=time.monotonic() - self.started,
            notes=tuple(self._notes),
        )

    def _response(self, response: Any) -> Iterator[EngineEvent]:
        if isinstance(response, str):
            raise BadData(_not_images(response))
        if _field(response, "error") is not None:
            raise BadData("The server answered with an error instead of images")
        data = _field(response, "data")
        if not isinstance(data, list) or not data:
            raise BadData("The server's answer held no images")
        self.usage = self._take_usage(_field(response, "usage"))
        self._take_svg_usage(_field(response, "svg_usage"))
        fmt = _field(response, "output_format") or self.request.params.output_format
        self.meta = {
            "output_format": fmt,
            "size": _field(response, "size"),
            "quality": _field(response, "quality"),
        }
        for entry in data:
            yield from self._add_final(_field(entry, "b64_json"), fmt, None)

    def _partial(self, event: Any) -> Iterator[EngineEvent]:
        index = _field(event, "partial_image_index")
        try:
            data = image_from_b64(_field(event, "b64_json"))
        except BadData as exc:
            self._notes.append(f"A partial image was skipped: {exc}.")
            return
        self.partials += 1
        fmt = _field(event, "output_format") or self.request.params.output_format
        yield PartialImage(self.slots, index if isinstance(index, int) else 0, data, fmt)

    def _final(self, event: Any, usage: Usage | None) -> Iterator[EngineEvent]:
        if usage is not None:
            self.usage = usage if self.usage is None else self.usage + usage
        fmt = _field(event, "output_format") or self.request.params.output_format
        self.meta = {
            "output_format": fmt,
            "size": _field(event, "size"),
            "quality": _field(event, "quality"),
        }
        yield from self._add_final(_field(event, "b64_json"), fmt, usage)

    def _add_final(self, b64: Any, fmt: str, usage: Usage | None) -> Iterator[EngineEvent]:
        slot = self.slots
        self.slots += 1
        try:
            data = image_from_b64(b64, fmt)
        except BadData as exc:
            self._bad_finals.append(f"Image {slot + 1} could not be used: {exc}.")
            return
        self.finals.append(data)
        yield ImageReady(slot, data, fmt, usage)

    def _take_svg_usage(self, raw: Any) -> None:
        """The SVG author's tokens join the image's usage (and its cost)."""
        try:
            svg = plausible_svg_usage(raw)
        except BadData as exc:
            self._notes.append(f"The SVG author's cost is the estimate: {exc}.")
            return
        if svg is not None and self._usage_trusted:
            self.usage = dataclasses.replace(self.usage or Usage(), svg=svg)

    def _take_usage(self, raw: Any) -> Usage | None:
        """Usage to record, or None once any of it was implausible (the estimate is used)."""
        try:
            usage = plausible_usage(raw)
        except BadData as exc:
            if self._usage_trusted:
                self._notes.append(
                    f"The cost is the estimate: {exc}, which cannot be right, so it was not "
                    "recorded."
                )
            self._usage_trusted = False
            self.usage = None
            return None
        return usage if self._usage_trusted else None


def _field(item: Any, name: str) -> Any:
    """A field of an SDK model or of a plain dict (a server may send anything)."""
    if isinstance(item, dict):
        return item.get(name)
    return getattr(item, name, None)


def _not_images(body: str) -> str:
    if "<html" in body[:2000].lower() or "<!doctype" in body[:200].lower():
        return "The server answered with a web page instead of images"
    return "The server's answer is not an images response"
