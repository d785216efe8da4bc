"""imaging.png: PNGs written a band of rows at a time decode to exactly the pixels given."""

from __future__ import annotations

import io
import zlib

import numpy as np
import pytest
from PIL import Image

from studio.core.imageio import png_bytes
from studio.core.imaging import png


def _pixels(mode: str, size: tuple[int, int], seed: int = 1) -> Image.Image:
    rng = np.random.default_rng(seed)
    channels = png.COLOUR_TYPES[mode][1]
    width, height = size
    smooth = (np.arange(width)[None, :] + np.arange(height)[:, None]) % 256
    noisy = smooth[:, :, None] + rng.integers(0, 40, (height, width, channels))
    array = (noisy % 256).astype(np.uint8)
    return Image.fromarray(array[:, :, 0] if channels == 1 else array, mode)


@pytest.mark.parametrize("mode", ["L", "LA", "RGB", "RGBA"])
@pytest.mark.parametrize("size", [(1, 1), (3, 200), (257, 65), (640, 129)])
def test_decodes_to_the_same_pixels(mode: str, size: tuple[int, int]) -> None:
    image = _pixels(mode, size)
    data = png.encode(image, level=1)
    decoded = Image.open(io.BytesIO(data))
    decoded.load()
    assert (decoded.format, decoded.mode, decoded.size) == ("PNG", mode, size)
    assert decoded.tobytes() == image.tobytes()
    Image.open(io.BytesIO(data)).verify()  # every chunk's checksum


def test_bands_of_any_height_give_the_same_bytes() -> None:
    image = _pixels("RGB", (300, 211))
    array = np.asarray(image)
    whole = png.encode_bands(image.size, "RGB", [array], level=6)
    for rows in (1, 7, 64, 210):
        bands = [array[top : top + rows] for top in range(0, 211, rows)]
        assert png.encode_bands(image.size, "RGB", bands, level=6) == whole
    flat = [array.reshape(211, -1)[top : top + 50] for top in range(0, 211, 50)]
    assert png.encode_bands(image.size, "RGB", flat, level=6) == whole
    assert png.encode(image, level=6) == whole


def test_a_reused_band_buffer_is_safe() -> None:
    image = _pixels("RGBA", (128, 100))
    array = np.asarray(image)
    buffer = np.empty((16, 128, 4), np.uint8)

    def bands():
        for top in range(0, 100, 16):
            band = buffer[: min(16, 100 - top)]
            band[:] = array[top : top + len(band)]
            yield band

    data = png.encode_bands(image.size, "RGBA", bands(), level=1, strategy=zlib.Z_RLE)
    assert Image.open(io.BytesIO(data)).tobytes() == image.tobytes()


def test_the_icc_profile_goes_along() -> None:
    image = _pixels("RGB", (16, 16))
    image.info["icc_profile"] = b"not really a profile, but bytes all the same" * 10
    decoded = Image.open(io.BytesIO(png.encode(image)))
    assert decoded.info["icc_profile"] == image.info["icc_profile"]


@pytest.mark.parametrize(
    ("bands", "message"),
    [
        ([np.zeros((10, 20, 3), np.uint8)], "10 rows for a 20x20"),
        ([np.zeros((25, 20, 3), np.uint8)], "more than 20 rows"),
        ([np.zeros((20, 21, 3), np.uint8)], "a band of"),
        ([np.zeros((20, 20, 4), np.uint8)], "a band of"),
    ],
)
def test_bands_that_do_not_make_the_picture_are_refused(bands, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        png.encode_bands((20, 20), "RGB", bands)


def test_modes_it_cannot_write_are_refused_and_png_bytes_falls_back_to_pillow() -> None:
    palette = Image.new("P", (8, 8), 3)
    with pytest.raises(ValueError, match="cannot write P pixels"):
        png.encode(palette)
    decoded = Image.open(io.BytesIO(png_bytes(palette)))
    assert decoded.mode == "P"
    assert decoded.convert("RGB").tobytes() == palette.convert("RGB").tobytes()


def test_png_bytes_writes_canvas_pictures_through_the_band_encoder() -> None:
    image = _pixels("RGBA", (90, 70))
    assert png_bytes(image, compress_level=1) == png.encode(image, level=1)


def test_text_goes_in_text_chunks() -> None:
    image = _pixels("RGB", (20, 10))
    decoded = Image.open(io.BytesIO(png.encode(image, text={"studio-focus": "abc 1 2 3 4"})))
    assert decoded.text == {"studio-focus": "abc 1 2 3 4"}
    with pytest.raises(ValueError, match="keyword"):
        png.encode(image, text={"": "empty keyword"})


def test_results_are_encoded_through_the_band_encoder() -> None:
    """imageinfo.encode (composited results, focus crops) writes canvas modes through it."""
    from studio.core.imageinfo import encode

    image = _pixels("RGB", (90, 70))
    assert encode(image, "png") == png.encode(image)
    palette = Image.new("P", (8, 8), 3)
    assert Image.open(io.BytesIO(encode(palette, "png"))).mode == "P"


def test_a_box_is_written_as_the_crop_would_be() -> None:
    image = _pixels("RGB", (300, 211))
    box = (17, 40, 290, 211)
    assert png.encode(image, box=box) == png.encode(image.crop(box))
    with pytest.raises(ValueError, match="not inside"):
        png.encode(image, box=(0, 0, 301, 10))
    with pytest.raises(ValueError, match="at least one pixel"):
        png.encode(image, box=(10, 10, 10, 20))


def test_the_stream_is_split_into_idat_chunks_of_about_a_megabyte() -> None:
    image = _pixels("RGB", (1024, 700), seed=5)  # noisy: several megabytes compressed
    data = png.encode(image, level=1)
    sizes, at = [], 8
    while at < len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        kind = data[at + 4 : at + 8]
        if kind == b"IDAT":
            sizes.append(length)
        at += 12 + length
    assert len(sizes) > 1 and all(size >= png.IDAT_BYTES for size in sizes[:-1])
    assert max(sizes) < 2 * png.IDAT_BYTES
    decoded = Image.open(io.BytesIO(data))
    assert decoded.tobytes() == image.tobytes()
    Image.open(io.BytesIO(data)).verify()


def _read(data: bytes) -> tuple[str, tuple[int, int], np.ndarray]:
    mode, size, bands = png.read_bands(data)
    parts = list(bands)
    assert [top for top, _rows in parts] == sorted({top for top, _rows in parts})
    return mode, size, np.concatenate([rows for _top, rows in parts])


@pytest.mark.parametrize("mode", ["L", "LA", "RGB", "RGBA"])
@pytest.mark.parametrize("size", [(1, 1), (257, 65), (700, 1300)])
def test_what_it_writes_it_reads_back_a_band_at_a_time(mode: str, size: tuple[int, int]) -> None:
    image = _pixels(mode, size)
    read_mode, read_size, rows = _read(png.encode(image, level=1))
    assert (read_mode, read_size) == (mode, size)
    assert rows.tobytes() == image.tobytes()
    if size == (700, 1300):
        assert len(list(png.read_bands(png.encode(image))[2])) > 1  # more than one band


def _hand_written(rows: np.ndarray, filters: list[int], colour_type: int = 6) -> bytes:
    """A PNG of ``rows`` (height, width * channels) with each row's filter (None or Up) given."""
    height, stride = rows.shape
    raw = bytearray()
    above = np.zeros(stride, np.uint8)
    for row, kind in zip(rows, filters, strict=True):
        raw.append(kind)
        raw += (row - above if kind == 2 else row).astype(np.uint8).tobytes()
        above = row
    channels = {0: 1, 4: 2, 2: 3, 6: 4}[colour_type]
    header = png.struct.pack(">IIBBBBB", stride // channels, height, 8, colour_type, 0, 0, 0)
    idat = png._chunk(b"IDAT", zlib.compress(bytes(raw)))
    return b"".join([png._SIGNATURE, png._chunk(b"IHDR", header), idat, png._chunk(b"IEND", b"")])


def test_rows_filtered_none_between_up_rows_are_read_too() -> None:
    rows = np.asarray(_pixels("RGBA", (90, 40))).reshape(40, -1)
    filters = [0 if i % 7 == 3 else 2 for i in range(40)]
    data = _hand_written(rows, filters)
    assert Image.open(io.BytesIO(data)).tobytes() == rows.tobytes()  # a valid PNG
    assert _read(data)[2].tobytes() == rows.tobytes()


def test_other_writers_pngs_are_left_to_pillow() -> None:
    image = _pixels("RGBA", (300, 200))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")  # Pillow chooses a filter per row: Sub, Paeth...
    with pytest.raises(png.NotOurs):
        _read(buffer.getvalue())
    for other in (image.convert("P"), image.convert("I;16"), image.convert("1")):
        buffer = io.BytesIO()
        other.save(buffer, format="PNG")
        with pytest.raises(png.NotOurs):
            png.read_bands(buffer.getvalue())
    with pytest.raises(png.NotOurs):
        png.read_bands(b"GIF89a" + bytes(40))


def test_a_damaged_or_cut_png_is_refused() -> None:
    data = png.encode(_pixels("RGBA", (120, 90)), level=1)
    with pytest.raises(ValueError, match="damaged"):
        png.read_bands(data[:40] + bytes([data[40] ^ 1]) + data[41:])
    idat = data.index(b"IDAT") - 4
    (length,) = png.struct.unpack(">I", data[idat : idat + 4])
    cut = png._chunk(b"IDAT", data[idat + 8 : idat + 8 + length // 2])
    with pytest.raises(ValueError, match="cut short"):
        _read(data[:idat] + cut + png._chunk(b"IEND", b""))
