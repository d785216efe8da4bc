"""Identical requests are served from the store at $0 without any HTTP request."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from studio.core.cache import fingerprint
from studio.core.events import Completed, ImageReady, JobStarted
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.emulator.server import EmulatorServer
from tests.core.conftest import kinds, mask_with_hole, photo, png_bytes

IMAGE = png_bytes(photo((512, 512)))
MASK = png_bytes(mask_with_hole((512, 512), (50, 50, 150, 150)))
BASE = ImageRequest("a red fox", ImageParams(size="1024x640", quality="low"), stream=False)
EDIT = ImageRequest(
    "add a moon",
    ImageParams(size="1024x640", quality="low"),
    (InputImage(IMAGE),),
    MASK,
    stream=False,
)


def params(request: ImageRequest, **changes: object) -> ImageRequest:
    return dataclasses.replace(request, params=dataclasses.replace(request.params, **changes))


def run(services: Services, request: ImageRequest, **options: object) -> list:
    return list(services.runner.run(request, JobOptions(**options)))  # type: ignore[arg-type]


def test_identical_request_is_cached_at_zero_cost_without_http(
    services: Services, emulator: EmulatorServer
) -> None:
    first = run(services, BASE)
    assert kinds(first) == ["JobStarted", "ImageReady", "Completed"]
    paid = first[-1]
    assert not paid.cached and paid.cost_usd > 0
    assert len(emulator.requests) == 1

    second = run(services, BASE)
    assert kinds(second) == ["JobStarted", "ImageReady", "Completed"]
    started, ready, done = second
    assert started == JobStarted(started.job_id, 0.0, cached=True)
    assert isinstance(ready, ImageReady) and ready.data == paid.images[0]
    assert isinstance(done, Completed)
    assert (done.cached, done.cost_usd) == (True, 0.0)
    assert done.images == paid.images
    assert done.paths == paid.paths
    assert len(emulator.requests) == 1  # nothing reached the emulator

    record = services.store.job(done.job_id)
    assert (record.cached, record.cost_usd, record.status) == (True, 0.0, "completed")
    assert services.store.total_cost() == pytest.approx(paid.cost_usd)


def test_a_cached_edit_with_mask(services: Services, emulator: EmulatorServer) -> None:
    paid = run(services, EDIT)[-1]
    again = run(services, EDIT)[-1]
    assert (again.cached, again.cost_usd) == (True, 0.0)
    assert again.images == paid.images
    assert len(emulator.requests) == 1


def test_no_cache_option_bypasses_the_cache(services: Services, emulator: EmulatorServer) -> None:
    run(services, BASE)
    bypass = run(services, BASE, use_cache=False)[-1]
    assert not bypass.cached and bypass.cost_usd > 0
    assert len(emulator.requests) == 2


def test_a_change_of_prompt_or_param_misses(services: Services, emulator: EmulatorServer) -> None:
    run(services, BASE)
    changed = [
        dataclasses.replace(BASE, prompt="a red fox "),
        params(BASE, quality="medium"),
        params(BASE, output_format="webp"),
    ]
    for request in changed:
        assert not run(services, request)[-1].cached
    assert len(emulator.requests) == 1 + len(changed)


def test_a_change_of_image_or_mask_bytes_misses(
    services: Services, emulator: EmulatorServer
) -> None:
    run(services, EDIT)
    other_image = png_bytes(photo((512, 512), seed=7))
    other_mask = png_bytes(mask_with_hole((512, 512), (50, 50, 151, 150)))
    for request in (
        dataclasses.replace(EDIT, images=(InputImage(other_image),)),
        dataclasses.replace(EDIT, mask=other_mask),
    ):
        assert not run(services, request)[-1].cached
    assert len(emulator.requests) == 3


def test_failed_jobs_are_not_cached(services: Services, emulator: EmulatorServer) -> None:
    from studio.emulator.server import Fault

    emulator.inject(Fault(kind="server_error"))
    assert kinds(run(services, BASE)) == ["JobStarted", "Failed"]
    assert not run(services, BASE)[-1].cached
    assert len(emulator.requests) == 2


def test_a_deleted_output_file_is_a_miss(services: Services, emulator: EmulatorServer) -> None:
    paid = run(services, BASE)[-1]
    Path(paid.paths[0]).unlink()
    again = run(services, BASE)[-1]
    assert not again.cached
    assert Path(again.paths[0]).is_file()
    assert len(emulator.requests) == 2


# --- the fingerprint itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"model": "gpt-image-2.5-flare"},
        {"size": "1536x1024"},
        {"quality": "high"},
        {"n": 2},
        {"background": "opaque"},
        {"output_format": "jpeg"},
        {"output_compression": 80},
        {"moderation": "low"},
        {"input_fidelity": "high"},
        {"partial_images": 2},
        {"complexity": "low"},
    ],
)
def test_every_parameter_is_in_the_fingerprint(change: dict[str, object]) -> None:
    assert fingerprint(params(EDIT, **change)) != fingerprint(EDIT)


def test_prompt_image_mask_and_markup_are_in_the_fingerprint() -> None:
    key = fingerprint(EDIT)
    assert fingerprint(dataclasses.replace(EDIT, prompt="add a Moon")) != key
    assert fingerprint(dataclasses.replace(EDIT, images=(InputImage(IMAGE + b"\0"),))) != key
    assert fingerprint(dataclasses.replace(EDIT, mask=MASK + b"\0")) != key
    assert fingerprint(dataclasses.replace(EDIT, mask=None)) != key
    assert fingerprint(dataclasses.replace(EDIT, markup=MASK)) != key
    two = dataclasses.replace(EDIT, images=(InputImage(IMAGE), InputImage(MASK)))
    swapped = dataclasses.replace(EDIT, images=(InputImage(MASK), InputImage(IMAGE)))
    assert fingerprint(two) != fingerprint(swapped)


def test_fingerprint_ignores_what_does_not_change_the_result() -> None:
    key = fingerprint(EDIT)
    assert fingerprint(dataclasses.replace(EDIT, stream=True)) == key
    renamed = dataclasses.replace(EDIT, images=(InputImage(IMAGE, "other-name.png"),))
    assert fingerprint(renamed) == key
    alias = params(EDIT, model="gpt-image-2-2026-04-21")
    assert fingerprint(alias, "gpt-image-2") == fingerprint(EDIT, "gpt-image-2")


def test_the_key_covers_provider_endpoint_deployment_and_compositing() -> None:
    from studio.core.cache import Delivery, provider_identity
    from studio.core.providers import Provider, ProviderKind

    def key(provider: Provider, feather: float | None = 4.0, request: ImageRequest = EDIT) -> str:
        return fingerprint(request, "gpt-image-2", Delivery.of(provider, "gpt-image-2", feather))

    emulator = Provider.emulator("http://127.0.0.1:1111/v1")
    compatible = Provider(ProviderKind.COMPATIBLE, base_url="https://a.example/v1")
    azure = Provider(ProviderKind.AZURE, azure_endpoint="https://x.openai.azure.com")
    keys = {
        key(emulator),
        key(compatible),
        key(Provider(ProviderKind.COMPATIBLE, base_url="https://b.example/v1")),
        key(azure),
        key(dataclasses.replace(azure, deployments=(("gpt-image-2", "prod-images"),))),
        key(emulator, feather=None),
        key(emulator, feather=12.0),
    }
    assert len(keys) == 7
    # The emulator's port changes every run; its images do not.
    assert key(Provider.emulator("http://127.0.0.1:2222/v1")) == key(emulator)
    assert provider_identity(emulator, "gpt-image-2") == "emulator"
    # Compositing only matters when there is a mask to composite through.
    assert key(emulator, None, BASE) == key(emulator, 12.0, BASE)


def test_a_row_keyed_the_old_way_is_never_served(
    services: Services, emulator: EmulatorServer
) -> None:
    import hashlib
    import json

    paid = run(services, BASE)[-1]
    p = BASE.params
    old_payload = {  # version 1: no provider, no compositing
        "v": 1,
        "model": "gpt-image-2",
        "prompt": BASE.prompt,
        "params": p.api_fields(edit=False) | {"partial_images": 0, "model": "gpt-image-2"},
        "images": [],
        "mask": None,
        "markup": None,
    }
    old_key = hashlib.sha256(
        json.dumps(old_payload, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    with services.store.db.conn:
        services.store.db.execute(
            "UPDATE jobs SET fingerprint = ? WHERE id = ?", [old_key, paid.job_id]
        )
    again = run(services, BASE)[-1]
    assert again.cached is False
    assert len(emulator.requests) == 2
