"""Animated GIFs and SVG documents on screen: QSvgRenderer to QImage, QMovie players."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QMovie, QPainter
from PySide6.QtSvg import QSvgRenderer

MAX_SVG_EDGE = 2048  # an SVG is drawn at its own size, never larger than this
DEFAULT_SVG_EDGE = 1024  # for a document without a size
MAX_PLAYERS = 24


def is_svg(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<svg", b"<!--"))


def render_svg(data: bytes, max_edge: int = MAX_SVG_EDGE) -> QImage:
    """The document drawn on transparency at its size (fitted in ``max_edge``); null if broken.

    QSvgRenderer paints into a QImage, which is safe off the UI thread.
    """
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QImage()
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(DEFAULT_SVG_EDGE, DEFAULT_SVG_EDGE)
    if max(size.width(), size.height()) > max_edge:
        size = size.scaled(max_edge, max_edge, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def load_image(path: str, max_edge: int = MAX_SVG_EDGE) -> QImage:
    """A stored result as a QImage: an SVG rendered, a GIF's first frame, anything else read."""
    if path.lower().endswith(".svg"):
        try:
            return render_svg(Path(path).read_bytes(), max_edge)
        except OSError:
            return QImage()
    return QImage(path)


def is_animated(path: str | None) -> bool:
    """A GIF with more than one frame."""
    if not path or not path.lower().endswith(".gif"):
        return False
    reader = QImageReader(path)
    return reader.supportsAnimation() and reader.imageCount() > 1


class MoviePlayers(QObject):
    """QMovies of the animated results on screen, at most MAX_PLAYERS (least recent dropped).

    ``frame_changed`` says which path has a new frame, so a view repaints just that tile.
    """

    frame_changed = Signal(str)

    def __init__(self, scaled_to: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scaled_to = scaled_to
        self._movies: OrderedDict[str, QMovie] = OrderedDict()
        self._animated: dict[str, bool] = {}  # asked once per path: stored files never change

    def animated_frame(self, path: str | None) -> QImage | None:
        """The current frame when ``path`` is an animated GIF; None for anything else."""
        if not path:
            return None
        animated = self._animated.get(path)
        if animated is None:
            animated = self._animated[path] = is_animated(path)
        return self.frame(path) if animated else None

    def frame(self, path: str) -> QImage:
        """The current frame of ``path``'s animation (starting it if needed)."""
        movie = self._movies.get(path)
        if movie is None:
            movie = self._start(path)
        else:
            self._movies.move_to_end(path)
        return movie.currentImage()

    def movie(self, path: str) -> QMovie | None:
        return self._movies.get(path)

    def stop_all(self) -> None:
        for movie in self._movies.values():
            movie.stop()
            movie.deleteLater()
        self._movies.clear()

    def _start(self, path: str) -> QMovie:
        movie = QMovie(path, parent=self)
        movie.setObjectName(path)
        if self._scaled_to:
            size = QImageReader(path).size()
            if size.isValid():
                movie.setScaledSize(
                    size.scaled(
                        self._scaled_to, self._scaled_to, Qt.AspectRatioMode.KeepAspectRatio
                    )
                )
        movie.setCacheMode(QMovie.CacheMode.CacheAll)
        movie.frameChanged.connect(self._on_movie_frame_changed)
        self._movies[path] = movie
        while len(self._movies) > MAX_PLAYERS:
            _old, dropped = self._movies.popitem(last=False)
            dropped.stop()
            dropped.deleteLater()
        movie.start()
        return movie

    @Slot(int)
    def _on_movie_frame_changed(self, _frame: int) -> None:
        movie = self.sender()
        if isinstance(movie, QMovie):
            self.frame_changed.emit(movie.objectName())
