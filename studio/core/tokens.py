"""Token counts from the published rules: output images, input images, prompt text (offline)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from studio.core.catalog import InputRule, OutputRule

# An offline stand-in for o200k_base: pre-tokenise like the real regex, then charge long
# words one token per ~5 letters. Good to a few percent on English prompts; no network needed.
_PIECES = re.compile(r"'(?:s|t|re|ve|m|ll|d)| ?[^\W\d_]+| ?\d{1,3}| ?[^\s\w]+|\s+", re.UNICODE)
_LETTERS_PER_TOKEN = 5
# Han, kana and Hangul are not spelled in letters: o200k_base spends about one token per
# character on them (more for rare ones), so a run of them is counted character by character.
_CJK = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)
PARTIAL_IMAGE_TOKENS = 100


def text_tokens(prompt: str) -> int:
    """Approximate o200k_base token count of a prompt."""
    count = 0
    for piece in _PIECES.findall(prompt):
        word = piece.strip()
        cjk = len(_CJK.findall(word))
        if cjk:
            word = _CJK.sub("", word)
            count += cjk + (1 if word else 0)
        elif not word:
            count += 1 if len(piece) > 1 else 0
        elif word.isalpha():
            count += max(1, math.ceil(len(word) / _LETTERS_PER_TOKEN) if len(word) > 7 else 1)
        else:
            count += 1
    return count


def output_tokens(rule: OutputRule, quality: str, width: int, height: int) -> int:
    """Output image tokens for one image of ``width`` x ``height`` at ``quality``."""
    if rule.kind == "table":
        return _table_tokens(rule, quality, width, height)
    tokens = formula_tokens(rule.factors[quality], width, height)
    return math.ceil(tokens * rule.multipliers.get(quality, 1.0))


def formula_tokens(factor: int, width: int, height: int) -> int:
    """OpenAI's calculator: u = round_half_even(f*short/long); ceil(f*u*(2e6+W*H)/4e6)."""
    long_edge, short_edge = max(width, height), min(width, height)
    u = round(factor * short_edge / long_edge)
    return math.ceil(factor * u * (2_000_000 + width * height) / 4_000_000)


def _table_tokens(rule: OutputRule, quality: str, width: int, height: int) -> int:
    by_size = rule.table[quality]
    key = f"{width}x{height}"
    if key in by_size:
        return by_size[key]
    # Not a listed size: scale the square figure by pixel count (an estimate only).
    return math.ceil(by_size["1024x1024"] * width * height / (1024 * 1024))


def input_image_tokens(rule: InputRule, width: int, height: int, fidelity: str | None) -> int:
    """Input tokens billed for one image in an edit."""
    if rule.kind == "tiles":
        return _tile_tokens(rule.params, width, height, fidelity == "high")
    return _patch_tokens(rule.params, width, height)


def _tile_tokens(params: Mapping[str, float], width: int, height: int, high: bool) -> int:
    # Both scaling steps only shrink, and sides are whole pixels: 1024x1025 bills one tile.
    scale = min(1.0, params["fit"] / max(width, height))
    w, h = math.floor(width * scale), math.floor(height * scale)
    scale = min(1.0, params["short_side"] / min(w, h))
    w, h = math.floor(w * scale), math.floor(h * scale)
    tiles = math.ceil(w / params["tile"]) * math.ceil(h / params["tile"])
    tokens = int(params["base"] + params["per_tile"] * tiles)
    if high:
        square = width == height
        tokens += int(params["high_fidelity_square" if square else "high_fidelity_other"])
    return tokens


def _patch_tokens(params: Mapping[str, float], width: int, height: int) -> int:
    patch, budget = params["patch"], params["budget"]
    w, h = float(width), float(height)
    aspect = params["max_aspect"]
    if w > aspect * h:
        w = aspect * h
    elif h > aspect * w:
        h = aspect * w
    longest = max(w, h)
    if longest < params["upscale_target"]:
        grow = min(params["max_upscale"], params["upscale_target"] / longest)
        w, h = w * grow, h * grow
    grid = _patch_grid(w, h, patch)
    if grid > budget:
        # Shrink until the whole grid fits the budget (2048x2048 -> 39x39 = 1521 patches).
        scale = math.sqrt(budget / grid)
        while (grid := _patch_grid(w * scale, h * scale, patch)) > budget:
            scale *= 0.995
    return grid


def _patch_grid(width: float, height: float, patch: float) -> int:
    return math.ceil(width / patch) * math.ceil(height / patch)
