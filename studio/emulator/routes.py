"""URL routing: OpenAI paths, Azure deployment paths and the emulator control paths."""

from __future__ import annotations

import re
from dataclasses import dataclass

_IMAGES = re.compile(
    r"^(?:/v1|/openai/v1|/openai(?:/deployments/(?P<deployment>[^/]+))?)"
    r"/images/(?P<operation>generations|edits)/?$"
)
_MODELS = re.compile(r"^(?:/v1|/openai/v1|/openai)/models(?:/(?P<model>[^/]+))?/?$")


@dataclass(frozen=True)
class Route:
    """What a path addresses. `azure` paths map unknown model names to gpt-image-2."""

    kind: str  # "images", "models" or "control"
    operation: str | None = None  # "generations" or "edits"
    deployment: str | None = None
    model: str | None = None
    azure: bool = False

    @property
    def edit(self) -> bool:
        return self.operation == "edits"


def route(path: str) -> Route | None:
    """The route of `path` (without query), or None when nothing lives there."""
    if path.startswith("/_emulator/"):
        return Route("control")
    azure = path.startswith("/openai/")
    match = _IMAGES.match(path)
    if match:
        return Route("images", match["operation"], match["deployment"], azure=azure)
    match = _MODELS.match(path)
    if match:
        return Route("models", model=match["model"], azure=azure)
    return None
