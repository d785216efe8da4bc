"""The model table: lookups, lifecycle, capabilities and the user's price overrides."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from studio.core import pricing
from studio.core.catalog import Catalog, UnknownModelError
from studio.core.paths import config_dir
from studio.core.requests import ImageParams, ImageRequest
from studio.core.services import build_services
from tests.core.conftest import KEY

LIVING_MODELS = {
    "gpt-image-2",
    "gpt-image-2.5-sunburst",
    "gpt-image-2.5-flare",
    "gpt-image-2.6-sunburst",
    "gpt-image-2.6-flare",
    "gpt-image-1.5",
    "chatgpt-image-latest",
    "gpt-image-1-mini",
}


def test_default_model_and_table(catalog: Catalog) -> None:
    assert catalog.default_model == "gpt-image-2"
    assert set(catalog.models) == LIVING_MODELS | {"gpt-image-1"}
    rules = catalog.size_rules
    assert (rules.multiple_of, rules.min_pixels, rules.max_pixels) == (16, 655_360, 8_294_400)
    assert (rules.max_edge, rules.max_aspect) == (3840, 3.0)


def test_snapshot_alias_resolves_to_the_model(catalog: Catalog) -> None:
    assert catalog.get("gpt-image-2-2026-04-21").id == "gpt-image-2"
    assert catalog.get("gpt-image-2.5-flare-2026-09-08").id == "gpt-image-2.5-flare"
    assert catalog.get("gpt-image-1.5-2025-12-16").id == "gpt-image-1.5"


def test_unknown_model_names_itself(catalog: Catalog) -> None:
    with pytest.raises(UnknownModelError) as caught:
        catalog.get("dall-e-3")
    assert str(caught.value) == "unknown model 'dall-e-3'"


def test_prices_per_million(catalog: Catalog) -> None:
    two = catalog.get("gpt-image-2").prices
    assert (two.text_in, two.image_in, two.image_out) == (5.0, 8.0, 30.0)
    assert catalog.get("gpt-image-1.5").prices.image_out == 32.0
    mini = catalog.get("gpt-image-1-mini").prices
    assert (mini.text_in, mini.image_in, mini.image_out) == (2.0, 2.5, 8.0)
    assert catalog.get("gpt-image-1").prices.image_out == 40.0
    assert catalog.price_overrides_from is None


def test_capabilities(catalog: Catalog) -> None:
    two = catalog.get("gpt-image-2")
    assert two.custom_sizes and two.fixed_sizes is None
    assert two.qualities == ("low", "medium", "high", "auto")
    assert two.input_fidelity == ()
    assert not two.markup
    sunburst = catalog.get("gpt-image-2.5-sunburst")
    assert sunburst.qualities == ("low", "medium", "high", "xhigh", "max", "auto")
    assert sunburst.markup
    assert catalog.get("gpt-image-2.6-flare").complexity == ("low", "medium", "high")
    legacy = catalog.get("gpt-image-1.5")
    assert legacy.fixed_sizes == ("auto", "1024x1024", "1536x1024", "1024x1536")
    assert catalog.sizes_for(legacy) == legacy.fixed_sizes
    assert catalog.sizes_for(two) == catalog.common_sizes
    assert catalog.get("gpt-image-1-mini").input_fidelity == ("low",)


def test_unsupported_reason_names_the_model(catalog: Catalog) -> None:
    two = catalog.get("gpt-image-2")
    assert two.unsupported_reason("input_fidelity", "high") == (
        "gpt-image-2 always uses high input fidelity; the API does not allow changing it"
    )
    assert two.unsupported_reason("markup") == (
        "gpt-image-2 does not support markup-guided edits (GPT Image 2.5 and later do)"
    )
    assert two.unsupported_reason("quality", "max") == (
        "gpt-image-2 supports quality low, medium, high, auto"
    )
    # The SDK (3.57) states no model restriction for complexity; models.toml follows it.
    assert two.unsupported_reason("complexity") is None
    assert two.unsupported_reason("output_format", "gif") == (
        "GIF output needs GPT Image 2.6 and preview access"
    )
    assert catalog.get("gpt-image-2.6-flare").unsupported_reason("output_format", "svg") is None
    assert two.unsupported_reason("quality", "high") is None
    assert catalog.get("gpt-image-1.5").unsupported_reason("input_fidelity", "high") is None


def test_shutdown_dates_and_replacements(catalog: Catalog) -> None:
    today = date(2026, 11, 21)
    one = catalog.get("gpt-image-1")
    assert one.is_shut_down(today)
    assert one.shutdown_message(today) == (
        "gpt-image-1 was shut down on 2026-10-23; "
        "use gpt-image-2.5-sunburst or gpt-image-2.5-flare instead"
    )
    legacy = catalog.get("gpt-image-1.5")
    assert legacy.shutdown_message(date(2026, 11, 30)) is None
    assert legacy.shutdown_message(date(2026, 12, 1)) == (
        "gpt-image-1.5 was shut down on 2026-12-01; "
        "use gpt-image-2.6-sunburst or gpt-image-2.6-flare instead"
    )
    assert catalog.get("gpt-image-2").shutdown_message(date(2030, 1, 1)) is None


def test_living_models_on_a_date(catalog: Catalog) -> None:
    assert {s.id for s in catalog.living(date(2026, 11, 21))} == LIVING_MODELS
    after = {s.id for s in catalog.living(date(2026, 12, 1))}
    assert after == {
        "gpt-image-2",
        "gpt-image-2.5-sunburst",
        "gpt-image-2.5-flare",
        "gpt-image-2.6-sunburst",
        "gpt-image-2.6-flare",
    }


def test_presets_pick_size_and_quality_per_model(catalog: Catalog) -> None:
    header = catalog.presets["blog_header"]
    assert header.size_for(catalog.get("gpt-image-2")) == "1824x1024"
    assert header.size_for(catalog.get("gpt-image-1.5")) == "1536x1024"
    assert header.quality_for(catalog.get("gpt-image-2")) == "medium"


def _write_prices(text: str) -> Path:
    path = config_dir() / "prices.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_price_override_from_the_config_dir() -> None:
    path = _write_prices(
        '[models."gpt-image-2"]\nimage_out = 25.0\ntext_in = 4\nas_of = "2026-11-20"\n'
    )
    catalog = Catalog.load()
    prices = catalog.get("gpt-image-2").prices
    assert (prices.image_out, prices.text_in, prices.image_in) == (25.0, 4.0, 8.0)
    assert prices.source == f"your override in {path}"
    assert prices.as_of == "2026-11-20"
    assert catalog.price_overrides_from == path
    # Other models keep the shipped prices.
    assert catalog.get("gpt-image-2.5-flare").prices.image_out == 30.0


def test_override_by_alias_applies_to_the_model() -> None:
    _write_prices('[models."gpt-image-2-2026-04-21"]\nimage_out = 12.5\nsource = "my contract"\n')
    prices = Catalog.load().get("gpt-image-2").prices
    assert prices.image_out == 12.5
    assert prices.source == "my contract"


def test_override_changes_the_estimate_and_services_use_it() -> None:
    _write_prices('[models."gpt-image-2"]\nimage_out = 60.0\ntext_in = 0\n')
    request = ImageRequest("a fox", ImageParams(size="1024x1024", quality="high"))
    services = build_services(api_key=KEY)
    try:
        result = pricing.estimate(request, services.catalog.get("gpt-image-2"))
    finally:
        services.close()
    assert result.image_out_tokens == 7024
    assert result.total_usd == pytest.approx(7024 * 60.0 / 1_000_000)


def test_override_with_an_unknown_field_is_refused_naming_it() -> None:
    path = _write_prices('[models."gpt-image-2"]\nimage_outt = 25.0\n')
    with pytest.raises(ValueError) as caught:
        Catalog.load()
    assert str(caught.value) == f"{path}: unknown price fields for gpt-image-2: ['image_outt']"


def test_override_for_an_unknown_model_names_it() -> None:
    _write_prices('[models."gpt-image-9"]\nimage_out = 25.0\n')
    with pytest.raises(UnknownModelError, match="gpt-image-9"):
        Catalog.load()


def test_explicit_prices_path_wins(tmp_path: Path) -> None:
    _write_prices('[models."gpt-image-2"]\nimage_out = 1.0\n')
    other = tmp_path / "elsewhere.toml"
    other.write_text('[models."gpt-image-2"]\nimage_out = 2.0\n', encoding="utf-8")
    assert Catalog.load(prices=other).get("gpt-image-2").prices.image_out == 2.0
