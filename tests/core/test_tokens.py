"""Token counts against the published and observed values (docs/openai-images-api.md §3)."""

from __future__ import annotations

import pytest

from studio.core import tokens
from studio.core.catalog import Catalog


def out(catalog: Catalog, model: str, quality: str, size: str) -> int:
    width, height = (int(v) for v in size.split("x"))
    return tokens.output_tokens(catalog.get(model).output_rule, quality, width, height)


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ("1024x1024", 7024),
        ("1536x1024", 5488),
        ("1024x1536", 5488),
        ("1024x640", 3824),
        ("3072x1024", 3952),
        ("2560x1440", 7370),
        ("3840x1280", 5311),
        ("2048x2048", 14272),
        ("3840x2160", 13342),
        ("1792x1024", 5063),
        ("2048x1152", 5650),
    ],
)
def test_gpt_image_2_high_published(catalog: Catalog, size: str, expected: int) -> None:
    assert out(catalog, "gpt-image-2", "high", size) == expected


@pytest.mark.parametrize(
    ("size", "expected"),
    [("1024x1024", 196), ("976x704", 129), ("960x720", 130), ("1536x1024", 158)],
)
def test_gpt_image_2_low_published(catalog: Catalog, size: str, expected: int) -> None:
    assert out(catalog, "gpt-image-2", "low", size) == expected


@pytest.mark.parametrize(
    ("size", "expected"),
    [("1024x1024", 1756), ("1536x1024", 1372), ("2048x2048", 3568), ("3840x2160", 3336)],
)
def test_gpt_image_2_medium(catalog: Catalog, size: str, expected: int) -> None:
    assert out(catalog, "gpt-image-2", "medium", size) == expected


@pytest.mark.parametrize("model", ["gpt-image-2.5-sunburst", "gpt-image-2.5-flare"])
@pytest.mark.parametrize(
    ("quality", "expected"),
    [("low", 196), ("medium", 439), ("high", 1756), ("xhigh", 3122), ("max", 7024)],
)
def test_gpt_image_2_5_at_1024_square(
    catalog: Catalog, model: str, quality: str, expected: int
) -> None:
    assert out(catalog, model, quality, "1024x1024") == expected


@pytest.mark.parametrize(
    ("quality", "size", "expected"),
    [("xhigh", "1536x1024", 2459), ("xhigh", "3840x2160", 5930), ("medium", "2560x1440", 478)],
)
def test_gpt_image_2_5_other_sizes(
    catalog: Catalog, quality: str, size: str, expected: int
) -> None:
    assert out(catalog, "gpt-image-2.5-sunburst", quality, size) == expected


@pytest.mark.parametrize("model", ["gpt-image-1.5", "gpt-image-1-mini", "chatgpt-image-latest"])
@pytest.mark.parametrize(
    ("quality", "size", "expected"),
    [
        ("low", "1024x1024", 272),
        ("low", "1024x1536", 408),
        ("low", "1536x1024", 400),
        ("medium", "1024x1024", 1056),
        ("medium", "1024x1536", 1584),
        ("medium", "1536x1024", 1568),
        ("high", "1024x1024", 4160),
        ("high", "1024x1536", 6240),
        ("high", "1536x1024", 6208),
    ],
)
def test_legacy_table(catalog: Catalog, model: str, quality: str, size: str, expected: int) -> None:
    assert out(catalog, model, quality, size) == expected


def test_legacy_table_scales_an_unlisted_size_by_pixels(catalog: Catalog) -> None:
    rule = catalog.get("gpt-image-1.5").output_rule
    assert tokens.output_tokens(rule, "high", 2048, 2048) == 4 * 4160
    assert tokens.output_tokens(rule, "low", 512, 512) == 68


def test_2_6_has_no_published_rule_and_uses_the_fallback(catalog: Catalog) -> None:
    rule = catalog.get("gpt-image-2.6-sunburst").output_rule
    assert rule.kind == "unknown"
    assert tokens.output_tokens(rule, "low", 1024, 1024) == 4 * 196
    assert tokens.output_tokens(rule, "medium", 1024, 1024) == 4 * 439
    assert tokens.output_tokens(rule, "high", 1024, 1024) == 1756
    assert tokens.output_tokens(rule, "max", 1024, 1024) == 7024


def test_formula_rounds_half_to_even() -> None:
    # 48 * 704/2048 = 16.5 exactly: round-half-even gives u = 16 (half-up would give 17 -> 703).
    assert tokens.formula_tokens(48, 2048, 704) == 661
    assert tokens.formula_tokens(48, 704, 2048) == 661


# --- input image tokens ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "fidelity", "expected"),
    [
        ((1024, 1024), "low", 194),
        ((1024, 1024), "high", 194 + 4160),
        ((1536, 1024), "low", 323),
        ((1536, 1024), "high", 323 + 6240),
        ((1024, 1536), None, 323),
        ((4096, 4096), "low", 194),
        ((4000, 1000), "low", 581),
        # Observed in billing: a 1024x1025 and a 1023x1024 input are one tile [3P 1281361].
        ((1024, 1025), "low", 194),
        ((1023, 1024), "low", 194),
    ],
)
def test_tile_tokens_for_gpt_image_1_family(
    catalog: Catalog, size: tuple[int, int], fidelity: str | None, expected: int
) -> None:
    rule = catalog.get("gpt-image-1.5").input_rule
    assert tokens.input_image_tokens(rule, *size, fidelity) == expected


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((1024, 1024), 1024),
        ((512, 512), 1024),  # magnified 2x toward 1024
        ((256, 256), 256),  # magnified at most 2x
        ((1536, 1024), 1536),
        ((800, 600), 768),
        ((640, 480), 768),
    ],
)
def test_patch_tokens_for_gpt_image_2_family(
    catalog: Catalog, size: tuple[int, int], expected: int
) -> None:
    rule = catalog.get("gpt-image-2").input_rule
    assert tokens.input_image_tokens(rule, *size, None) == expected
    assert tokens.input_image_tokens(rule, *size, "high") == expected


@pytest.mark.parametrize("size", [(2048, 2048), (4096, 4096), (1920, 1080), (4000, 1000)])
def test_patch_tokens_stay_within_the_budget(catalog: Catalog, size: tuple[int, int]) -> None:
    rule = catalog.get("gpt-image-2").input_rule
    assert 1400 <= tokens.input_image_tokens(rule, *size, None) <= 1536


# --- prompt text tokens ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("a red fox", 3),
        ("", 0),
        ("Hello, world!", 4),
        ("cats and dogs", 3),
    ],
)
def test_text_tokens_small_prompts(prompt: str, expected: int) -> None:
    assert tokens.text_tokens(prompt) == expected


def test_text_tokens_grow_with_the_prompt() -> None:
    short = tokens.text_tokens("a lighthouse at dusk")
    longer = tokens.text_tokens("a lighthouse at dusk " * 10)
    assert 9 * short <= longer <= 11 * short
    assert tokens.text_tokens("extraordinarily") == 3  # long words cost one token per ~5 letters


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("一只红色的狐狸在雪地里", 11),  # Han: one token per character, not one per "word"
        ("雪の中の赤いキツネ、夕焼けの光", 15),  # kana and kanji alike; 、 is punctuation
        ("東京タワー at night", 7),  # 5 characters + 2 words
        ("a red fox in the snow", 6),  # English is counted as before
    ],
)
def test_cjk_prompts_count_a_token_per_character(prompt: str, expected: int) -> None:
    assert tokens.text_tokens(prompt) == expected


def test_the_estimate_and_the_emulator_count_cjk_alike() -> None:
    from studio.emulator.tokens import prompt_tokens

    for prompt in ("一只红色的狐狸在雪地里", "雪の中の赤いキツネ", "Renard roux, 東京 2026"):
        assert tokens.text_tokens(prompt) == prompt_tokens(prompt)
