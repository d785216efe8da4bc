"""Translations: `update` extracts the strings into resources/i18n/*.ts (pyside6-lupdate),
`compile` builds the .qm files Studio ships (pyside6-lrelease), `check` fails when a committed
.qm is not what its .ts compiles to, and `missing` lists the entries still untranslated.

  python3 tools/i18n.py update && (translate the new entries) && python3 tools/i18n.py compile
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "zh_CN", "ja")


def _tool(name: str) -> str:
    """pyside6-lupdate/lrelease: the binaries inside the PySide6 package (always there)."""
    import PySide6

    binary = Path(PySide6.__file__).parent / name
    return str(binary) if binary.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    files = sorted(ROOT.joinpath("studio").rglob("*.py"))
    skip = ("studio/core/", "studio/emulator/")
    return [str(p) for p in files if not str(p.relative_to(ROOT)).startswith(skip)]


def ts_path(language: str) -> Path:
    return I18N / f"studio_{language}.ts"


def update() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                *(_tool("lupdate"), "-locations", "none", "-no-obsolete", "-silent"),
                *sources(),
                *("-target-language", language, "-ts", str(ts_path(language))),
            ],
            check=True,
        )


def compile_to(language: str, target: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)], check=True
    )


def compile_all() -> None:
    for language in LANGUAGES:
        compile_to(language, I18N / f"studio_{language}.qm")


def stale() -> list[str]:
    """The .qm files that differ from what their .ts compiles to now."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            fresh = Path(tmp) / f"studio_{language}.qm"
            compile_to(language, fresh)
            shipped = I18N / fresh.name
            if not shipped.exists() or not filecmp.cmp(fresh, shipped, shallow=False):
                found.append(shipped.name)
    return found


def missing(language: str) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    tree = ET.parse(ts_path(language))
    result = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in ("unfinished",)
            if unfinished or not (translation.text or "").strip():
                result.append((name, message.findtext("source") or ""))
    return result


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        bad = stale()
        if bad:
            print("out of date (run tools/i18n.py compile):", *bad)
            return 1
    elif command == "missing":
        for language in LANGUAGES:
            for context, source in missing(language):
                print(f"{language}\t{context}\t{source!r}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
