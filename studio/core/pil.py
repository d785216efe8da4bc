"""Pillow's modules for all of Studio, each imported the first time it is used, and configured.

``from studio.core.pil import Image`` gives an object that stands for ``PIL.Image``: reading any
of its names imports the real module (once, from whichever thread asks first) and answers from
it. The window's first frame draws the canvas and its tools without a pixel, and Pillow (about
20 modules, 17-19 ms of imports on this project's machine) came in with them (issue 18:
benchmarks/startup.py).

Studio's own pixel limit is set here, before any of Studio's code can open an image: every
module reaches Pillow through this one.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

# Studio checks the declared size itself before any decode (studio.core.imageinfo), up to this
# many pixels (12000×12000); Pillow's own guard would otherwise warn from 89 MP, below that.
MAX_INPUT_PIXELS = 144_000_000

_LOCK = threading.Lock()


def _allow_large_inputs(module: Any) -> None:
    """PIL.Image's decompression-bomb limit raised to Studio's own."""
    limit = module.MAX_IMAGE_PIXELS
    if limit is not None and limit < MAX_INPUT_PIXELS:
        module.MAX_IMAGE_PIXELS = MAX_INPUT_PIXELS


class LazyModule(ModuleType):
    """Stands for the module ``name``, imported when a name is first read and then given to
    ``configure`` before anyone uses it."""

    def __init__(self, name: str, configure: Callable[[Any], None] | None = None) -> None:
        super().__init__(name)
        self.__dict__["_module"] = None
        self.__dict__["_configure"] = configure

    def loaded(self) -> ModuleType:
        """The real module, imported (and configured) now if it was not yet."""
        module: ModuleType | None = self.__dict__["_module"]
        if module is None:
            with _LOCK:  # configured once, before any thread uses it
                module = self.__dict__["_module"]
                if module is None:
                    module = importlib.import_module(self.__name__)
                    configure = self.__dict__["_configure"]
                    if configure is not None:
                        configure(module)
                    self.__dict__["_module"] = module
        return module

    def __getattr__(self, name: str) -> Any:
        return getattr(self.loaded(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.loaded(), name, value)

    def __dir__(self) -> list[str]:
        return dir(self.loaded())

    def __repr__(self) -> str:
        state = "imported" if self.__dict__["_module"] is not None else "not imported yet"
        return f"<lazy module {self.__name__!r}, {state}>"


if TYPE_CHECKING:
    from PIL import Image as Image
    from PIL import ImageChops as ImageChops
    from PIL import ImageDraw as ImageDraw
    from PIL import ImageFilter as ImageFilter
    from PIL import ImageFont as ImageFont
    from PIL import ImageMath as ImageMath
    from PIL import ImageOps as ImageOps
else:
    Image = LazyModule("PIL.Image", _allow_large_inputs)
    ImageChops = LazyModule("PIL.ImageChops")
    ImageDraw = LazyModule("PIL.ImageDraw")
    ImageFilter = LazyModule("PIL.ImageFilter")
    ImageFont = LazyModule("PIL.ImageFont")
    ImageMath = LazyModule("PIL.ImageMath")
    ImageOps = LazyModule("PIL.ImageOps")


def import_all() -> None:
    """Import (and configure) now every one of Pillow's modules Studio uses.

    Start-up's second phase does, on a pool thread once the first frame is drawn: a module
    first used by a job would be imported on its thread, holding the GIL, while the window
    waits for it.
    """
    if not TYPE_CHECKING:
        for module in (Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageMath, ImageOps):
            module.loaded()


__all__ = [
    "MAX_INPUT_PIXELS",
    "Image",
    "ImageChops",
    "ImageDraw",
    "ImageFilter",
    "ImageFont",
    "ImageMath",
    "ImageOps",
    "LazyModule",
    "import_all",
]
