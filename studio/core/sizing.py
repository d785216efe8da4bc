"""Sizes that follow the picture: the model's allowed size closest to a canvas's aspect and size."""

from __future__ import annotations

import math
import weakref

from studio.core import tokens
from studio.core.catalog import Catalog, ModelSpec
from studio.core.requests import parse_size
from studio.core.validation import size_problems

# Log-aspect distance still counted as "the same aspect". Drafts take the cheapest size within
# 2 %; a final is resized back onto the picture, so its aspect must be tighter (0.2 % is under
# two pixels of seam drift across a 1000-pixel edge).
ASPECT_SLACK = 0.02
MATCH_SLACK = 0.002


def matching_size(catalog: Catalog, spec: ModelSpec, width: int, height: int) -> str:
    """The size to render a ``width``×``height`` canvas at: closest aspect, then closest area.

    Custom WxH (multiples of the size rule's step) where the model takes them, else the nearest
    fixed size. The area aims at the canvas's own pixel count, kept within the sizes the API
    does not call experimental, so a large photo is not rendered at the most expensive size.
    """
    rules = catalog.size_rules
    target = min(max(width * height, rules.min_pixels), rules.experimental_pixels)
    fitting, dims = _fitting(catalog, spec, width / height, MATCH_SLACK)
    if not fitting:
        return "auto"
    standard = [s for s in fitting if dims[s][0] * dims[s][1] <= rules.experimental_pixels]
    fitting = standard or fitting

    def score(size: str) -> tuple[float, float]:
        w, h = dims[size]
        return abs(math.log(w * h / target)), _distance(w, h, width / height)

    return min(fitting, key=score)


def draft_size(catalog: Catalog, spec: ModelSpec, aspect: float, quality: str) -> str:
    """For ``aspect`` (w/h), the closest-aspect size with fewest output tokens at ``quality``."""
    fitting, dims = _fitting(catalog, spec, aspect, ASPECT_SLACK)
    if not fitting:
        return "auto"
    q = quality if quality != "auto" else spec.auto_quality_as

    def cost(size: str) -> tuple[int, float]:
        w, h = dims[size]
        return tokens.output_tokens(spec.output_rule, q, w, h), _distance(w, h, aspect)

    return min(fitting, key=cost)


Fitting = tuple[list[str], dict[str, tuple[int, int]]]
# Per catalog (by identity, dropped with it): (the spec as written, aspect, slack) -> fitting.
# Checking every custom size against the rules took 10-20 ms on the UI thread each time the
# canvas changed (a picture opened, restored or pasted: benchmarks/open_large.py).
_FITTING: dict[int, dict[tuple[str, float, float], Fitting]] = {}
_FITTING_KEPT = 64


def _fitting(catalog: Catalog, spec: ModelSpec, aspect: float, slack: float) -> Fitting:
    """The valid sizes within ``slack`` of the best aspect match, and their dimensions (the
    same objects for the same question: read them, do not change them)."""
    known = _FITTING.get(id(catalog))
    if known is None:
        known = _FITTING[id(catalog)] = {}
        weakref.finalize(catalog, _FITTING.pop, id(catalog), None)
    key = (repr(spec), aspect, slack)
    if key not in known:
        if len(known) >= _FITTING_KEPT:
            known.clear()  # a few pictures' worth is what a session asks again
        known[key] = _fitting_now(catalog, spec, aspect, slack)
    return known[key]


def _fitting_now(catalog: Catalog, spec: ModelSpec, aspect: float, slack: float) -> Fitting:
    candidates = [s for s in catalog.sizes_for(spec) if s != "auto"]
    if spec.custom_sizes:
        candidates += _custom_candidates(catalog, aspect)
    valid = [s for s in dict.fromkeys(candidates) if not size_problems(s, spec, catalog.size_rules)]
    dims = {s: parse_size(s) or (1024, 1024) for s in valid}
    if not valid:
        return [], dims
    best = min(_distance(*dims[s], aspect) for s in valid)
    return [s for s in valid if _distance(*dims[s], aspect) <= best + slack], dims


def _distance(width: int, height: int, aspect: float) -> float:
    return abs(math.log(width / height) - math.log(aspect))


def _custom_candidates(catalog: Catalog, aspect: float) -> list[str]:
    """Every width on the step grid with the height nearest ``aspect`` (also on the grid)."""
    rules = catalog.size_rules
    step = rules.multiple_of
    sizes = []
    for width in range(step, rules.max_edge + 1, step):
        height = round(width / aspect / step) * step
        if height > 0:
            sizes.append(f"{width}x{height}")
    return sizes
