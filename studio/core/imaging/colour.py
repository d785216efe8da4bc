"""Blending a regenerated region into its surroundings: mean and spread per channel in Lab."""

from __future__ import annotations

import numpy as np

from studio.core.imaging import bands
from studio.core.imaging.masks import grow
from studio.core.pil import Image

DEFAULT_BAND_PX = 16
# Fewer reference pixels than this say nothing reliable about a colour shift.
MIN_BAND_PIXELS = 32
# A spread ratio beyond these bounds is a changed scene, not a shifted tone: clamp it.
MIN_GAIN, MAX_GAIN = 0.5, 2.0
BAND_ROWS = 256
_WHITE = np.array([0.95047, 1.0, 1.08883])
_RGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
_XYZ_TO_RGB = np.linalg.inv(_RGB_TO_XYZ)
_EPSILON = 216 / 24389
_KAPPA = 24389 / 27


def match_colour(
    result: Image.Image,
    original: Image.Image,
    coverage: Image.Image,
    band_px: int = DEFAULT_BAND_PX,
) -> Image.Image:
    """``result`` with its regenerated region (coverage > 0) moved to the original's colour.

    The shift is measured on the band of ``band_px`` pixels just outside the mask, where the
    result should still show the original: per Lab channel, the result's mean and spread are
    mapped onto the original's there. Pixels outside the mask are returned unchanged, and so
    is everything when the band is too small (or transparent in the original) to measure.
    """
    if result.size != original.size or coverage.size != original.size:
        raise ValueError("the result, the original and the mask must have one size")
    painted = bands.pixels(coverage, "L") > 0
    ring = (bands.pixels(grow(coverage, band_px), "L") > 0) & ~painted
    if original.mode in ("RGBA", "LA") or "A" in original.getbands():
        ring &= bands.pixels(bands.channel(original, "A")) == 255
    if ring.sum() < MIN_BAND_PIXELS or not painted.any():
        return result.copy()
    rgb = bands.pixels(result, "RGB")
    base = bands.pixels(original, "RGB")
    reference, shifted = _Moments(), _Moments()
    for rows in _bands(len(rgb)):
        if ring[rows].any():
            reference.add(rgb_to_lab(base[rows][ring[rows]]))
            shifted.add(rgb_to_lab(rgb[rows][ring[rows]]))
    gain = np.clip(reference.std() / np.maximum(shifted.std(), 1e-6), MIN_GAIN, MAX_GAIN)
    out = rgb  # a private copy already
    for rows in _bands(len(rgb)):
        inside, block = painted[rows], out[rows]
        if inside.any():
            lab = rgb_to_lab(block[inside])
            block[inside] = lab_to_rgb((lab - shifted.mean) * gain + reference.mean)
    matched = bands.from_pixels(out, "RGB")
    if "A" in result.getbands():
        matched.putalpha(result.getchannel("A"))
    return matched


def _bands(height: int) -> list[slice]:
    """Row bands: picking out masked pixels holds the GIL, and a whole 4096² picture at once
    froze the window for 50-70 ms while a result landed."""
    return [slice(top, min(top + BAND_ROWS, height)) for top in range(0, height, BAND_ROWS)]


class _Moments:
    """Per-channel count, mean and spread, gathered a band at a time (Chan et al.'s merge)."""

    def __init__(self) -> None:
        self.count = 0
        self.mean = np.zeros(3)
        self._m2 = np.zeros(3)

    def add(self, values: np.ndarray) -> None:
        count = len(values)
        mean = values.mean(axis=0)
        m2 = ((values - mean) ** 2).sum(axis=0)
        total = self.count + count
        delta = mean - self.mean
        self.mean = self.mean + delta * count / total
        self._m2 = self._m2 + m2 + delta**2 * self.count * count / total
        self.count = total

    def std(self) -> np.ndarray:
        return np.sqrt(self._m2 / max(self.count, 1))


def rgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB bytes (..., 3) to CIE Lab (D65), float64."""
    linear = _to_linear(rgb.astype(np.float64) / 255.0)
    xyz = _mix(linear, _RGB_TO_XYZ) / _WHITE
    f = np.where(xyz > _EPSILON, np.cbrt(xyz), (_KAPPA * xyz + 16) / 116)
    lightness = 116 * f[..., 1] - 16
    a = 500 * (f[..., 0] - f[..., 1])
    b = 200 * (f[..., 1] - f[..., 2])
    return np.stack([lightness, a, b], axis=-1)


def lab_to_rgb(lab: np.ndarray) -> np.ndarray:
    """CIE Lab (D65) to sRGB bytes, rounded and clipped to the displayable range."""
    fy = (lab[..., 0] + 16) / 116
    f = np.stack([fy + lab[..., 1] / 500, fy, fy - lab[..., 2] / 200], axis=-1)
    xyz = np.where(f**3 > _EPSILON, f**3, (116 * f - 16) / _KAPPA) * _WHITE
    linear = _mix(xyz, _XYZ_TO_RGB)
    encoded = _from_linear(np.clip(linear, 0.0, 1.0))
    return np.clip(np.rint(encoded * 255.0), 0, 255).astype(np.uint8)


def _mix(values: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """``values @ matrix.T`` for (..., 3) pixels, as three weighted sums of the channels.

    Not a matrix product: numpy hands those to OpenBLAS, whose worker thread (started at the
    UI thread's priority) then spun on the second core while a result landed, and the UI
    thread waited for a CPU (benchmarks/generate_stall.py).
    """
    channels = [values[..., k] for k in range(3)]
    return np.stack(
        [row[0] * channels[0] + row[1] * channels[1] + row[2] * channels[2] for row in matrix],
        axis=-1,
    )


def _to_linear(values: np.ndarray) -> np.ndarray:
    return np.where(values <= 0.04045, values / 12.92, ((values + 0.055) / 1.055) ** 2.4)


def _from_linear(values: np.ndarray) -> np.ndarray:
    return np.where(values <= 0.0031308, values * 12.92, 1.055 * values ** (1 / 2.4) - 0.055)
