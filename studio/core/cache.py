"""Identical requests are answered from the store for $0: the fingerprint and the lookup."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from studio.core.requests import ImageRequest
from studio.core.store import ImageRef, Store

FINGERPRINT_VERSION = 1


def fingerprint(request: ImageRequest, model_id: str | None = None) -> str:
    """sha256 over model, prompt, every parameter, input image bytes and mask bytes.

    ``model_id`` is the canonical id, so a snapshot alias and its model share cache entries.
    """
    p = request.params
    model = model_id or p.model
    params = p.api_fields(edit=request.is_edit) | {"partial_images": p.partial_images}
    params["model"] = model
    payload = {
        "v": FINGERPRINT_VERSION,
        "model": model,
        "prompt": request.prompt,
        "params": params,
        "images": [img.sha256 for img in request.images],
        "mask": _sha(request.mask),
        "markup": _sha(request.markup),
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _sha(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if data is not None else None


@dataclass(frozen=True)
class CacheHit:
    """A stored, paid result for an identical request."""

    job_id: str
    outputs: tuple[ImageRef, ...]


class ResultCache:
    """Looks up identical earlier requests in the store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def lookup(self, request: ImageRequest, key: str) -> CacheHit | None:
        job_id = self._store.find_completed(key, request.params.n)
        if job_id is None:
            return None
        return CacheHit(job_id, tuple(self._store.job_images(job_id, "output")))
