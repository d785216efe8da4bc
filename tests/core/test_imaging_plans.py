"""Imaging plans: sizes a region is sent at, focus crops and canvas extension, exact numbers."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from studio.core.catalog import Catalog, SizeRules
from studio.core.imaging.extend import (
    border_mask,
    extended_canvas,
    parse_aspect,
    plan_aspect,
    plan_sides,
    request_mask,
    without_overlap,
)
from studio.core.imaging.focus import cheapest_window, moved, plan_focus, region_scale
from studio.core.imaging.sizes import allowed, send_size
from studio.core.tokens import formula_tokens

FIXED = [(1024, 1024), (1536, 1024), (1024, 1536)]


@pytest.fixture
def rules(catalog: Catalog) -> SizeRules:
    return catalog.size_rules


def test_a_small_region_is_sent_at_the_fewest_allowed_pixels_in_its_shape(rules: SizeRules) -> None:
    assert send_size(656, 561, rules, None) == (880, 752)
    assert allowed((880, 752), rules) and rules.min_pixels <= 880 * 752


def test_a_region_within_the_rules_is_sent_at_its_own_size_on_the_grid(rules: SizeRules) -> None:
    assert send_size(1200, 800, rules, None) == (1200, 800)
    assert send_size(1203, 797, rules, None) == (1200, 800)


def test_a_large_region_is_sent_at_the_largest_standard_size(rules: SizeRules) -> None:
    width, height = send_size(6000, 4000, rules, None)
    assert (width, height) == (2304, 1536)  # 3:2 exactly: it is resized back onto the photo
    assert width * height <= rules.experimental_pixels


def test_fixed_sizes_take_the_closest_shape(rules: SizeRules) -> None:
    assert send_size(600, 400, rules, FIXED) == (1536, 1024)
    assert send_size(300, 900, rules, FIXED) == (1024, 1536)
    assert send_size(500, 510, rules, FIXED) == (1024, 1024)


def test_focus_crop_of_a_small_mask_on_a_large_photo(rules: SizeRules) -> None:
    plan = plan_focus((6000, 4000), (2800, 1850, 3200, 2150), 128, rules)
    assert plan.box == (2672, 1720, 3328, 2281)
    assert plan.sent == (880, 752)
    left, top, right, bottom = plan.box
    assert left <= 2800 - 128 and top <= 1850 - 128 and right >= 3328 and bottom >= 2150 + 128
    assert plan.worthwhile
    assert plan.scale == pytest.approx(880 / 656)
    assert plan.scale > 3 * region_scale((6000, 4000), (2304, 1536))


def test_focus_with_a_cost_sends_the_crop_pixel_for_pixel_at_the_cheapest_size(
    rules: SizeRules,
) -> None:
    def cost(width: int, height: int) -> float:
        return formula_tokens(96, width, height)

    plan = plan_focus((6000, 4000), (2800, 1850, 3200, 2150), 128, rules, cost=cost)
    assert plan.sent == plan.crop_size == (1664, 560) and plan.scale == 1.0
    assert plan.box == (2168, 1720, 3832, 2280)
    assert cost(*plan.sent) == 2252 < cost(880, 752) == 5239 < cost(2304, 1536) == 8508


def test_cheapest_window_holds_the_crop_and_stays_in_the_picture(rules: SizeRules) -> None:
    def area(width: int, height: int) -> float:
        return width * height

    assert cheapest_window((700, 900), (5000, 5000), rules, area) == (720, 912)
    assert cheapest_window((700, 900), (720, 700), rules, area) is None


def test_cheapest_window_looks_only_at_sizes_within_its_pixel_limit(rules: SizeRules) -> None:
    """The same choice as walking every size on the grid (65,000 of them on a 4096² picture)."""

    def everything(needed: tuple[int, int], image: tuple[int, int], cost) -> tuple | None:
        step = rules.multiple_of
        limit_w = min(image[0], rules.max_edge) // step * step
        limit_h = min(image[1], rules.max_edge) // step * step
        floor = max(rules.min_pixels, needed[0] * needed[1])
        best = None
        for w in range(-(-needed[0] // step) * step, limit_w + 1, step):
            for h in range(-(-needed[1] // step) * step, limit_h + 1, step):
                if w * h > min(2 * floor, rules.experimental_pixels) or not allowed((w, h), rules):
                    continue
                key = (cost(w, h), w * h, (w, h))
                best = key if best is None or key < best else best
        return best[2] if best else None

    def tokens(width: int, height: int) -> float:
        return formula_tokens(96, width, height)

    for needed, image in [
        ((2080, 2080), (4096, 4096)),
        ((700, 900), (5000, 5000)),
        ((1600, 300), (6000, 4000)),
        ((300, 2500), (3000, 3000)),
        ((4000, 4000), (4096, 4096)),
    ]:
        assert cheapest_window(needed, image, rules, tokens) == everything(needed, image, tokens)


def test_focus_crop_stays_inside_the_picture_at_a_corner(rules: SizeRules) -> None:
    plan = plan_focus((3000, 2000), (0, 0, 100, 80), 64, rules)
    left, top, right, bottom = plan.box
    assert left == 0 and top == 0 and right <= 3000 and bottom <= 2000
    assert right >= 164 and bottom >= 144
    assert (right - left) / (bottom - top) == pytest.approx(plan.sent[0] / plan.sent[1], abs=0.01)


def test_focus_crop_of_a_thin_mask_is_widened_to_an_allowed_shape(rules: SizeRules) -> None:
    plan = plan_focus((4000, 4000), (100, 2000, 3900, 2010), 10, rules)
    width, height = plan.crop_size
    assert width / height <= 3.0 + 0.01
    assert allowed(plan.sent, rules)


def test_a_mask_covering_most_of_the_picture_is_not_worth_focusing(rules: SizeRules) -> None:
    assert not plan_focus((1200, 800), (100, 100, 1100, 700), 64, rules).worthwhile


def test_extend_sides_on_a_grid_canvas_sends_exactly_the_canvas(rules: SizeRules) -> None:
    plan = plan_sides((1024, 768), (256, 0, 256, 0), rules)
    assert (plan.left, plan.top, plan.right, plan.bottom) == (256, 0, 256, 0)
    assert plan.canvas_size == plan.sent == (1536, 768)


def test_extend_sides_snaps_the_canvas_up_to_the_grid(rules: SizeRules) -> None:
    plan = plan_sides((1000, 700), (200, 0, 200, 0), rules)
    assert plan.canvas_size == plan.sent == (1408, 704)
    assert (plan.left, plan.right) == (204, 204)


def test_extend_to_an_aspect_adds_the_fewest_pixels_evenly(rules: SizeRules) -> None:
    plan = plan_aspect((1024, 1024), parse_aspect("16:9"), rules)
    assert plan.top == plan.bottom == 0 and abs(plan.left - plan.right) <= 16
    width, height = plan.canvas_size
    assert width / height == pytest.approx(16 / 9, abs=0.01)
    assert allowed(plan.sent, rules) and plan.sent == plan.canvas_size


def test_extend_a_large_photo_keeps_its_resolution_and_sends_an_allowed_size(
    rules: SizeRules,
) -> None:
    plan = plan_aspect((6000, 4000), 16 / 9, rules)
    assert plan.canvas_size == (7111, 4000) and plan.sent == (2560, 1440)


def test_extend_clamps_the_aspect_to_the_rules(rules: SizeRules) -> None:
    plan = plan_aspect((1000, 700), 5.0, rules)
    width, height = plan.sent
    assert width <= 3 * height and allowed(plan.sent, rules)


def test_extend_for_a_fixed_size_model_takes_that_shape(rules: SizeRules) -> None:
    plan = plan_aspect((1000, 700), 16 / 9, rules, FIXED)
    assert plan.sent == (1536, 1024)
    width, height = plan.canvas_size
    assert width / height == pytest.approx(1.5, abs=0.002)


def test_parse_aspect() -> None:
    assert parse_aspect("16:9") == pytest.approx(16 / 9)
    assert parse_aspect("3x1") == 3.0 and parse_aspect("1.5") == 1.5
    with pytest.raises(ValueError):
        parse_aspect("wide")
    with pytest.raises(ValueError):
        parse_aspect("0:1")


def test_extended_canvas_and_masks(rules: SizeRules) -> None:
    plan = plan_sides((64, 48), (16, 0, 0, 8), rules, overlap=4)
    picture = Image.new("RGB", (64, 48), (10, 20, 30))
    canvas = np.asarray(extended_canvas(picture, plan))
    assert canvas.shape[:2] == (plan.canvas_size[1], plan.canvas_size[0])
    left, top, right, bottom = plan.original_box
    assert (canvas[top:bottom, left:right] == (10, 20, 30, 255)).all()
    assert canvas[:, :left, 3].max() == 0 and canvas[bottom:, :, 3].max() == 0
    border = np.asarray(border_mask(plan))
    sent = np.asarray(request_mask(plan))
    assert border[top:bottom, left:right].max() == 0 and border[:, :left].min() == 255
    # The sent mask reaches 4 pixels into the extended sides (left, bottom) only.
    assert sent[top : bottom - 4, left + 4 : right].max() == 0
    assert sent[top:bottom, left : left + 4].min() == 255
    assert sent[bottom - 4 : bottom, left:right].min() == 255
    if plan.right == 0:
        assert sent[top : bottom - 4, right - 1].max() == 0


def test_without_overlap_clears_only_the_band(rules: SizeRules) -> None:
    plan = plan_sides((64, 48), (16, 0, 0, 0), rules, overlap=4)
    coverage = request_mask(plan).copy()
    left, top, _right, bottom = plan.original_box
    coverage.paste(255, (left + 20, top + 10, left + 30, top + 20))  # painted inside the picture
    kept = np.asarray(without_overlap(coverage, plan))
    assert kept[:, :left].min() == 255  # the border
    assert kept[top:bottom, left : left + 4].max() == 0  # the band
    assert kept[top + 10 : top + 20, left + 20 : left + 30].min() == 255
    assert int((kept > 0).sum()) == left * plan.canvas_size[1] + 100


def test_a_moved_focus_box_stays_in_the_picture_and_around_the_mask(rules: SizeRules) -> None:
    plan = plan_focus((6000, 4000), (2800, 1850, 3200, 2150), 128, rules)
    mask_box = (2800, 1850, 3200, 2150)
    assert moved(plan, 50, -20, mask_box).box == (2722, 1700, 3378, 2261)
    far = moved(plan, 10_000, 10_000, mask_box)
    assert far.box[0] == 2800 and far.box[1] == 1850 and far.sent == plan.sent
    back = moved(plan, -10_000, -10_000, mask_box)
    assert back.box[2] == 3200 and back.box[3] == 2150
