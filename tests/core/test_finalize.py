"""Finalize plans from the store: a masked draft's final keeps every unmasked pixel and the size."""

from __future__ import annotations

import io
from datetime import date

import numpy as np
import pytest
from PIL import Image

from studio.core.clock import Clock
from studio.core.events import Completed
from studio.core.finalize import (
    DraftNotFoundError,
    find_draft,
    load_draft,
    plan_final,
)
from studio.core.lifecycle import Lifecycle
from studio.core.providers import ProviderKind
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.runner import JobOptions, JobRunner
from studio.core.services import Services
from tests.core.conftest import mask_with_hole, photo, png_bytes

SIZE = (1600, 1067)
HOLE = (400, 300, 900, 700)


def finish(services: Services, request: ImageRequest, options: JobOptions) -> Completed:
    events = list(services.runner.run(request, options))
    done = events[-1]
    assert isinstance(done, Completed), done
    return done


def masked_draft(services: Services) -> tuple[Completed, Image.Image]:
    original = photo(SIZE)
    request = ImageRequest(
        "a red fox",
        ImageParams(size="1008x672", quality="low"),
        (InputImage(png_bytes(original), "photo.png"),),
        png_bytes(mask_with_hole(SIZE, HOLE)),
    )
    return finish(services, request, JobOptions(mode="draft", use_cache=False)), original


def changed_outside(result: bytes, original: Image.Image) -> tuple[int, int]:
    with Image.open(io.BytesIO(result)) as image:
        assert image.size == SIZE
        now = np.asarray(image.convert("RGB"))
    keep = np.ones((SIZE[1], SIZE[0]), dtype=bool)
    keep[HOLE[1] : HOLE[3], HOLE[0] : HOLE[2]] = False
    changed = (now != np.asarray(original)).any(axis=-1)
    return int((changed & keep).sum()), int((changed & ~keep).sum())


def test_a_masked_final_rerenders_the_mask_onto_the_original(services: Services) -> None:
    draft_done, original = masked_draft(services)
    assert draft_done.job_id is not None
    draft = load_draft(services.store, draft_done.job_id)
    assert draft.original is not None and draft.mask is not None
    assert draft.feather_px == 4.0, "the draft's seam is recorded with it"
    plan = plan_final(draft, services.catalog, "high")
    request = plan.request
    assert (request.params.quality, request.params.size, request.params.n) == (
        "high",
        "1584x1056",
        1,
    )
    assert request.images[0].data == draft_done.images[0], "the draft's composite is the input"
    assert request.mask == draft.mask
    assert plan.options.composite_base == draft.original.data
    assert plan.canvas_size == SIZE
    final = finish(services, request, plan.options)
    outside, inside = changed_outside(final.images[0], original)
    assert outside == 0 and inside > 0
    assert final.job_id is not None
    [base] = services.store.job_images(final.job_id, "base")
    assert services.store.image_bytes(base.sha256) == draft.original.data


def test_regenerate_sends_the_drafts_own_inputs_at_the_final_quality(
    services: Services,
) -> None:
    draft_done, _original = masked_draft(services)
    assert draft_done.job_id is not None
    draft = load_draft(services.store, draft_done.job_id)
    plan = plan_final(draft, services.catalog, "medium", "1536x1024", regenerate=True)
    assert plan.request.images == draft.inputs and plan.request.mask == draft.mask
    assert plan.request.params.size == "1536x1024"
    assert plan.options.composite_base is None  # composited onto its own first input


def test_an_unmasked_final_keeps_the_pictures_size(services: Services) -> None:
    original = photo(SIZE)
    request = ImageRequest(
        "warmer light",
        ImageParams(size="1008x672", quality="low"),
        (InputImage(png_bytes(original), "photo.png"),),
    )
    draft_done = finish(services, request, JobOptions(mode="draft"))
    assert draft_done.job_id is not None
    plan = plan_final(load_draft(services.store, draft_done.job_id), services.catalog, "high")
    assert plan.request.mask is None and plan.options.fit_size == SIZE
    final = finish(services, plan.request, plan.options)
    with Image.open(io.BytesIO(final.images[0])) as image:
        assert image.size == SIZE


def test_a_draft_is_found_by_its_file(services: Services, tmp_path) -> None:
    draft_done, _original = masked_draft(services)
    copy = tmp_path / "picked.png"
    copy.write_bytes(draft_done.images[0])
    assert find_draft(services.store, str(copy)) == (draft_done.job_id, 0)
    stranger = tmp_path / "other.png"
    stranger.write_bytes(png_bytes(photo((64, 64))))
    with pytest.raises(DraftNotFoundError):
        find_draft(services.store, str(stranger))
    with pytest.raises(DraftNotFoundError):
        find_draft(services.store, "nope")


def test_a_draft_on_a_since_retired_model_is_finalized_on_its_successor(
    services: Services,
) -> None:
    # The draft was made while gpt-image-1.5 was alive (the test emulator is on 2026-11-21).
    request = ImageRequest("a red fox", ImageParams(model="gpt-image-1.5", size="1024x1024"))
    then = Lifecycle(services.catalog, ProviderKind.OPENAI, Clock.on(date(2026, 11, 21)))
    runner = JobRunner(services.catalog, services.store, services.engine, then)
    done = list(runner.run(request, JobOptions(mode="draft", use_cache=False)))[-1]
    assert isinstance(done, Completed)
    draft = load_draft(services.store, done.job_id or "")
    after = Lifecycle(services.catalog, ProviderKind.OPENAI, Clock.on(date(2026, 12, 1)))
    plan = plan_final(draft, services.catalog, "high", lifecycle=after)
    assert plan.request.params.model == "gpt-image-2.6-sunburst"
    assert plan.request.params.quality == "high"
    assert plan.notice == "gpt-image-1.5 has been retired; the final uses gpt-image-2.6-sunburst."
    before = Lifecycle(services.catalog, ProviderKind.OPENAI, Clock.on(date(2026, 11, 30)))
    kept = plan_final(draft, services.catalog, "high", lifecycle=before)
    assert (kept.request.params.model, kept.notice) == ("gpt-image-1.5", None)
