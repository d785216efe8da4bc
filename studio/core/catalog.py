"""Model specs from resources/models.toml (plus the user's price overrides); capability queries."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from studio.core.paths import config_dir, resource_path

PRICE_FIELDS = ("text_in", "text_cached", "image_in", "image_cached", "image_out", "text_out")


class UnknownModelError(KeyError):
    """A model id that is neither in the table nor an alias of one."""

    def __str__(self) -> str:
        return f"unknown model {self.args[0]!r}"


@dataclass(frozen=True)
class Prices:
    """USD per 1M tokens, with where the figures come from."""

    text_in: float
    text_cached: float
    image_in: float
    image_cached: float
    image_out: float
    text_out: float
    batch_discount: float
    source: str
    as_of: str


@dataclass(frozen=True)
class SizeRules:
    """Constraints on custom WxH sizes."""

    multiple_of: int
    min_pixels: int
    max_pixels: int
    max_edge: int
    max_aspect: float
    experimental_pixels: int


@dataclass(frozen=True)
class OutputRule:
    """How output image tokens are counted: a fixed table, a formula, or unknown (a fallback)."""

    name: str
    kind: str
    source: str
    table: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    factors: Mapping[str, int] = field(default_factory=dict)
    multipliers: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class InputRule:
    """How input image tokens are counted for edits ("tiles" or "patches")."""

    name: str
    kind: str
    source: str
    params: Mapping[str, float]


@dataclass(frozen=True)
class GifRules:
    """GIF output: frame count and duration limits, and the frame edge allowed per frame count."""

    source: str = ""
    min_frames: int = 2
    max_frames: int = 16
    default_frames: int = 9
    default_duration_ms: int = 200
    max_duration_ms: int = 655_350
    max_edge_by_frames: Mapping[int, int] = field(default_factory=dict)

    def max_edge(self, frames: int) -> int | None:
        """The longest frame edge allowed with ``frames`` frames (None: no known cap)."""
        caps = [edge for upto, edge in sorted(self.max_edge_by_frames.items()) if frames <= upto]
        return caps[0] if caps else None


@dataclass(frozen=True)
class SvgRules:
    """SVG output: author models and efforts, and the (assumed) author rates and token budget."""

    source: str = ""
    authors: tuple[str, ...] = ()
    efforts: tuple[str, ...] = ()
    text_in: float = 0.0
    text_out: float = 0.0
    rates_source: str = ""
    estimate_input: int = 0
    estimate_output: Mapping[str, int] = field(default_factory=dict)
    estimate_default_output: int = 0

    def output_estimate(self, effort: str | None) -> int:
        return self.estimate_output.get(effort or "", self.estimate_default_output)


@dataclass(frozen=True)
class ModelSpec:
    """Everything Studio knows about one model."""

    id: str
    label: str
    aliases: tuple[str, ...]
    released: date | None
    shutdown: date | None
    replacements: tuple[str, ...]
    fixed_sizes: tuple[str, ...] | None
    qualities: tuple[str, ...]
    auto_quality_as: str
    input_fidelity: tuple[str, ...]
    input_fidelity_note: str
    mask: bool
    markup: bool
    transparent: str
    streaming: bool
    output_formats: tuple[str, ...]
    complexity: tuple[str, ...]
    output_rule: OutputRule
    input_rule: InputRule
    text_overhead: int
    text_per_input_image: int
    prices: Prices
    description: str = ""  # what a designer would pick it for, from description_source

    @property
    def custom_sizes(self) -> bool:
        """True when the model accepts any WxH within the size rules."""
        return self.fixed_sizes is None

    def is_shut_down(self, today: date) -> bool:
        return self.shutdown is not None and today >= self.shutdown

    def shutdown_message(self, today: date) -> str | None:
        """Why this model can't be used (past its shutdown), naming the replacement; else None."""
        if not self.is_shut_down(today) or self.shutdown is None:
            return None
        instead = " or ".join(self.replacements) or "a current GPT Image model"
        return f"{self.id} was shut down on {self.shutdown.isoformat()}; use {instead} instead"

    def unsupported_reason(self, param: str, value: str | None = None) -> str | None:
        """Why ``param`` (or ``param=value``) is not available on this model; None if it is."""
        if param == "input_fidelity" and (
            not self.input_fidelity or (value and value not in self.input_fidelity)
        ):
            return self.input_fidelity_note or f"{self.id} does not accept input_fidelity={value}"
        if param == "markup" and not self.markup:
            return f"{self.id} does not support markup-guided edits (GPT Image 2.5 and later do)"
        if param == "mask" and not self.mask:
            return f"{self.id} does not support masks"
        if param == "background" and value == "transparent" and self.transparent == "no":
            return f"{self.id} cannot make transparent backgrounds"
        if param == "complexity" and not self.complexity:
            return f"{self.id} has no complexity setting (GPT Image 2.6 does)"
        if param == "quality" and value and value not in self.qualities:
            return f"{self.id} supports quality {', '.join(self.qualities)}"
        if param == "output_format" and value and value not in self.output_formats:
            if value in ("gif", "svg"):
                return f"{value.upper()} output needs GPT Image 2.6 and preview access"
            return f"{self.id} supports output formats {', '.join(self.output_formats)}"
        if param == "partial_images" and not self.streaming:
            return f"{self.id} does not stream partial images"
        return None


@dataclass(frozen=True)
class Preset:
    """A usage preset: picks a size and a quality."""

    key: str
    label: str
    size: str
    fallback_size: str
    quality: str

    def size_for(self, spec: ModelSpec) -> str:
        return self.size if spec.custom_sizes else self.fallback_size

    def quality_for(self, spec: ModelSpec) -> str:
        return self.quality if self.quality in spec.qualities else spec.qualities[0]


@dataclass(frozen=True)
class Catalog:
    """The model table."""

    models: Mapping[str, ModelSpec]
    default_model: str
    size_rules: SizeRules
    common_sizes: tuple[str, ...]
    presets: Mapping[str, Preset]
    price_overrides_from: Path | None = None
    gif: GifRules = field(default_factory=GifRules)
    svg: SvgRules = field(default_factory=SvgRules)

    def get(self, model_id: str) -> ModelSpec:
        """The spec for a model id or one of its snapshot aliases."""
        if model_id in self.models:
            return self.models[model_id]
        for spec in self.models.values():
            if model_id in spec.aliases:
                return spec
        raise UnknownModelError(model_id)

    def living(self, today: date) -> list[ModelSpec]:
        """Models not yet shut down, in table order."""
        return [spec for spec in self.models.values() if not spec.is_shut_down(today)]

    def sizes_for(self, spec: ModelSpec) -> tuple[str, ...]:
        """The sizes to offer in a size picker for this model."""
        return spec.fixed_sizes if spec.fixed_sizes is not None else self.common_sizes

    @classmethod
    def load(cls, table: Path | None = None, prices: Path | None = None) -> Catalog:
        """Read the shipped table, then the user's prices.toml (config dir) if present."""
        data = _read_toml(table or resource_path("models.toml"))
        presets = _read_toml(resource_path("presets.toml")).get("presets", {})
        catalog = _build_catalog(data, presets)
        user_prices = prices if prices is not None else config_dir() / "prices.toml"
        if user_prices.is_file():
            catalog = _apply_price_overrides(catalog, _read_toml(user_prices), user_prices)
        return catalog


def _read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _build_catalog(data: Mapping[str, Any], presets: Mapping[str, Any]) -> Catalog:
    outputs = {name: _output_rule(name, raw) for name, raw in data["output_rules"].items()}
    inputs = {
        name: InputRule(name, raw["kind"], raw["source"], _numbers(raw))
        for name, raw in data["input_rules"].items()
    }
    models = {
        model_id: _model_spec(model_id, raw, outputs, inputs)
        for model_id, raw in data["models"].items()
    }
    return Catalog(
        models=models,
        default_model=data["default_model"],
        size_rules=SizeRules(**data["size_rules"]),
        common_sizes=tuple(data["common_sizes"]),
        presets={key: Preset(key=key, **raw) for key, raw in presets.items()},
        gif=_gif_rules(data.get("gif", {})),
        svg=_svg_rules(data.get("svg", {})),
    )


def _gif_rules(raw: Mapping[str, Any]) -> GifRules:
    if not raw:
        return GifRules()
    caps = {int(k): int(v) for k, v in raw.get("max_edge_by_frames", {}).items()}
    plain = {k: v for k, v in raw.items() if k != "max_edge_by_frames"}
    return GifRules(**plain, max_edge_by_frames=caps)


def _svg_rules(raw: Mapping[str, Any]) -> SvgRules:
    if not raw:
        return SvgRules()
    rates = raw.get("rates", {})
    budget = raw.get("estimate_tokens", {})
    return SvgRules(
        source=raw.get("source", ""),
        authors=tuple(raw.get("authors", ())),
        efforts=tuple(raw.get("efforts", ())),
        text_in=float(rates.get("text_in", 0.0)),
        text_out=float(rates.get("text_out", 0.0)),
        rates_source=str(rates.get("source", "")),
        estimate_input=int(budget.get("input", 0)),
        estimate_output=dict(budget.get("output_by_effort", {})),
        estimate_default_output=int(budget.get("default_output", 0)),
    )


def _numbers(raw: Mapping[str, Any]) -> dict[str, float]:
    return {k: float(v) for k, v in raw.items() if isinstance(v, int | float)}


def _output_rule(name: str, raw: Mapping[str, Any]) -> OutputRule:
    factors = raw.get("factors") or raw.get("fallback_factors") or {}
    return OutputRule(
        name=name,
        kind=raw["kind"],
        source=raw["source"],
        table=raw.get("table", {}),
        factors=factors,
        multipliers=raw.get("fallback_multipliers", {}),
    )


def _model_spec(
    model_id: str,
    raw: Mapping[str, Any],
    outputs: Mapping[str, OutputRule],
    inputs: Mapping[str, InputRule],
) -> ModelSpec:
    sizes = raw["sizes"]
    return ModelSpec(
        id=model_id,
        label=raw["label"],
        aliases=tuple(raw.get("aliases", ())),
        released=_date(raw.get("released")),
        shutdown=_date(raw.get("shutdown")),
        replacements=tuple(raw.get("replacements", ())),
        fixed_sizes=None if sizes == "custom" else tuple(sizes),
        qualities=tuple(raw["qualities"]),
        auto_quality_as=raw["auto_quality_as"],
        input_fidelity=tuple(raw["input_fidelity"]),
        input_fidelity_note=raw.get("input_fidelity_note", ""),
        mask=bool(raw["mask"]),
        markup=bool(raw["markup"]),
        transparent=raw["transparent"],
        streaming=bool(raw["streaming"]),
        output_formats=tuple(raw["output_formats"]),
        complexity=tuple(raw.get("complexity", ())),
        output_rule=outputs[raw["output_rule"]],
        input_rule=inputs[raw["input_rule"]],
        text_overhead=int(raw["text_overhead"]),
        text_per_input_image=int(raw["text_per_input_image"]),
        prices=Prices(**raw["prices"]),
        description=str(raw.get("description", "")),
    )


def _apply_price_overrides(catalog: Catalog, data: Mapping[str, Any], path: Path) -> Catalog:
    models = dict(catalog.models)
    for model_id, raw in data.get("models", {}).items():
        spec = catalog.get(model_id)
        changes = {k: float(v) for k, v in raw.items() if k in (*PRICE_FIELDS, "batch_discount")}
        unknown = set(raw) - set(changes) - {"source", "as_of"}
        if unknown:
            raise ValueError(f"{path}: unknown price fields for {model_id}: {sorted(unknown)}")
        prices = replace(
            spec.prices,
            **changes,
            source=str(raw.get("source", f"your override in {path}")),
            as_of=str(raw.get("as_of", spec.prices.as_of)),
        )
        models[spec.id] = replace(spec, prices=prices)
    return replace(catalog, models=models, price_overrides_from=path)
