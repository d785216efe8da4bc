"""Imaging: grow, shrink, feather band, composite, paste and colour match, pixel by pixel."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image

from studio.core.imaging.colour import lab_to_rgb, match_colour, rgb_to_lab
from studio.core.imaging.composite import composite, paste_region
from studio.core.imaging.landing import land
from studio.core.imaging.masks import bbox, edge_band, edge_weight, grow, shrink


def dots(size: tuple[int, int], points: list[tuple[int, int]]) -> Image.Image:
    values = np.zeros((size[1], size[0]), np.uint8)
    for x, y in points:
        values[y, x] = 255
    return Image.fromarray(values, "L")


def reference_grow(mask: Image.Image, radius: int) -> np.ndarray:
    """Brute force: a pixel is set when a set pixel lies within ``radius`` of its centre."""
    values = np.asarray(mask)
    out = np.zeros_like(values)
    height, width = values.shape
    for y, x in zip(*np.nonzero(values), strict=True):
        for j in range(max(y - radius, 0), min(y + radius + 1, height)):
            for i in range(max(x - radius, 0), min(x + radius + 1, width)):
                if math.hypot(i - x, j - y) <= radius:
                    out[j, i] = max(out[j, i], values[y, x])
    return out


@pytest.mark.parametrize("radius", [1, 2, 5, 9])
def test_grow_is_exactly_the_euclidean_disc_around_every_painted_pixel(radius: int) -> None:
    mask = dots((40, 30), [(3, 4), (20, 15), (39, 29), (21, 15)])
    assert np.array_equal(np.asarray(grow(mask, radius)), reference_grow(mask, radius))


def test_grow_of_one_pixel_by_five_covers_the_lattice_disc() -> None:
    grown = np.asarray(grow(dots((21, 21), [(10, 10)]), 5))
    expected = sum(1 for i in range(-5, 6) for j in range(-5, 6) if i * i + j * j <= 25)
    assert int((grown == 255).sum()) == expected == 81


def test_grow_keeps_soft_coverage_as_the_highest_value_within_reach() -> None:
    values = np.zeros((9, 9), np.uint8)
    values[4, 4] = 100
    values[4, 6] = 200
    grown = np.asarray(grow(Image.fromarray(values, "L"), 1))
    assert grown[4, 5] == 200 and grown[3, 4] == 100 and grown[4, 7] == 200
    assert grown[3, 3] == 0  # diagonal neighbour is √2 away


def test_shrink_removes_every_pixel_within_the_radius_of_the_unpainted_area() -> None:
    mask = Image.new("L", (30, 30), 0)
    mask.paste(255, (5, 5, 25, 25))
    shrunk = np.asarray(shrink(mask, 3))
    expected = np.zeros((30, 30), np.uint8)
    expected[8:22, 8:22] = 255
    assert np.array_equal(shrunk, expected)


def test_shrink_leaves_a_full_mask_full_and_grow_an_empty_one_empty() -> None:
    assert np.asarray(shrink(Image.new("L", (10, 10), 255), 4)).min() == 255
    assert np.asarray(grow(Image.new("L", (10, 10), 0), 4)).max() == 0


def test_zero_radius_is_the_identity() -> None:
    mask = dots((8, 8), [(2, 2)])
    assert grow(mask, 0).tobytes() == mask.tobytes() == shrink(mask, 0).tobytes()


def test_edge_weight_and_band_stay_inside_the_painted_area() -> None:
    mask = Image.new("L", (40, 40), 0)
    mask.paste(255, (10, 10, 30, 30))
    weight = np.asarray(edge_weight(mask, 8))
    band = np.asarray(edge_band(mask, 8))
    assert weight[np.asarray(mask) == 0].max() == 0
    assert weight[20, 20] == 255 and 0 < weight[10, 20] < 255
    assert band[10, 20] == 255 and band[20, 20] == 0 and band[5, 5] == 0
    assert np.array_equal(np.asarray(edge_weight(mask, 0)), np.asarray(mask))


def test_bbox_is_right_and_bottom_exclusive() -> None:
    assert bbox(dots((10, 10), [(2, 3), (6, 7)])) == (2, 3, 7, 8)
    assert bbox(Image.new("L", (5, 5))) is None


def test_composite_keeps_every_unmasked_pixel_and_takes_the_result_inside() -> None:
    rng = np.random.default_rng(1)
    original = Image.fromarray(rng.integers(0, 256, (32, 48, 3), np.uint8), "RGB")
    result = Image.new("RGB", (96, 64), (9, 200, 40))  # another size: resized to fit
    mask = Image.new("L", (48, 32), 0)
    mask.paste(255, (10, 8, 30, 24))
    out = np.asarray(composite(original, result, mask, feather_px=4))
    keep = np.asarray(mask) == 0
    assert np.array_equal(out[keep], np.asarray(original)[keep])
    assert tuple(out[16, 20]) == (9, 200, 40)


def test_paste_region_resizes_into_the_box_and_leaves_the_rest() -> None:
    whole = Image.new("RGB", (20, 10), (1, 2, 3))
    out = paste_region(whole, Image.new("RGB", (8, 8), (200, 0, 0)), (4, 2, 8, 6))
    values = np.asarray(out)
    assert (values[2:6, 4:8] == (200, 0, 0)).all()
    assert int((values != (1, 2, 3)).any(axis=2).sum()) == 16


def test_lab_round_trip_is_exact_for_every_grey_and_primary_ramp() -> None:
    ramp = np.arange(256, dtype=np.uint8)
    colours = np.concatenate([np.stack([ramp] * 3, -1), np.stack([ramp, 0 * ramp, 255 - ramp], -1)])
    assert np.array_equal(lab_to_rgb(rgb_to_lab(colours)), colours)
    white = rgb_to_lab(np.array([255, 255, 255], np.uint8))
    assert white[0] == pytest.approx(100, abs=1e-3) and abs(white[1]) < 1e-2


def scene() -> tuple[Image.Image, Image.Image]:
    rng = np.random.default_rng(7)
    values = np.clip(120 + rng.normal(0, 20, (60, 80, 3)), 0, 255).astype(np.uint8)
    mask = Image.new("L", (80, 60), 0)
    mask.paste(255, (25, 20, 55, 40))
    return Image.fromarray(values, "RGB"), mask


def test_colour_match_undoes_a_global_tone_shift_inside_the_mask_only() -> None:
    original, mask = scene()
    shifted = np.clip(np.asarray(original).astype(int) + np.array([30, -20, 10]), 0, 255).astype(
        np.uint8
    )
    result = Image.fromarray(shifted, "RGB")
    matched = np.asarray(match_colour(result, original, mask, band_px=8))
    inside = np.asarray(mask) > 0
    assert np.array_equal(matched[~inside], shifted[~inside])  # outside: untouched
    error_before = np.abs(shifted[inside].astype(int) - np.asarray(original)[inside]).mean()
    error_after = np.abs(matched[inside].astype(int) - np.asarray(original)[inside]).mean()
    assert error_before > 15 and error_after < 3


def test_colour_match_a_band_of_rows_at_a_time_equals_the_whole_at_once(monkeypatch) -> None:
    from studio.core.imaging import colour

    original, mask = scene()  # 60 rows: bands of 7 split the mask and its ring
    result = Image.fromarray(
        np.clip(np.asarray(original).astype(int) * 0.8 + 20, 0, 255).astype(np.uint8), "RGB"
    )
    monkeypatch.setattr(colour, "BAND_ROWS", 10_000)
    whole = np.asarray(match_colour(result, original, mask, band_px=8)).astype(int)
    monkeypatch.setattr(colour, "BAND_ROWS", 7)
    banded = np.asarray(match_colour(result, original, mask, band_px=8)).astype(int)
    assert np.abs(whole - banded).max() <= 1 and (whole != banded).mean() < 0.001


def test_colour_match_of_an_unshifted_result_changes_nothing() -> None:
    original, mask = scene()
    assert match_colour(original, original, mask).tobytes() == original.tobytes()


def test_colour_match_without_a_band_to_measure_returns_the_result() -> None:
    original, _ = scene()
    result = Image.new("RGB", original.size, (0, 0, 255))
    full = Image.new("L", original.size, 255)
    assert match_colour(result, original, full).tobytes() == result.tobytes()


def test_colour_match_ignores_the_transparent_border_of_an_extended_canvas() -> None:
    original, _ = scene()
    canvas = Image.new("RGBA", (100, 60), (0, 0, 0, 0))
    canvas.paste(original.convert("RGBA"), (10, 0))
    border = Image.new("L", (100, 60), 255)
    border.paste(0, (10, 0, 90, 60))
    result = Image.new("RGB", (100, 60), (128, 128, 128))
    result.paste(original.point(lambda v: min(v + 25, 255)), (10, 0))
    matched = np.asarray(match_colour(result, canvas, border, band_px=6)).astype(int)
    # The border's grey moved by the band's measured shift (-25), not toward transparent black.
    assert 95 <= matched[:, :10].min() <= matched[:, :10].max() <= 110
    assert np.array_equal(matched[:, 10:90], np.asarray(result)[:, 10:90])


def test_land_touches_only_the_painted_box_and_matches_a_whole_composite() -> None:
    rng = np.random.default_rng(3)
    base = Image.fromarray(rng.integers(0, 256, (120, 160, 3), np.uint8), "RGB")
    result = Image.fromarray(rng.integers(0, 256, (60, 80, 3), np.uint8), "RGB")
    mask = Image.new("L", (160, 120), 0)
    mask.paste(255, (40, 30, 90, 70))
    landed = np.asarray(land(base.copy(), result, mask, 6, blend=False)).astype(int)
    whole = np.asarray(composite(base, result, mask, 6)).astype(int)
    keep = np.asarray(mask) == 0
    assert np.array_equal(landed[keep], np.asarray(base).astype(int)[keep])
    assert np.abs(landed - whole).max() <= 1  # the box resize reads the same source rows


def test_land_into_a_focus_region_leaves_everything_else() -> None:
    rng = np.random.default_rng(4)
    base = Image.fromarray(rng.integers(0, 256, (100, 100, 3), np.uint8), "RGB")
    result = Image.new("RGB", (80, 60), (255, 0, 0))  # the crop's result at twice its size
    coverage = Image.new("L", (40, 30), 0)
    coverage.paste(255, (10, 10, 30, 20))
    landed = np.asarray(
        land(base.copy(), result, coverage, 0, blend=False, region=(50, 60, 90, 90))
    )
    expected = np.asarray(base).copy()
    expected[70:80, 60:80] = (255, 0, 0)
    assert np.array_equal(landed, expected)


def test_a_channel_taken_a_band_at_a_time_is_the_whole_channel() -> None:
    from studio.core.imaging import bands

    rng = np.random.default_rng(5)
    image = Image.fromarray(rng.integers(0, 256, (1100, 700, 4), dtype=np.uint8), "RGBA")
    assert bands.BAND_BYTES < 700 * 1100 * 4  # several bands
    for name in "RGBA":
        assert bands.channel(image, name).tobytes() == image.getchannel(name).tobytes()


def test_banded_operations_equal_the_whole_image_ones() -> None:
    from PIL import ImageChops

    from studio.core.imaging import bands

    rng = np.random.default_rng(11)
    a = Image.fromarray(rng.integers(0, 256, (1900, 1300), dtype=np.uint8), "L")
    b = Image.fromarray(rng.integers(0, 256, (1900, 1300), dtype=np.uint8), "L")
    assert bands.BAND_BYTES < 1300 * 1900 * 4
    for op in (ImageChops.multiply, ImageChops.difference):
        assert bands.banded(op, a, b).tobytes() == op(a, b).tobytes()
    assert bands.banded(ImageChops.invert, a).tobytes() == ImageChops.invert(a).tobytes()
    c = a.copy()
    assert bands.changed_box(a, c) is None
    c.putpixel((7, 1501), 0 if a.getpixel((7, 1501)) else 1)
    c.putpixel((1200, 3), 0 if a.getpixel((1200, 3)) else 1)
    assert bands.changed_box(a, c) == ImageChops.difference(a, c).getbbox() == (7, 3, 1201, 1502)


def test_a_banded_composite_pastes_the_same_pixels_as_one_composite() -> None:
    from studio.core.imaging import bands

    rng = np.random.default_rng(3)
    over = Image.fromarray(rng.integers(0, 256, (900, 1300, 3), dtype=np.uint8))
    under = Image.fromarray(rng.integers(0, 256, (900, 1300, 3), dtype=np.uint8))
    weight = Image.fromarray(rng.integers(0, 256, (900, 1300), dtype=np.uint8))
    base = Image.fromarray(rng.integers(0, 256, (1200, 1600, 3), dtype=np.uint8))
    expected = base.copy()
    expected.paste(Image.composite(over, under, weight), (150, 200))
    banded = base.copy()
    bands.paste_composite(banded, (150, 200), over, under, weight)
    assert banded.tobytes() == expected.tobytes()
