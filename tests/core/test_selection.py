"""Selections from pixels: polygon coverage, magic wand, GrabCut, smooth — pixel-exact."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from studio.core.imaging import selection
from studio.core.mask import Box

BLUE, RED = (20, 120, 200), (230, 40, 40)


def _full(sel: selection.Selection | None, width: int, height: int) -> np.ndarray:
    out = np.zeros((height, width), bool)
    if sel is not None:
        b = sel.box
        out[b.top : b.bottom, b.left : b.right] = sel.cover > 0
    return out


def _convex_reference(points: list[tuple[float, float]], width: int, height: int) -> np.ndarray:
    """Pixel centres on the inner side of (or on) every edge of a clockwise convex polygon."""
    ys, xs = np.mgrid[0:height, 0:width] + 0.5
    inside = np.ones((height, width), bool)
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = (x1 - x0) * (ys - y0) - (y1 - y0) * (xs - x0)
        inside &= cross >= -1e-9
    return inside


def test_polygon_through_four_pixel_centres_is_that_quadrilateral() -> None:
    quad = [(10.5, 10.5), (60.5, 20.5), (50.5, 70.5), (15.5, 55.5)]
    got = _full(selection.polygon(quad, 100, 100), 100, 100)
    assert np.array_equal(got, _convex_reference(quad, 100, 100))
    for x, y in quad:  # the clicked pixels themselves are selected
        assert got[int(y), int(x)]


def test_polygon_axis_aligned_square_includes_both_corner_pixels() -> None:
    square = [(10.5, 10.5), (20.5, 10.5), (20.5, 20.5), (10.5, 20.5)]
    sel = selection.polygon(square, 50, 50)
    assert sel is not None and sel.box == Box(10, 10, 21, 21)
    assert int(sel.cover.min()) == 255


def test_polygon_counter_clockwise_and_off_grid_points_match_the_reference() -> None:
    tri = [(3.2, 4.9), (47.7, 12.3), (20.1, 44.4)]
    got = _full(selection.polygon(list(reversed(tri)), 50, 50), 50, 50)
    assert np.array_equal(got, _convex_reference(tri, 50, 50))


def test_self_overlapping_outline_fills_every_enclosed_area() -> None:
    # A loop drawn twice around the same square still fills it (non-zero winding).
    square = [(5.5, 5.5), (30.5, 5.5), (30.5, 30.5), (5.5, 30.5)]
    got = _full(selection.polygon(square * 2, 40, 40), 40, 40)
    assert got[6:30, 6:30].all()
    assert got.sum() == 26 * 26


def test_polygon_is_clipped_to_the_picture() -> None:
    sel = selection.polygon([(-10, -10), (20.5, -10), (20.5, 20.5), (-10, 20.5)], 10, 10)
    assert sel is not None and sel.box == Box(0, 0, 10, 10)
    assert selection.polygon([(50, 50), (60, 50), (60, 60)], 10, 10) is None
    assert selection.polygon([(1, 1), (5, 5)], 10, 10) is None


def _disc_picture(discs: list[tuple[int, int, int]], size=(300, 200)) -> Image.Image:
    image = Image.new("RGB", size, BLUE)
    draw = ImageDraw.Draw(image)
    for cx, cy, r in discs:
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=RED)
    return image


def test_magic_wand_on_a_flat_disc_selects_exactly_that_disc() -> None:
    image = _disc_picture([(140, 90, 40)])
    pixels = np.asarray(image)
    disc = np.all(pixels == RED, axis=2)
    got = _full(selection.magic_wand(pixels, (140, 90), 32), 300, 200)
    assert np.array_equal(got, disc)


def test_magic_wand_contiguous_takes_one_disc_and_global_takes_both() -> None:
    pixels = np.asarray(_disc_picture([(60, 60, 30), (220, 120, 40)]))
    both = np.all(pixels == RED, axis=2)
    one = _full(selection.magic_wand(pixels, (60, 60), 10, contiguous=True), 300, 200)
    every = _full(selection.magic_wand(pixels, (60, 60), 10, contiguous=False), 300, 200)
    assert np.array_equal(every, both)
    assert one.sum() < every.sum() and one[60, 60] and not one[120, 220]


def test_magic_wand_tolerance_is_per_channel_distance_from_the_clicked_colour() -> None:
    ramp = np.repeat(np.arange(256, dtype=np.uint8)[None, :], 4, axis=0)
    pixels = np.stack([ramp, ramp, ramp], axis=2)
    sel = selection.magic_wand(pixels, (100, 2), 10)
    assert sel is not None and sel.box == Box(90, 0, 111, 4)
    assert selection.magic_wand(pixels, (300, 2), 10) is None


def test_magic_wand_reads_transparency_too() -> None:
    image = Image.new("RGBA", (20, 10), (0, 0, 0, 0))
    image.paste((0, 0, 0, 255), (10, 0, 20, 10))
    sel = selection.magic_wand(np.asarray(image), (2, 2), 0)
    assert sel is not None and sel.box == Box(0, 0, 10, 10)


def _noisy_object() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    image = _disc_picture([(150, 100, 50)], size=(300, 200))
    pixels = np.asarray(image).astype(np.int16) + rng.integers(-20, 21, (200, 300, 3))
    pixels = np.clip(pixels, 0, 255).astype(np.uint8)
    return pixels, np.all(np.asarray(image) == RED, axis=2)


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum() / (a | b).sum())


def test_grabcut_finds_the_object_in_the_box() -> None:
    pixels, disc = _noisy_object()
    got = _full(selection.grabcut(pixels, Box(90, 40, 210, 160)), 300, 200)
    assert _iou(got, disc) > 0.97
    assert not got[:, :85].any()  # nothing outside the box


def test_grabcut_same_input_same_mask() -> None:
    pixels, _disc = _noisy_object()
    first = selection.grabcut(pixels, Box(90, 40, 210, 160))
    second = selection.grabcut(pixels, Box(90, 40, 210, 160))
    assert first is not None and second is not None
    assert first.box == second.box and np.array_equal(first.cover, second.cover)


def test_grabcut_outside_hint_removes_a_part() -> None:
    pixels = np.asarray(_disc_picture([(100, 100, 30), (200, 100, 30)]))
    box = Box(60, 60, 240, 140)
    whole = _full(selection.grabcut(pixels, box), 300, 200)
    assert whole[100, 100] and whole[100, 200]
    hints = [selection.Hint(200, 100, inside=False)]
    refined = _full(selection.grabcut(pixels, box, hints), 300, 200)
    assert refined[100, 100] and not refined[100, 200]


def test_grabcut_box_over_the_whole_picture_still_answers() -> None:
    pixels, disc = _noisy_object()
    got = _full(selection.grabcut(pixels, Box(0, 0, 300, 200)), 300, 200)
    assert _iou(got, disc) > 0.9


def test_smooth_removes_specks_and_fills_pinholes() -> None:
    mask = Image.new("L", (100, 100), 0)
    mask.paste(255, (20, 20, 80, 80))
    mask.putpixel((50, 50), 0)  # a pinhole
    mask.putpixel((5, 5), 255)  # a speck
    smoothed = selection.smooth(mask, 3)
    assert smoothed.getpixel((50, 50)) == 255
    assert smoothed.getpixel((5, 5)) == 0
    assert smoothed.getpixel((30, 30)) == 255 and smoothed.getpixel((90, 90)) == 0
    assert selection.smooth(mask, 0).tobytes() == mask.tobytes()


def test_grabcut_outside_click_on_a_same_colour_part_takes_that_part_out() -> None:
    pixels = np.asarray(_disc_picture([(80, 100, 40), (230, 60, 25)]))
    box = Box(30, 20, 266, 151)
    whole = _full(selection.grabcut(pixels, box), 300, 200)
    assert whole[100, 80] and whole[60, 230]
    refined = selection.grabcut(pixels, box, [selection.Hint(230.5, 60.5, inside=False)])
    got = _full(refined, 300, 200)
    assert got[100, 80] and not got[:, 150:].any()
