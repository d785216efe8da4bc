"""The emulator's own token rules reproduce the published values."""

from __future__ import annotations

from datetime import date

import pytest

from studio.emulator import tokens
from studio.emulator.models import ModelSpec, resolve_model

TODAY = date(2026, 11, 21)


def spec(name: str) -> ModelSpec:
    return resolve_model(name, TODAY)


@pytest.mark.parametrize(
    ("quality", "width", "height", "expected"),
    [
        ("high", 1024, 1024, 7024),
        ("high", 1536, 1024, 5488),
        ("high", 1024, 640, 3824),
        ("high", 3072, 1024, 3952),
        ("high", 2560, 1440, 7370),
        ("high", 3840, 1280, 5311),
        ("high", 2048, 2048, 14272),
        ("high", 3840, 2160, 13342),
        ("high", 1792, 1024, 5063),
        ("low", 1024, 1024, 196),
        ("low", 976, 704, 129),
        ("low", 960, 720, 130),
        ("medium", 1024, 1024, 1756),
    ],
)
def test_gpt_image_2_formula_matches_published_values(
    quality: str, width: int, height: int, expected: int
) -> None:
    assert tokens.output_image_tokens(spec("gpt-image-2"), quality, width, height) == expected


@pytest.mark.parametrize(
    ("quality", "expected"),
    [("low", 196), ("medium", 439), ("high", 1756), ("xhigh", 3122), ("max", 7024)],
)
def test_gpt_image_2_5_at_1024_square(quality: str, expected: int) -> None:
    for name in ("gpt-image-2.5-sunburst", "gpt-image-2.5-flare-2026-09-08"):
        assert tokens.output_image_tokens(spec(name), quality, 1024, 1024) == expected


def test_gpt_image_2_6_truth_is_2_5_times_3_5_for_low_and_medium() -> None:
    model = spec("gpt-image-2.6-sunburst")
    assert tokens.output_image_tokens(model, "low", 1024, 1024) == 686
    assert tokens.output_image_tokens(model, "medium", 1024, 1024) == 1537  # ceil(439 * 3.5)
    assert tokens.output_image_tokens(model, "high", 1024, 1024) == 1756
    assert tokens.output_image_tokens(model, "max", 1024, 1024) == 7024


def test_legacy_table() -> None:
    model = spec("gpt-image-1.5")
    assert tokens.output_image_tokens(model, "medium", 1024, 1024) == 1056
    assert tokens.output_image_tokens(model, "high", 1024, 1536) == 6240
    assert tokens.output_image_tokens(spec("gpt-image-1-mini"), "low", 1536, 1024) == 400


def test_round_half_even_on_exact_ties() -> None:
    # 16 * 1088 / 2048 = 8.5 exactly: round half to even gives u = 8, not 9.
    assert tokens.formula_tokens(16, 2048, 1088) == -(
        -16 * 8 * (2_000_000 + 2048 * 1088) // 4_000_000
    )


def test_tiles_rule_for_gpt_image_1_family() -> None:
    assert tokens.tile_tokens(1024, 1025, "low") == 194  # observed: one tile
    assert tokens.tile_tokens(1023, 1024, "low") == 194
    assert tokens.tile_tokens(1024, 1024, "high") == 194 + 4160
    assert tokens.tile_tokens(1536, 1024, "low") == 65 + 129 * 2
    assert tokens.tile_tokens(1536, 1024, "high") == 65 + 129 * 2 + 6240
    assert tokens.tile_tokens(4096, 1024, "low") == 65 + 129 * 4


def test_patch_rule_for_gpt_image_2_family() -> None:
    assert tokens.patch_tokens(1024, 1024) == 1024
    assert tokens.patch_tokens(1536, 1024) == 1536
    assert tokens.patch_tokens(512, 512) == 1024  # small inputs are magnified 2x
    assert tokens.patch_tokens(256, 256) == 256  # ...but never more than 2x
    assert tokens.patch_tokens(2048, 2048) <= 1536
    assert tokens.patch_tokens(3840, 2160) <= 1536


def test_prompt_tokens_approximation() -> None:
    assert tokens.prompt_tokens("an otter") == 2
    assert tokens.prompt_tokens("1234567") == 3  # 123 456 7
    assert tokens.prompt_tokens("Hello, world!") == 4
    assert tokens.prompt_tokens("don't") == 1
    assert tokens.prompt_tokens("extraordinarily") == 4  # 15 letters: ceil(15 / 4)
    assert tokens.prompt_tokens("") == 0


def test_text_input_tokens_overheads() -> None:
    assert tokens.text_input_tokens(spec("gpt-image-2"), "an otter", 0) == 8
    assert tokens.text_input_tokens(spec("gpt-image-2"), "an otter", 2) == 8 + 32
    legacy_1 = resolve_model("gpt-image-1", date(2026, 10, 1))
    assert tokens.text_input_tokens(legacy_1, "an otter", 2) == 8 + 64


def test_usage_dict_shape() -> None:
    usage = tokens.Usage(text_in=10, image_in=20, image_out=30)
    assert usage.to_dict() == {
        "input_tokens": 30,
        "input_tokens_details": {"image_tokens": 20, "text_tokens": 10},
        "output_tokens": 30,
        "total_tokens": 60,
        "output_tokens_details": {"image_tokens": 30, "text_tokens": 0},
    }
    assert "output_tokens_details" not in usage.to_dict(output_details=False)
