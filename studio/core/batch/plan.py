"""A designer's intent as batch requests: a prompt × variations, pictures × one edit, sizes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from studio.core.requests import ImageRequest, InputImage

SizeFor = Callable[[InputImage], str]


def expand(
    base: ImageRequest,
    *,
    pictures: Sequence[InputImage] = (),
    sizes: Sequence[str] = (),
    variations: int = 1,
    size_for: SizeFor | None = None,
) -> list[ImageRequest]:
    """Every request of the batch: each picture (or the base request's own images) × each
    size (or the base size, or ``size_for(picture)`` when given) × ``variations`` copies.

    Each picture is edited on its own, with the base request's other inputs (references) and
    its mask; a copy is a separate request so each result has its own job and lineage.
    """
    if variations < 1:
        raise ValueError("variations must be at least 1")
    sources: list[ImageRequest] = [
        replace(base, images=(picture, *base.images[1:])) for picture in pictures
    ] or [base]
    requests: list[ImageRequest] = []
    for source in sources:
        source_sizes = list(sizes) or [_default_size(source, size_for)]
        for size in source_sizes:
            sized = replace(source, params=replace(source.params, size=size))
            requests.extend([sized] * variations)
    return requests


def _default_size(request: ImageRequest, size_for: SizeFor | None) -> str:
    if size_for is not None and request.images:
        return size_for(request.images[0])
    return request.params.size


def parse_sizes(text: str) -> list[str]:
    """``"1024x1024, 1536x1024"`` → the sizes, in order, without repeats."""
    sizes: list[str] = []
    for part in text.replace(";", ",").split(","):
        size = part.strip().lower()
        if size and size not in sizes:
            sizes.append(size)
    return sizes
