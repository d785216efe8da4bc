"""The emulator's own table of GPT Image models: families, lifecycle and capabilities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from studio.emulator.errors import USER_ERROR, ApiError

DEFAULT_MODEL = "gpt-image-2"
BASE_QUALITIES = ("low", "medium", "high", "auto")
EXTENDED_QUALITIES = ("low", "medium", "high", "xhigh", "max", "auto")
LEGACY_SIZES = ("1024x1024", "1536x1024", "1024x1536")


@dataclass(frozen=True)
class ModelSpec:
    """One model id and the rules the emulator applies to it."""

    id: str
    family: str  # "legacy", "gpt2", "gpt25", "gpt26" or "retired"
    released: date
    shutdown: date | None = None
    fidelity: tuple[str, ...] = ()  # accepted input_fidelity values; empty = must be omitted
    text_per_image: int = 16

    @property
    def custom_sizes(self) -> bool:
        return self.family in ("gpt2", "gpt25", "gpt26")

    @property
    def qualities(self) -> tuple[str, ...]:
        return EXTENDED_QUALITIES if self.family in ("gpt25", "gpt26") else BASE_QUALITIES

    @property
    def markup(self) -> bool:
        return self.family in ("gpt25", "gpt26")

    @property
    def complexity(self) -> bool:
        # The SDK (3.57) names no model restriction for complexity.
        return self.family != "retired"

    @property
    def gif_and_svg(self) -> bool:
        """GIF and SVG output (a preview on the 2.6 models)."""
        return self.family == "gpt26"

    def available(self, today: date) -> bool:
        if self.family == "retired":
            return False
        return self.shutdown is None or today < self.shutdown


_D = date.fromisoformat
_LEGACY_END = _D("2026-12-01")
MODELS: tuple[ModelSpec, ...] = (
    ModelSpec("gpt-image-2", "gpt2", _D("2026-04-21")),
    ModelSpec("gpt-image-2-2026-04-21", "gpt2", _D("2026-04-21")),
    ModelSpec("gpt-image-2.5-sunburst", "gpt25", _D("2026-09-08")),
    ModelSpec("gpt-image-2.5-sunburst-2026-09-08", "gpt25", _D("2026-09-08")),
    ModelSpec("gpt-image-2.5-flare", "gpt25", _D("2026-09-08")),
    ModelSpec("gpt-image-2.5-flare-2026-09-08", "gpt25", _D("2026-09-08")),
    ModelSpec("gpt-image-2.6-sunburst", "gpt26", _D("2026-11-04")),
    ModelSpec("gpt-image-2.6-flare", "gpt26", _D("2026-11-04")),
    ModelSpec("gpt-image-1.5", "legacy", _D("2025-12-16"), _LEGACY_END, ("low", "high")),
    ModelSpec("gpt-image-1.5-2025-12-16", "legacy", _D("2025-12-16"), _LEGACY_END, ("low", "high")),
    ModelSpec("chatgpt-image-latest", "legacy", _D("2025-12-16"), _LEGACY_END, ("low", "high")),
    ModelSpec("gpt-image-1-mini", "legacy", _D("2025-10-06"), _LEGACY_END, ("low",)),
    ModelSpec("gpt-image-1", "legacy", _D("2025-04-23"), _D("2026-10-23"), ("low", "high"), 32),
    ModelSpec("dall-e-2", "retired", _D("2022-11-01"), _D("2026-05-12")),
    ModelSpec("dall-e-3", "retired", _D("2023-10-31"), _D("2026-05-12")),
)
_BY_ID = {spec.id: spec for spec in MODELS}


def _does_not_exist(name: str) -> ApiError:
    return ApiError(
        400,
        f"The model '{name}' does not exist.",
        type=USER_ERROR,
        param="model",
        code="invalid_value",
    )


def resolve_model(name: str | None, today: date, *, lenient: bool = False) -> ModelSpec:
    """Return the spec for `name`; `lenient` (Azure) maps unknown names to gpt-image-2."""
    spec = _BY_ID.get(name or DEFAULT_MODEL)
    if spec is None and lenient:
        spec = _BY_ID[DEFAULT_MODEL]
    if spec is None or not spec.available(today):
        raise _does_not_exist(str(name))
    return spec


def _epoch(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def model_object(spec: ModelSpec) -> dict[str, Any]:
    """The `/v1/models` entry for one model."""
    entry: dict[str, Any] = {
        "id": spec.id,
        "object": "model",
        "created": _epoch(spec.released),
        "owned_by": "system",
    }
    if spec.shutdown is not None:
        entry["shutdown_date"] = spec.shutdown.isoformat()
    return entry


def list_models(today: date) -> dict[str, Any]:
    """The `/v1/models` list body: every model still available on `today`."""
    data = [model_object(spec) for spec in MODELS if spec.available(today)]
    return {"object": "list", "data": data}


def retrieve_model(name: str, today: date) -> dict[str, Any]:
    """The `/v1/models/{id}` body, or a 404 like the real API."""
    spec = _BY_ID.get(name)
    if spec is None or not spec.available(today):
        raise ApiError(
            404,
            f"The model '{name}' does not exist",
            param="model",
            code="model_not_found",
        )
    return model_object(spec)
