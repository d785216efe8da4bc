"""Usage accounting: the emulator's own copy of the published image token rules."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from studio.emulator.models import ModelSpec

PARTIAL_IMAGE_TOKENS = 100
PROMPT_OVERHEAD = 6
LONG_WORD = 8  # a word longer than this counts one token per 4 characters

# Output image tokens of the GPT Image models before gpt-image-2 (guide table).
LEGACY_TABLE: dict[str, dict[tuple[int, int], int]] = {
    "low": {(1024, 1024): 272, (1024, 1536): 408, (1536, 1024): 400},
    "medium": {(1024, 1024): 1056, (1024, 1536): 1584, (1536, 1024): 1568},
    "high": {(1024, 1024): 4160, (1024, 1536): 6240, (1536, 1024): 6208},
}
# Factors of OpenAI's token calculator.
FORMULA_FACTORS: dict[str, dict[str, int]] = {
    "gpt2": {"low": 16, "medium": 48, "high": 96},
    "gpt25": {"low": 16, "medium": 24, "high": 48, "xhigh": 64, "max": 96},
}
# gpt-image-2.6 has no published numbers; the emulator's "truth" is the 2.5 formula times this.
GPT26_MULTIPLIERS: dict[str, Fraction] = {"low": Fraction(7, 2), "medium": Fraction(7, 2)}

# Han, kana and Hangul: about one o200k_base token per character, so each counts one.
_CJK = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)
_PIECE = re.compile(r"[^\W\d_]+(?:'(?:s|t|re|ve|m|ll|d))?|\d{1,3}|(?:[^\w\s]|_)+", re.IGNORECASE)


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def formula_tokens(factor: int, width: int, height: int) -> int:
    """OpenAI calculator: u = round_half_even(f*short/long); ceil(f*u*(2e6 + W*H) / 4e6)."""
    long_edge, short_edge = max(width, height), min(width, height)
    u = round(Fraction(factor * short_edge, long_edge))
    return _ceil_div(factor * u * (2_000_000 + width * height), 4_000_000)


def output_image_tokens(spec: ModelSpec, quality: str, width: int, height: int) -> int:
    """Output image tokens of one final image (without partial images)."""
    if spec.family == "legacy":
        return LEGACY_TABLE[quality][(width, height)]
    if spec.family == "gpt2":
        return formula_tokens(FORMULA_FACTORS["gpt2"][quality], width, height)
    tokens = formula_tokens(FORMULA_FACTORS["gpt25"][quality], width, height)
    if spec.family == "gpt26":
        return math.ceil(tokens * GPT26_MULTIPLIERS.get(quality, Fraction(1)))
    return tokens


def prompt_tokens(prompt: str) -> int:
    """Offline approximation of o200k_base: words, 3-digit number groups, punctuation runs."""
    count = 0
    for piece in _PIECE.findall(prompt):
        cjk = len(_CJK.findall(piece))
        if cjk:
            rest = _CJK.sub("", piece)
            count += cjk + (1 if rest else 0)
        else:
            count += _ceil_div(len(piece), 4) if len(piece) > LONG_WORD else 1
    return count


def text_input_tokens(spec: ModelSpec, prompt: str, input_images: int) -> int:
    """Input text tokens of one image: prompt + fixed overhead + per input image."""
    return prompt_tokens(prompt) + PROMPT_OVERHEAD + spec.text_per_image * input_images


def tile_tokens(width: int, height: int, fidelity: str) -> int:
    """GPT Image 1.x input image: fit 2048, shortest side 512, 65 + 129 per 512px tile."""
    scale = min(1.0, 2048 / max(width, height))
    w, h = int(width * scale), int(height * scale)
    if min(w, h) > 512:
        shrink = 512 / min(w, h)
        w, h = int(w * shrink), int(h * shrink)
    tiles = max(1, _ceil_div(w, 512)) * max(1, _ceil_div(h, 512))
    tokens = 65 + 129 * tiles
    if fidelity == "high":
        tokens += 4160 if width == height else 6240
    return tokens


def patch_tokens(width: int, height: int, *, patch: int = 32, budget: int = 1536) -> int:
    """gpt-image-2+ input image: 32px patches within a 1536-patch budget (unofficial rule)."""
    w, h = float(width), float(height)
    if max(w, h) < 1024:
        grow = min(2.0, 1024 / max(w, h))
        w, h = w * grow, h * grow
    w, h = min(w, 3 * h), min(h, 3 * w)
    patches = math.ceil(w / patch) * math.ceil(h / patch)
    if patches <= budget:
        return patches
    ratio = math.sqrt(patch * patch * budget / (w * h))
    fit_w, fit_h = w * ratio / patch, h * ratio / patch
    ratio *= min(math.floor(fit_w) / fit_w, math.floor(fit_h) / fit_h)
    return math.ceil(int(w * ratio) / patch) * math.ceil(int(h * ratio) / patch)


def input_image_tokens(spec: ModelSpec, width: int, height: int, fidelity: str | None) -> int:
    """Input image tokens of one input image for `spec`."""
    if spec.family == "legacy":
        return tile_tokens(width, height, fidelity or "low")
    return patch_tokens(width, height)


@dataclass(frozen=True)
class Usage:
    """Token usage of one image or one whole request."""

    text_in: int = 0
    image_in: int = 0
    image_out: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.text_in + other.text_in,
            self.image_in + other.image_in,
            self.image_out + other.image_out,
        )

    def to_dict(self, *, output_details: bool = True) -> dict[str, Any]:
        """The `usage` object; streaming events carry no `output_tokens_details`."""
        body: dict[str, Any] = {
            "input_tokens": self.text_in + self.image_in,
            "input_tokens_details": {"image_tokens": self.image_in, "text_tokens": self.text_in},
            "output_tokens": self.image_out,
            "total_tokens": self.text_in + self.image_in + self.image_out,
        }
        if output_details:
            body["output_tokens_details"] = {"image_tokens": self.image_out, "text_tokens": 0}
        return body
