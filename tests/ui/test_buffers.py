"""Big pixel buffers: mapped, zeroed, alive while any copy is, and dropped on the reaper."""

from __future__ import annotations

import gc
import threading
import weakref

from PIL import Image
from PySide6.QtGui import QImage, qRgb

from studio.ui.buffers import MAPPED_FROM_BYTES, Reaper, mapped_qimage, reaper, retire

FORMAT = QImage.Format.Format_RGB32
EDGE = 1200  # 1200² × 4 bytes is over MAPPED_FROM_BYTES
assert EDGE * EDGE * 4 >= MAPPED_FROM_BYTES


def test_a_mapped_image_is_zeroed_writable_and_of_the_asked_size() -> None:
    image = mapped_qimage(EDGE, EDGE - 1, FORMAT)
    assert (image.width(), image.height(), image.format()) == (EDGE, EDGE - 1, FORMAT)
    assert image.bytesPerLine() == EDGE * 4
    assert bytes(image.constBits()).count(0) == image.sizeInBytes()
    image.setPixel(5, 7, qRgb(10, 20, 30))
    assert image.pixel(5, 7) == qRgb(10, 20, 30)


def test_indexed_rows_are_aligned_like_qt_own() -> None:
    image = mapped_qimage(2049, 2049, QImage.Format.Format_Indexed8)
    assert image.bytesPerLine() == QImage(2049, 1, QImage.Format.Format_Indexed8).bytesPerLine()


def test_a_small_image_is_a_plain_zeroed_one() -> None:
    held = reaper().held()
    image = mapped_qimage(16, 16, FORMAT)
    assert bytes(image.constBits()).count(0) == image.sizeInBytes()
    assert reaper().held() == held


def test_the_memory_lives_while_any_copy_does() -> None:
    image = mapped_qimage(EDGE, EDGE, FORMAT)
    image.setPixel(1, 1, qRgb(200, 100, 50))
    copy = QImage(image)  # Qt shares the pixels between copies
    del image
    gc.collect()
    reaper().reap()
    assert copy.pixel(1, 1) == qRgb(200, 100, 50)


def test_the_reaper_drops_only_what_nobody_else_holds() -> None:
    own = Reaper()  # its thread reaps too: only what is left after reap() is certain
    kept, dropped = Image.new("L", (8, 8)), Image.new("L", (8, 8))
    gone, stays = weakref.ref(dropped), weakref.ref(kept)
    own.adopt(kept)
    own.adopt(dropped)
    del dropped
    own.reap()
    assert gone() is None
    assert own.held() == 1 and stays() is kept  # ``kept`` is still referenced here
    del kept
    own.reap()
    assert own.held() == 0 and stays() is None


def test_retired_things_are_dropped_on_the_reaper_thread() -> None:
    where: list[str] = []
    finished = threading.Event()

    class Big:
        def __del__(self) -> None:
            where.append(threading.current_thread().name)
            finished.set()

    retire(Big(), None)
    assert finished.wait(10)
    assert where == ["reaper"]


def test_a_picture_copied_a_band_at_a_time_is_the_same_as_converted_at_once() -> None:
    from studio.core.imaging.bands import BAND_BYTES
    from studio.ui.canvas.loader import banded_display
    from studio.ui.imaging import display_image

    width, height = 613, 517  # several bands, an odd width
    assert width * height * 4 > 2 * BAND_BYTES
    noise = Image.effect_noise((width, height), 60)
    rgb = Image.merge(
        "RGB", (noise, noise.rotate(90), noise.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    )
    rgba = rgb.copy()
    rgba.putalpha(noise.point(lambda v: 1 + v // 2))  # the first pixel drawn is never clear
    for picture in (rgb, rgba):
        banded = banded_display(picture)
        whole = display_image(picture).convertToFormat(banded.format())
        assert (banded.width(), banded.height()) == (width, height)
        assert bytes(banded.constBits()) == bytes(whole.constBits())  # type: ignore[call-overload]
        assert drawn_alpha(banded) == drawn_alpha(whole) > 0


def drawn_alpha(image: QImage) -> int:
    """The alpha of the first pixel once ``image`` is drawn onto a premultiplied surface."""
    from PySide6.QtGui import QPainter

    surface = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    surface.fill(0)
    painter = QPainter(surface)
    painter.drawImage(0, 0, image)
    painter.end()
    return surface.pixel(0, 0) >> 24


def test_a_decoded_opaque_result_stays_opaque_on_a_premultiplied_surface() -> None:
    import io

    from studio.ui.jobs import decode

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 200, 30)).save(buffer, format="PNG")
    image = decode(buffer.getvalue())
    assert image.format() == QImage.Format.Format_RGB32
    assert image.pixel(5, 5) == qRgb(10, 200, 30)
    assert drawn_alpha(image) == 255  # Pillow's "BGRX" left 0 there: a transparent picture
