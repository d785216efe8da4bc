"""Identical requests are answered from the store for $0: the fingerprint and the lookup."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageRequest
from studio.core.store import ImageRef, Store

# 2: the provider, its endpoint and the compositing of masked edits joined the key. Rows made
# under version 1 never match a version-2 key, so they cannot serve a wrong image.
FINGERPRINT_VERSION = 2
_LOOKUP_TRIES = 5


@dataclass(frozen=True)
class Delivery:
    """What besides the request decides the bytes delivered: where it goes, how it is finished."""

    provider: str = "emulator"
    composite_feather_px: float | None = None  # None: the API's output as it is
    composite_base: str | None = None  # sha256 of the picture composited onto, if not image 1
    fit_size: tuple[int, int] | None = None  # an unmasked output resized to the picture's size
    landing: str | None = None  # unblended, focused or extended: how a masked result lands

    @classmethod
    def of(cls, provider: Provider, model: str, feather_px: float | None) -> Delivery:
        return cls(provider_identity(provider, model), feather_px)


def provider_identity(provider: Provider, model: str) -> str:
    """Kind and endpoint (and Azure deployment); the emulator is one deterministic provider."""
    if provider.kind is ProviderKind.EMULATOR:
        return "emulator"  # its port changes every run; its images do not
    identity = f"{provider.kind.value}|{provider.url()}"
    if provider.kind is ProviderKind.AZURE:
        identity += f"|{provider.deployment_for(model)}|{provider.api_version}"
    return identity


def fingerprint(
    request: ImageRequest, model_id: str | None = None, delivery: Delivery | None = None
) -> str:
    """sha256 over provider, model, prompt, every parameter, input and mask bytes, compositing.

    ``model_id`` is the canonical id, so a snapshot alias and its model share cache entries.
    """
    delivery = delivery or Delivery()
    p = request.params
    model = model_id or p.model
    params = p.api_fields(edit=request.is_edit) | {"partial_images": p.partial_images}
    params["model"] = model
    masked = request.mask is not None
    params.pop("safety_identifier", None)  # who asks does not change the picture
    payload = {
        "v": FINGERPRINT_VERSION,
        "provider": delivery.provider,
        "composite": delivery.composite_feather_px if masked else None,
        "composite_base": delivery.composite_base if masked else None,
        "fit": list(delivery.fit_size) if delivery.fit_size and not masked else None,
        "model": model,
        "prompt": request.prompt,
        "params": params,
        "images": [img.sha256 for img in request.images],
        "mask": _sha(request.mask),
        "markup": _sha(request.markup),
    }
    if masked and delivery.landing:  # only when set: the keys of default edits stay the same
        payload["landing"] = delivery.landing
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _sha(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if data is not None else None


@dataclass(frozen=True)
class CacheHit:
    """A stored, paid result for an identical request, its files checked against their hash."""

    job_id: str
    outputs: tuple[ImageRef, ...]
    images: tuple[bytes, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Lookup:
    """A hit or a miss, with a sentence for each stored file found damaged and set aside."""

    hit: CacheHit | None
    notes: tuple[str, ...] = ()


class ResultCache:
    """Looks up identical earlier requests in the store; never serves a damaged file."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def lookup(self, request: ImageRequest, key: str) -> Lookup:
        notes: list[str] = []
        seen: set[str] = set()
        for _ in range(_LOOKUP_TRIES):
            job_id = self._store.find_completed(key, request.params.n)
            if job_id is None or job_id in seen:  # an unreadable file is not found again
                break
            seen.add(job_id)
            outputs = tuple(self._store.job_images(job_id, "output"))
            images, damaged = self._verified(outputs)
            if not damaged:
                return Lookup(CacheHit(job_id, outputs, images), tuple(notes))
            notes += damaged
        return Lookup(None, tuple(notes))

    def _verified(self, outputs: tuple[ImageRef, ...]) -> tuple[tuple[bytes, ...], list[str]]:
        images, damaged = [], []
        for ref in outputs:
            path = self._store.image_path(ref)
            try:
                data = path.read_bytes()
            except OSError as exc:
                damaged.append(f"A stored image could not be read ({exc.strerror}); sending again.")
                continue
            if hashlib.sha256(data).hexdigest() == ref.sha256:
                images.append(data)
                continue
            moved = self._store.quarantine(ref)
            damaged.append(
                f"The stored image {path.name} was damaged on disk and was moved to {moved}; "
                "the request is sent again instead of served from the cache."
            )
        return tuple(images), damaged
