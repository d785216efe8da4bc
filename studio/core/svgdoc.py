"""SVG documents as received: recognised and checked as well-formed XML, never rendered here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET  # imported where used: not for the first frame

MAX_SVG_BYTES = 20 * 1024 * 1024
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$")
# A DTD can define entities that expand without bound; an SVG from the API needs none.
_DECLARATIONS = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class SvgError(ValueError):
    """The bytes are not a well-formed SVG document Studio will keep."""


@dataclass(frozen=True)
class SvgInfo:
    """The document's intrinsic size (0 when it has none) and its length in bytes."""

    width: int
    height: int
    byte_size: int


def looks_like_svg(data: bytes) -> bool:
    """True when the bytes start like an XML or SVG document (not proof: see :func:`check`)."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<?xml") or head.startswith(b"<svg") or head.startswith(b"<!--")


def check(data: bytes) -> SvgInfo:
    """Size, well-formedness, an <svg> root; SvgError says what is wrong."""
    if len(data) > MAX_SVG_BYTES:
        raise SvgError(f"an SVG of {len(data):,} bytes; the limit is {MAX_SVG_BYTES:,}")
    if _DECLARATIONS.search(data):
        raise SvgError("an SVG with a DOCTYPE or entity declarations")
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise SvgError(f"not well-formed SVG XML ({exc})") from exc
    if root.tag not in (f"{{{SVG_NAMESPACE}}}svg", "svg"):
        raise SvgError(f"an XML document whose root is <{root.tag}>, not <svg>")
    width, height = _size(root)
    return SvgInfo(width, height, len(data))


def _size(root: ET.Element) -> tuple[int, int]:
    width, height = _length(root.get("width")), _length(root.get("height"))
    if width and height:
        return width, height
    box = (root.get("viewBox") or "").replace(",", " ").split()
    try:
        return round(float(box[2])), round(float(box[3]))
    except (IndexError, ValueError):
        return 0, 0


def _length(value: str | None) -> int:
    match = _LENGTH.match(value or "")
    return round(float(match.group(1))) if match else 0
