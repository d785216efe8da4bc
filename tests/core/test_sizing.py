"""Sizes follow the picture: one rule for Generate, Drafts and Finalize."""

from __future__ import annotations

import math

from studio.core.catalog import Catalog
from studio.core.requests import parse_size
from studio.core.sizing import draft_size, matching_size
from studio.core.validation import size_problems


def _aspect(size: str) -> float:
    dims = parse_size(size)
    assert dims is not None
    return dims[0] / dims[1]


def test_a_3_2_photo_gets_a_3_2_size_for_every_job(catalog: Catalog) -> None:
    spec = catalog.get("gpt-image-2")
    final = matching_size(catalog, spec, 1600, 1067)
    draft = draft_size(catalog, spec, 1600 / 1067, "low")
    assert (final, draft) == ("1584x1056", "1008x672")
    assert _aspect(final) == _aspect(draft) == 1.5


def test_matching_sizes_are_allowed_and_close_in_shape(catalog: Catalog) -> None:
    spec = catalog.get("gpt-image-2")
    rules = catalog.size_rules
    for width, height in [(1920, 1080), (200, 150), (6000, 4000), (1024, 1024), (900, 2400)]:
        size = matching_size(catalog, spec, width, height)
        assert not size_problems(size, spec, rules), size
        assert abs(math.log(_aspect(size) / (width / height))) < 0.02, (width, height, size)
        w, h = parse_size(size) or (0, 0)
        assert w * h <= rules.experimental_pixels, "never an experimental size by default"
    assert matching_size(catalog, spec, 1024, 1024) == "1024x1024"


def test_fixed_size_models_get_their_nearest_size(catalog: Catalog) -> None:
    fixed = next(s for s in catalog.models.values() if not s.custom_sizes)
    assert fixed.fixed_sizes is not None
    assert matching_size(catalog, fixed, 1600, 1067) == "1536x1024"
    assert matching_size(catalog, fixed, 1067, 1600) == "1024x1536"
    assert draft_size(catalog, fixed, 1.0, fixed.qualities[0]) == "1024x1024"


def test_the_cheapest_draft_size_follows_the_aspect(catalog: Catalog) -> None:
    spec = catalog.get("gpt-image-2")
    square = draft_size(catalog, spec, 1.0, "low")
    wide = draft_size(catalog, spec, 16 / 9, "low")
    assert square.split("x")[0] == square.split("x")[1]
    assert abs(_aspect(wide) - 16 / 9) < 0.03


def test_the_sizes_fitting_an_aspect_are_worked_out_once_per_catalog(monkeypatch) -> None:
    """Asked on the UI thread each time the canvas changes: the rules are checked once."""
    from studio.core import sizing

    catalog = Catalog.load()
    spec = catalog.get(catalog.default_model)
    checked: list[str] = []
    real = sizing.size_problems

    def counted(size: str, *args: object) -> list[str]:
        checked.append(size)
        return real(size, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(sizing, "size_problems", counted)
    first = matching_size(catalog, spec, 6000, 4000)
    once = len(checked)
    assert once > 0
    assert matching_size(catalog, spec, 6000, 4000) == first and len(checked) == once
    assert draft_size(catalog, spec, 1.5, "low") == draft_size(catalog, spec, 1.5, "low")
    other = Catalog.load()  # another catalog (its prices or rules may differ): asked afresh
    matching_size(other, spec, 6000, 4000)
    assert len(checked) > once + 1
