"""Cost: the estimate shown before sending, and the cost computed from ``usage`` after."""

from __future__ import annotations

from dataclasses import dataclass, replace

from studio.core import tokens
from studio.core.catalog import ModelSpec, Prices, SizeRules, SvgRules
from studio.core.events import SvgUsage, Usage
from studio.core.imageinfo import ImageInfoError
from studio.core.requests import ImageRequest, InputImage, parse_size
from studio.core.validation import custom_size_messages

DEFAULT_SIZE = (1024, 1024)
PER_MILLION = 1_000_000


@dataclass(frozen=True)
class Cost:
    """Dollars by category; ``total_usd`` is their sum."""

    text_in_usd: float
    image_in_usd: float
    image_out_usd: float
    text_out_usd: float = 0.0
    partial_usd: float = 0.0
    svg_usd: float = 0.0  # the SVG author's tokens, at assumed rates (see models.toml [svg])

    @property
    def total_usd(self) -> float:
        return (
            self.text_in_usd
            + self.image_in_usd
            + self.image_out_usd
            + self.text_out_usd
            + self.partial_usd
            + self.svg_usd
        )

    @property
    def approximate(self) -> bool:
        """True when part of the cost is priced at rates nobody has published (SVG authoring)."""
        return self.svg_usd > 0


@dataclass(frozen=True)
class Estimate:
    """Tokens and dollars expected for a request, before it is sent."""

    model: str
    width: int
    height: int
    quality: str
    n: int
    text_tokens: int
    image_in_tokens: int
    image_out_tokens: int
    partial_tokens: int
    cost: Cost
    exact: bool
    notes: tuple[str, ...]
    prices: Prices
    svg_tokens: int = 0  # the SVG author's expected input + output tokens

    @property
    def input_tokens(self) -> int:
        return self.text_tokens + self.image_in_tokens

    @property
    def output_tokens(self) -> int:
        return self.image_out_tokens + self.partial_tokens

    @property
    def total_usd(self) -> float:
        return self.cost.total_usd

    def as_dict(self) -> dict[str, object]:
        return {
            "model": self.model,
            "size": f"{self.width}x{self.height}",
            "quality": self.quality,
            "n": self.n,
            "input_tokens": self.input_tokens,
            "input_text_tokens": self.text_tokens,
            "input_image_tokens": self.image_in_tokens,
            "output_tokens": self.output_tokens,
            "output_image_tokens": self.image_out_tokens,
            "partial_image_tokens": self.partial_tokens,
            "cost_usd": round(self.total_usd, 6),
            "cost_breakdown_usd": {
                "text_in": round(self.cost.text_in_usd, 6),
                "image_in": round(self.cost.image_in_usd, 6),
                "image_out": round(self.cost.image_out_usd, 6),
                "partial_images": round(self.cost.partial_usd, 6),
                "svg_author": round(self.cost.svg_usd, 6),
            },
            "svg_author_tokens": self.svg_tokens,
            "exact": self.exact,
            "notes": list(self.notes),
            "rates_per_million": {
                "text_in": self.prices.text_in,
                "image_in": self.prices.image_in,
                "image_out": self.prices.image_out,
            },
            "rates_source": self.prices.source,
            "rates_as_of": self.prices.as_of,
        }


def estimate(
    request: ImageRequest,
    spec: ModelSpec,
    size_rules: SizeRules | None = None,
    svg: SvgRules | None = None,
) -> Estimate:
    """What ``request`` should cost on ``spec``: n multiplies input and output tokens.

    ``svg``: the author's assumed rates and token budget, for SVG output.
    """
    p = request.params
    notes: list[str] = []
    width, height = _output_size(request, spec, size_rules, notes)
    quality = p.quality
    if quality == "auto":
        quality = spec.auto_quality_as
        notes.append(f"quality auto is budgeted as {quality}; the bill follows usage")
    per_image_out = tokens.output_tokens(spec.output_rule, quality, width, height)
    exact = spec.output_rule.kind != "unknown"
    if not exact:
        notes.append(f"{spec.id} has no published token formula: approximate until reconciled")
    if p.output_format == "gif":
        exact = False
        notes.append("GIF token use is not published: approximate until reconciled")
    text = tokens.text_tokens(request.prompt) + spec.text_overhead
    text += spec.text_per_input_image * len(request.images)
    image_in = sum(_input_tokens(img, spec, p.input_fidelity) for img in request.images)
    partial = tokens.PARTIAL_IMAGE_TOKENS * p.partial_images if request.streams else 0
    n = p.n
    rates = spec.prices
    cost = Cost(
        text_in_usd=n * text * rates.text_in / PER_MILLION,
        image_in_usd=n * image_in * rates.image_in / PER_MILLION,
        image_out_usd=n * per_image_out * rates.image_out / PER_MILLION,
        partial_usd=n * partial * rates.image_out / PER_MILLION,
    )
    svg_in = svg_out = 0
    if p.output_format == "svg":
        rules = svg or SvgRules()
        svg_in, svg_out = rules.estimate_input, rules.output_estimate(p.svg_effort)
        cost = replace(cost, svg_usd=_svg_usd(SvgUsage("", svg_in, svg_out), rules))
        exact = False
        notes.append(
            "the SVG author's tokens are a guess and its rates are not published: "
            "approximate, reconciled from svg_usage"
        )
    return Estimate(
        spec.id,
        width,
        height,
        quality,
        n,
        n * text,
        n * image_in,
        n * per_image_out,
        n * partial,
        cost,
        exact,
        tuple(notes),
        rates,
        n * (svg_in + svg_out),
    )


def cost_from_usage(usage: Usage, spec: ModelSpec, svg: SvgRules | None = None) -> Cost:
    """The billed cost from a response's usage at the model's rates; ``usage.svg`` (the SVG
    author's tokens) at the rates in ``svg``."""
    rates = spec.prices
    return Cost(
        text_in_usd=usage.input_text_tokens * rates.text_in / PER_MILLION,
        image_in_usd=usage.input_image_tokens * rates.image_in / PER_MILLION,
        image_out_usd=usage.output_image_tokens * rates.image_out / PER_MILLION,
        text_out_usd=usage.output_text_tokens * rates.text_out / PER_MILLION,
        svg_usd=_svg_usd(usage.svg, svg or SvgRules()) if usage.svg else 0.0,
    )


def batch_cost(direct_usd: float, spec: ModelSpec) -> float:
    """What ``direct_usd`` costs through the Batch API: ``batch_discount`` is the factor the
    rates are multiplied by (0.5 = half price), as OpenAI's pricing page lists Batch rates."""
    return direct_usd * spec.prices.batch_discount


def batch_estimate_usd(estimate: Estimate) -> float:
    """The same request through the Batch API: not streamed (no partial images), discounted."""
    return (estimate.total_usd - estimate.cost.partial_usd) * estimate.prices.batch_discount


def _svg_usd(usage: SvgUsage, rules: SvgRules) -> float:
    return (
        usage.input_tokens * rules.text_in + usage.billed_output_tokens * rules.text_out
    ) / PER_MILLION


def _output_size(
    request: ImageRequest, spec: ModelSpec, rules: SizeRules | None, notes: list[str]
) -> tuple[int, int]:
    try:
        dims = parse_size(request.params.size)
    except ValueError:
        dims = None
    if dims is not None:
        return dims
    if request.images and spec.custom_sizes:
        try:
            info = request.images[0].info()
        except ImageInfoError:
            info = None
        # The API renders auto at the input's size only when that size is a valid output size.
        if info is not None and (
            rules is None or not custom_size_messages(info.width, info.height, rules)
        ):
            notes.append("size auto is estimated at the first image's size")
            return info.width, info.height
    notes.append("size auto is estimated at 1024x1024")
    return DEFAULT_SIZE


def _input_tokens(image: InputImage, spec: ModelSpec, fidelity: str | None) -> int:
    try:
        info = image.info()
    except ImageInfoError:
        return 0
    return tokens.input_image_tokens(spec.input_rule, info.width, info.height, fidelity)
