"""Mask model, raster ops, undo snapshots, PNG interchange and compositing: exact pixels, no Qt."""

from __future__ import annotations

import io
import itertools
import math

import pytest
from PIL import Image, ImageChops

from studio.core.imageio import ImageLoadError, load_image_bytes, png_bytes
from studio.core.mask import EDIT, TILE, Box, MaskModel
from studio.core.mask_io import (
    MaskSizeError,
    composite,
    coverage_from_image,
    export_png,
    feather,
    import_mask,
    import_mask_png,
    to_rgba,
)


def painted(image: Image.Image) -> int:
    """Number of pixels fully set to edit."""
    return image.histogram()[255]


def touched(image: Image.Image) -> int:
    """Number of pixels with any coverage."""
    return image.width * image.height - image.histogram()[0]


def reference_capsule(size, start, end, radius):
    """Pixel centres within ``radius`` (+ the 1e-3 float slack) of the segment: a hard brush."""
    (ax, ay), (bx, by) = start, end
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    inside = set()
    for j in range(size[1]):
        for i in range(size[0]):
            px, py = i + 0.5 - ax, j + 0.5 - ay
            t = min(max((px * dx + py * dy) / length2, 0.0), 1.0) if length2 else 0.0
            if math.hypot(px - t * dx, py - t * dy) <= radius + 1e-3:
                inside.add((i, j))
    return inside


def pixels_set(image: Image.Image) -> set[tuple[int, int]]:
    return {
        (i, j) for j in range(image.height) for i in range(image.width) if image.getpixel((i, j))
    }


# -- brush -----------------------------------------------------------------------------------


def test_hard_dab_covers_exactly_the_pixel_centres_within_the_radius() -> None:
    mask = MaskModel(40, 40)
    box = mask.stroke_segment((20.5, 20.5), (20.5, 20.5), radius=5)
    assert box == Box(14, 14, 27, 27)
    image = mask.image()
    assert pixels_set(image) == reference_capsule(image.size, (20.5, 20.5), (20.5, 20.5), 5)
    assert painted(image) == touched(image) == 81


def test_hard_segment_matches_the_capsule_definition() -> None:
    mask = MaskModel(80, 60)
    mask.stroke_segment((10.2, 12.7), (61.4, 40.1), radius=6.5)
    image = mask.image()
    assert pixels_set(image) == reference_capsule(image.size, (10.2, 12.7), (61.4, 40.1), 6.5)
    assert painted(image) == touched(image)


def test_fast_stroke_has_no_gaps_between_far_apart_events() -> None:
    mask = MaskModel(300, 20)
    mask.stroke_segment((5.5, 10.5), (295.5, 10.5), radius=2)
    row = [mask.image().getpixel((x, 10)) for x in range(300)]
    assert row[4:296] == [EDIT] * 292
    assert painted(mask.image()) == 291 * 5 + 2 * 4  # rows 8-12 over x 5..295, plus two caps


def test_soft_brush_ramps_from_full_inside_to_zero_at_the_radius() -> None:
    mask = MaskModel(41, 41)
    mask.stroke_segment((20.5, 20.5), (20.5, 20.5), radius=10, hardness=0.5)
    image = mask.image()
    assert image.getpixel((20, 20)) == 255
    assert image.getpixel((24, 20)) == 255  # distance 4 < 5 = radius * hardness
    assert 0 < image.getpixel((27, 20)) < 255  # distance 7: on the ramp
    assert image.getpixel((31, 20)) == 0  # distance 11: outside
    assert pixels_set(image) <= reference_capsule(image.size, (20.5, 20.5), (20.5, 20.5), 10)
    assert painted(image) == len(reference_capsule(image.size, (20.5, 20.5), (20.5, 20.5), 5))


def test_overlapping_segments_do_not_build_up_beyond_their_peak() -> None:
    mask = MaskModel(41, 41)
    for _ in range(5):
        mask.stroke_segment((20.5, 20.5), (20.5, 20.5), radius=10, hardness=0.0)
    once = MaskModel(41, 41)
    once.stroke_segment((20.5, 20.5), (20.5, 20.5), radius=10, hardness=0.0)
    assert ImageChops.difference(mask.image(), once.image()).getbbox() is None


def test_eraser_removes_exactly_its_capsule() -> None:
    mask = MaskModel(40, 40)
    mask.fill()
    mask.stroke_segment((20.5, 20.5), (20.5, 20.5), radius=5, erase=True)
    assert painted(mask.image()) == 1600 - 81


def test_stroke_outside_the_image_is_clipped_or_ignored() -> None:
    mask = MaskModel(20, 20)
    assert mask.stroke_segment((-50, -50), (-40, -40), radius=3) is None
    box = mask.stroke_segment((0.5, 0.5), (0.5, 0.5), radius=2)
    assert box == Box(0, 0, 4, 4)
    assert painted(mask.image()) == 6  # the quarter of a radius-2 disc inside the image


# -- shapes ----------------------------------------------------------------------------------


def test_rectangle_includes_both_corner_pixels_in_either_drag_direction() -> None:
    mask = MaskModel(50, 50)
    assert mask.rectangle((20.9, 30.2), (10.1, 10.6)) == Box(10, 10, 21, 31)
    assert painted(mask.image()) == 11 * 21
    mask.rectangle((12.5, 12.5), (15.5, 15.5), erase=True)
    assert painted(mask.image()) == 11 * 21 - 16


def test_polygon_fills_interior_and_outline() -> None:
    mask = MaskModel(50, 50)
    mask.polygon([(10.5, 10.5), (19.5, 10.5), (19.5, 19.5), (10.5, 19.5)])
    assert painted(mask.image()) == 100
    assert mask.painted_box() == Box(10, 10, 20, 20)


def test_triangle_lasso_is_half_its_bounding_square_plus_the_diagonal() -> None:
    mask = MaskModel(30, 30)
    mask.polygon([(0, 0), (20, 0), (0, 20)])
    assert painted(mask.image()) == 21 * 22 // 2


def test_polygon_needs_three_points() -> None:
    assert MaskModel(10, 10).polygon([(1, 1), (5, 5)]) is None


def test_fill_clear_invert() -> None:
    mask = MaskModel(30, 20)
    mask.rectangle((0, 0), (9, 9))
    assert mask.invert() == Box(0, 0, 30, 20)
    assert painted(mask.image()) == 600 - 100
    assert mask.fill() == Box(10, 0, 30, 20) or painted(mask.image()) == 600
    assert painted(mask.image()) == 600
    assert mask.fill() is None
    assert mask.clear() == Box(0, 0, 30, 20)
    assert mask.is_empty()
    assert mask.clear() is None


# -- undo snapshots --------------------------------------------------------------------------


def test_edit_stores_only_the_touched_tiles_and_round_trips() -> None:
    mask = MaskModel(4096, 4096)
    mask.begin_edit()
    mask.stroke_segment((100.5, 100.5), (140.5, 110.5), radius=8)
    mask.stroke_segment((140.5, 110.5), (150.5, 120.5), radius=8)
    edit = mask.end_edit()
    assert edit is not None
    assert edit.nbytes == 2 * 3 * TILE * TILE  # tiles (1,1) (2,1) (2,2), before + after
    after = mask.image()
    assert edit.undo(mask) == Box(64, 64, 192, 192)
    assert mask.is_empty()
    edit.redo(mask)
    assert ImageChops.difference(mask.image(), after).getbbox() is None


def test_clear_snapshot_is_bounded_by_the_painted_area() -> None:
    mask = MaskModel(2048, 2048)
    mask.rectangle((10, 10), (20, 20))
    mask.begin_edit()
    mask.clear()
    edit = mask.end_edit()
    assert edit is not None and edit.box == Box(0, 0, 64, 64)
    edit.undo(mask)
    assert painted(mask.image()) == 121


def test_edit_without_changes_is_none() -> None:
    mask = MaskModel(10, 10)
    mask.begin_edit()
    assert mask.clear() is None
    assert mask.end_edit() is None


def test_replace_records_only_the_difference() -> None:
    mask = MaskModel(300, 300)
    new = Image.new("L", (300, 300), 0)
    new.paste(255, (200, 200, 210, 210))
    mask.begin_edit()
    assert mask.replace(new) == Box(200, 200, 210, 210)
    edit = mask.end_edit()
    assert edit is not None and edit.box == Box(192, 192, 256, 256)
    with pytest.raises(ValueError):
        mask.replace(Image.new("L", (3, 3)))


# -- export / import -------------------------------------------------------------------------


def test_export_is_rgba_black_with_alpha_zero_where_painted() -> None:
    mask = MaskModel(64, 32)
    mask.rectangle((0, 0), (9, 9))
    exported = Image.open(io.BytesIO(export_png(mask)))
    assert exported.mode == "RGBA" and exported.size == (64, 32)
    alpha = exported.getchannel("A")
    assert alpha.histogram()[0] == 100 and alpha.histogram()[255] == 64 * 32 - 100
    assert exported.convert("RGB").getbbox() is None  # RGB all black


@pytest.mark.parametrize("size", [(1, 1), (300, 129), (517, 260)])
def test_export_read_in_bands_is_the_whole_image_pixel_for_pixel(
    size: tuple[int, int],
) -> None:
    mask = MaskModel(*size)
    mask.stroke_segment((0, 0), size, radius=40, hardness=0.4)
    mask.rectangle((size[0] // 2, 0), (size[0], size[1] // 3))
    exported = export_png(mask)
    decoded = Image.open(io.BytesIO(exported))
    assert decoded.mode == "RGBA" and decoded.size == size
    assert decoded.tobytes() == to_rgba(mask.image()).tobytes()
    assert export_png(mask.image().convert("RGB")) == exported


def test_a_large_mask_exports_small() -> None:
    mask = MaskModel(2048, 2048)
    mask.stroke_segment((100, 100), (1900, 1500), radius=120, hardness=0.5)
    pillow = io.BytesIO()
    to_rgba(mask).save(pillow, format="PNG", compress_level=1, compress_type=3)
    # Run-length deflate of long equal runs: 2 % of the raw pixels, about Pillow's size.
    assert len(export_png(mask)) < min(1.1 * len(pillow.getvalue()), 0.02 * 2048 * 2048 * 4)


def test_a_snapshot_made_in_bands_is_the_whole_coverage() -> None:
    mask = MaskModel(301, 203)
    mask.stroke_segment((0, 0), (301, 203), radius=30, hardness=0.5)
    snapshot = mask.snapshot(band_bytes=301 * 7)  # 7 rows a band: the last band is short
    assert snapshot.mode == "L" and snapshot.tobytes() == mask.image().tobytes()


def test_export_import_round_trip_is_exact() -> None:
    mask = MaskModel(100, 80)
    mask.stroke_segment((10, 10), (90, 70), radius=7, hardness=0.3)
    loaded = Image.open(io.BytesIO(export_png(mask)))
    coverage = import_mask(loaded, (100, 80))
    assert ImageChops.difference(coverage, mask.image()).getbbox() is None


def _through_pillow(data: bytes, size: tuple[int, int], resize: bool = False) -> Image.Image:
    return import_mask(load_image_bytes(data), size, resize=resize)


def test_an_exported_mask_read_back_a_band_at_a_time_is_what_pillow_reads() -> None:
    from studio.core.imaging import png

    mask = MaskModel(700, 1300)  # several bands
    mask.stroke_segment((10, 10), (650, 1200), radius=40, hardness=0.3)
    data = export_png(mask)
    assert png.read_bands(data)[0] == "RGBA"  # read by the band reader, not Pillow
    coverage = import_mask_png(data, (700, 1300))
    assert coverage.mode == "L"
    assert (
        coverage.tobytes() == mask.image().tobytes() == _through_pillow(data, (700, 1300)).tobytes()
    )
    resized = import_mask_png(data, (350, 650), resize=True)
    assert resized.tobytes() == _through_pillow(data, (350, 650), resize=True).tobytes()
    with pytest.raises(MaskSizeError, match="700×1300 pixels but the image is 350×650"):
        import_mask_png(data, (350, 650))


@pytest.mark.parametrize("kind", ["opaque RGBA", "LA", "Pillow's RGBA", "black and white"])
def test_any_mask_png_reads_as_import_mask_reads_it(kind: str) -> None:
    from studio.core.imaging import png

    bw = Image.new("L", (300, 200), 0)
    bw.paste(255, (20, 30, 140, 170))
    alpha = ImageChops.invert(bw)
    if kind == "opaque RGBA":  # by its luminance: white is edit
        data = png.encode(bw.convert("RGBA"))
    elif kind == "LA":
        data = png.encode(Image.merge("LA", (bw, alpha)))
    elif kind == "Pillow's RGBA":
        picture = Image.merge("RGBA", (bw, bw, bw, alpha))
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        data = buffer.getvalue()
    else:
        data = png_bytes(bw.convert("RGB"))
    coverage = import_mask_png(data, (300, 200))
    assert coverage.tobytes() == _through_pillow(data, (300, 200)).tobytes()
    assert painted(coverage) == 120 * 140


def test_a_damaged_mask_png_says_so() -> None:
    mask = MaskModel(64, 64)
    mask.stroke_segment((10, 10), (50, 50), radius=5, hardness=1.0)
    data = export_png(mask)
    with pytest.raises(ImageLoadError):
        import_mask_png(data[: len(data) // 2], (64, 64))


def test_black_and_white_import_reads_white_as_edit() -> None:
    bw = Image.new("RGB", (20, 10), "black")
    bw.paste((255, 255, 255), (0, 0, 5, 10))
    assert painted(coverage_from_image(bw)) == 50
    opaque_rgba = bw.convert("RGBA")
    assert painted(coverage_from_image(opaque_rgba)) == 50


def test_import_size_mismatch_is_refused_or_resized() -> None:
    small = Image.new("L", (50, 50), 255)
    with pytest.raises(MaskSizeError, match="50×50 pixels but the image is 100×100"):
        import_mask(small, (100, 100))
    assert painted(import_mask(small, (100, 100), resize=True)) == 10_000


# -- feather and composite -------------------------------------------------------------------


def test_feather_stays_within_its_radius() -> None:
    coverage = Image.new("L", (100, 100), 0)
    coverage.paste(255, (40, 40, 60, 60))
    soft = feather(coverage, 10)
    bbox = soft.getbbox()
    assert bbox is not None
    assert bbox[0] >= 30 and bbox[2] <= 70
    assert soft.getpixel((50, 50)) == 255
    assert 0 < soft.getpixel((40, 50)) < 255


def _scene(size=(64, 48)):
    original = Image.new("RGB", size)
    original.putdata(
        [((x * 7) % 256, (y * 5) % 256, 90) for y in range(size[1]) for x in range(size[0])]
    )
    result = Image.new("RGB", size, (250, 10, 10))
    coverage = Image.new("L", size, 0)
    coverage.paste(255, (20, 10, 40, 30))
    return original, result, coverage


def test_composite_without_feather_keeps_unmasked_pixels_bit_identical() -> None:
    original, result, coverage = _scene()
    out = composite(original, result, coverage)
    keep = ImageChops.invert(coverage)
    assert ImageChops.difference(Image.composite(out, original, keep), original).getbbox() is None
    assert out.crop((20, 10, 40, 30)).getcolors() == [(400, (250, 10, 10))]


def test_composite_with_feather_keeps_pixels_beyond_the_radius() -> None:
    original, result, coverage = _scene()
    out = composite(original, result, coverage.copy(), feather_px=6)
    differs = ImageChops.difference(out, original).convert("L").getbbox()
    assert differs is not None
    assert differs[0] >= 20 - 6 and differs[1] >= 10 - 6
    assert differs[2] <= 40 + 6 and differs[3] <= 30 + 6


def test_composite_accepts_the_exported_alpha_mask_and_resizes_the_result() -> None:
    original, _result, coverage = _scene()
    alpha_mask = Image.open(io.BytesIO(export_png(coverage)))
    big_result = Image.new("RGBA", (128, 96), (0, 0, 255, 255))
    out = composite(original, big_result, alpha_mask)
    assert out.mode == "RGBA" and out.size == original.size
    assert out.getpixel((30, 20)) == (0, 0, 255, 255)
    assert out.getpixel((0, 0)) == (*original.getpixel((0, 0)), 255)


# -- image loading ---------------------------------------------------------------------------


def test_exif_orientation_is_applied_on_load() -> None:
    image = Image.new("RGB", (30, 10), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    loaded = load_image_bytes(buffer.getvalue())
    assert loaded.size == (10, 30) and loaded.mode == "RGB"


def test_transparent_png_loads_as_rgba_and_gif_is_refused() -> None:
    assert load_image_bytes(png_bytes(Image.new("LA", (4, 4)))).mode == "RGBA"
    gif = io.BytesIO()
    Image.new("P", (4, 4)).save(gif, format="GIF")
    with pytest.raises(ImageLoadError, match="GIF images are not supported"):
        load_image_bytes(gif.getvalue(), name="x.gif")
    with pytest.raises(ImageLoadError, match="not an image Studio can read"):
        load_image_bytes(b"nope", name="x.png")


def test_composite_with_feather_keeps_every_unmasked_pixel() -> None:
    original, result, coverage = _scene()
    out = composite(original, result, coverage.copy(), feather_px=6)
    keep = ImageChops.invert(coverage)
    assert ImageChops.difference(Image.composite(out, original, keep), original).getbbox() is None
    assert out.getpixel((30, 20)) == (250, 10, 10), "the middle of the painted area is the result"
    assert out.getpixel((20, 20)) != (250, 10, 10), "its edge is blended"


def test_a_big_edit_saves_one_patch_and_undoes_exactly_with_later_ops() -> None:
    mask = MaskModel(1000, 700)
    mask.rectangle((5, 5), (20, 20))
    start = mask.image()
    mask.begin_edit()
    mask.rectangle((0, 0), (899, 599))  # far more than BIG_EDIT_TILES tiles
    mask.stroke_segment((950, 650), (100, 100), 30, erase=True)  # overlaps it and goes beyond
    edit = mask.end_edit()
    assert edit is not None
    after = mask.image()
    assert len(edit.before) < 40  # one patch for the rectangle (150 tiles), tiles for the rest
    edit.undo(mask)
    assert mask.image().tobytes() == start.tobytes()
    edit.redo(mask)
    assert mask.image().tobytes() == after.tobytes()


def test_a_new_mask_keeps_everything_even_where_freed_memory_is_reused() -> None:
    from PIL import Image

    # Dirty the allocator first: a freed, fully painted image of the same size.
    Image.new("L", (3000, 2000), 255).load()
    for width, height in ((3000, 2000), (17, 5), (1, 1)):
        mask = MaskModel(width, height)
        assert mask.image().getextrema() == (0, 0)
        assert mask.is_empty()


# -- a band at a time ------------------------------------------------------------------------


def _scribbled(width: int = 1000, height: int = 700) -> MaskModel:
    mask = MaskModel(width, height)
    mask.stroke_segment((30, 40), (900, 600), 25, hardness=0.5)
    mask.rectangle((600, 20), (980, 300))
    return mask


@pytest.mark.parametrize(
    ("name", "plan"),
    [
        ("rectangle", lambda m: m.plan_rectangle((101.5, 77.2), (870.9, 655.1))),
        ("erase rectangle", lambda m: m.plan_rectangle((0, 0), (999, 400), erase=True)),
        (
            "merge",
            lambda m: m.plan_merge(
                Box(-50, 200, 700, 730), Image.radial_gradient("L").resize((750, 530))
            ),
        ),
        (
            "subtract",
            lambda m: m.plan_merge(
                Box(10, 10, 990, 690), Image.linear_gradient("L").resize((980, 680)), True
            ),
        ),
        ("fill", lambda m: m.plan_fill()),
        ("clear", lambda m: m.plan_clear()),
    ],
)
def test_an_edit_made_a_band_at_a_time_equals_the_edit_made_at_once(name, plan) -> None:
    at_once, banded = _scribbled(), _scribbled()
    start = at_once.image()
    at_once.begin_edit()
    at_once.apply(plan(at_once))
    whole = at_once.end_edit()
    steps = banded.change_in_bands(plan(banded))
    shown: list[Box] = []
    while True:
        try:
            patch = next(steps)
        except StopIteration as done:
            edit = done.value
            break
        # Each band's patch is what the mask now holds there, on whole tiles.
        assert patch.image.tobytes() == banded.crop(patch.box).tobytes()
        assert patch.box.left % TILE == 0 and patch.box.top % TILE == 0
        shown.append(patch.box)
    assert banded.image().tobytes() == at_once.image().tobytes(), name
    assert len(shown) > 1, "a band of rows at a time"
    assert sum(p.box.area for p in edit.before) <= 2 * sum(p.box.area for p in whole.before)
    edit.undo(banded)
    assert banded.image().tobytes() == start.tobytes()
    edit.redo(banded)
    assert banded.image().tobytes() == at_once.image().tobytes()


def test_bands_are_whole_tile_rows_covering_the_box_and_clipped_to_the_mask() -> None:
    mask = MaskModel(1000, 700)
    box = Box(70, 130, 999, 690)
    bands = mask.bands(box, band_bytes=64 * 1024)
    assert bands[0].top == 128 and bands[-1].bottom == 700
    assert all(b.left == 64 and b.right == 1000 for b in bands)
    assert all(b.top % TILE == 0 and b.height % TILE in (0, 700 % TILE) for b in bands)
    assert all(a.bottom == b.top for a, b in itertools.pairwise(bands))
    assert max(b.area for b in bands) <= 2 * 64 * 1024


def test_restoring_a_band_at_a_time_equals_restoring_at_once() -> None:
    mask = _scribbled()
    start = mask.image()
    mask.begin_edit()
    for i in range(40):  # short segments: many small tiles
        a, b = (950 - 23 * i, 10 + 7 * i), (950 - 23 * (i + 1), 10 + 7 * (i + 1))
        mask.stroke_segment(a, b, 20, erase=True)
    mask.rectangle((0, 400), (999, 699))  # and one big patch
    edit = mask.end_edit()
    assert edit is not None and len(edit.before) > 20
    after = mask.image()
    changed = list(mask.restore_in_bands(edit.before, band_bytes=32 * 1024))
    assert mask.image().tobytes() == start.tobytes()
    assert len(changed) > 5 and all(box.area <= 4 * 32 * 1024 for box in changed)
    list(mask.restore_in_bands(edit.after, band_bytes=32 * 1024))
    assert mask.image().tobytes() == after.tobytes()


def test_a_box_of_the_mask_exports_as_its_crop_would() -> None:
    mask = MaskModel(300, 200)
    mask.stroke_segment((0, 0), (300, 200), radius=30, hardness=0.5)
    box = (33, 7, 251, 200)
    expected = export_png(mask.image().crop(box))
    assert export_png(mask, box=box) == expected
    assert export_png(mask.image(), box=box) == expected
    with pytest.raises(ValueError, match="not inside"):
        export_png(mask, box=(0, 0, 300, 201))
