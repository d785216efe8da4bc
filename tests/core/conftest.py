"""Core test fixtures: a running emulator, core services wired to it, and image helpers."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from studio.core.catalog import Catalog
from studio.core.engine import Engine
from studio.core.providers import Provider, ProviderKind
from studio.core.services import Services, build_services
from studio.emulator.server import EmulatorServer

# Shaped like a real key so the redaction pattern would also catch it; never a real one.
KEY = "sk-test-Zq8vN3xLp0rT5yWm2KcB7dHfQ9sJ4gUe"
TODAY = date(2026, 11, 21)
_EXIF_ORIENTATION = 0x0112
_TILE = 251  # prime, so the stripe pattern does not repeat on power-of-two grids


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    """A started emulator on 127.0.0.1 with no artificial delays."""
    with EmulatorServer(port=0, partial_delay=0.0, today=TODAY) as server:
        yield server


@pytest.fixture
def provider(emulator: EmulatorServer) -> Provider:
    return Provider(ProviderKind.EMULATOR, base_url=emulator.base_url)


@pytest.fixture
def services(provider: Provider) -> Iterator[Services]:
    """Catalog, store (in tmp), secrets, engine and runner, talking to the emulator."""
    built = build_services(provider=provider, api_key=KEY)
    try:
        yield built
    finally:
        built.close()


@pytest.fixture
def engine(provider: Provider) -> Iterator[Engine]:
    made = Engine(provider, lambda: KEY)
    try:
        yield made
    finally:
        made.close()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The shipped model table (no user price overrides)."""
    return Catalog.load(prices=Path("/nonexistent/prices.toml"))


def kinds(events: Iterable[object]) -> list[str]:
    """The class names of a sequence of events, for asserting event sequences."""
    return [type(event).__name__ for event in events]


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def photo(size: tuple[int, int] = (512, 512), seed: int = 0) -> Image.Image:
    """A deterministic RGB picture with detail everywhere, so any change is visible."""
    gradient = Image.linear_gradient("L").resize(size)
    other = gradient.transpose(Image.Transpose.ROTATE_90).resize(size)
    return Image.merge("RGB", (gradient, other, _stripes(size, seed)))


def _stripes(size: tuple[int, int], seed: int) -> Image.Image:
    tile = Image.new("L", (_TILE, _TILE))
    tile.putdata([(x * 7 + y * 13 + seed * 31) % 251 for y in range(_TILE) for x in range(_TILE)])
    stripes = Image.new("L", size)
    for top in range(0, size[1], _TILE):
        for left in range(0, size[0], _TILE):
            stripes.paste(tile, (left, top))
    return stripes


def mask_with_hole(size: tuple[int, int], hole: tuple[int, int, int, int]) -> Image.Image:
    """The API's mask: opaque everywhere except ``hole`` (alpha 0 = the area to edit)."""
    mask = Image.new("RGBA", size, (0, 0, 0, 255))
    mask.paste((0, 0, 0, 0), hole)
    return mask


def jpeg_with_orientation(size: tuple[int, int], orientation: int) -> bytes:
    """A JPEG stored at ``size`` whose EXIF orientation tag rotates it on display."""
    exif = Image.Exif()
    exif[_EXIF_ORIENTATION] = orientation
    buffer = io.BytesIO()
    photo(size).save(buffer, "JPEG", quality=90, exif=exif.tobytes())
    return buffer.getvalue()
