"""Import rules: no Qt in core or emulator, the emulator stands alone, one place talks to openai."""

from __future__ import annotations

import ast
import functools
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STUDIO = REPO / "studio"
QT_MODULES = ("PySide6", "shiboken6")
OPENAI_USERS = {"studio/core/engine.py", "studio/core/retry.py", "studio/core/errors.py"}

_IMPORT_ALL = """
import importlib, json, pkgutil, sys
names = []
for package in {packages!r}:
    root = importlib.import_module(package)
    names.append(package)
    for info in pkgutil.walk_packages(root.__path__, package + "."):
        importlib.import_module(info.name)
        names.append(info.name)
print(json.dumps({{"imported": names, "loaded": sorted(sys.modules)}}))
"""


@functools.cache
def import_in_subprocess(*packages: str) -> tuple[list[str], frozenset[str]]:
    """Import every module of ``packages`` in a fresh interpreter; (imported, sys.modules)."""
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL.format(packages=packages)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    return data["imported"], frozenset(data["loaded"])


def top_level(name: str) -> str:
    return name.split(".")[0]


def imported_modules(path: Path) -> set[str]:
    """Every module a source file imports, at any level (including under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def sources(package: str) -> list[Path]:
    return sorted((STUDIO / package).rglob("*.py")) if package else sorted(STUDIO.rglob("*.py"))


def relative(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def test_core_and_emulator_import_no_qt() -> None:
    imported, loaded = import_in_subprocess("studio.core", "studio.emulator")
    expected = {
        ".".join(p.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for p in sources("core")
    }
    assert expected <= set(imported)
    assert "studio.emulator.server" in imported
    assert sorted(m for m in loaded if top_level(m) in QT_MODULES) == []


def test_no_qt_import_in_core_or_emulator_sources_even_for_typing() -> None:
    offenders = {
        relative(path): sorted(m for m in imported_modules(path) if top_level(m) in QT_MODULES)
        for package in ("core", "emulator")
        for path in sources(package)
    }
    assert {path: mods for path, mods in offenders.items() if mods} == {}


def test_emulator_imports_nothing_from_core() -> None:
    _, loaded = import_in_subprocess("studio.emulator")
    assert sorted(m for m in loaded if m.startswith("studio.core")) == []
    offenders = {
        relative(path): sorted(m for m in imported_modules(path) if m.startswith("studio.core"))
        for path in sources("emulator")
    }
    assert {path: mods for path, mods in offenders.items() if mods} == {}


def test_only_the_engine_retry_and_errors_modules_import_openai() -> None:
    users = {
        relative(path) for path in sources("") if "openai" in map(top_level, imported_modules(path))
    }
    assert users == OPENAI_USERS


def test_the_emulator_does_not_use_the_sdk() -> None:
    _, loaded = import_in_subprocess("studio.emulator")
    assert "openai" not in loaded


_THREADS_AFTER_NUMPY = """
import os, sys
import studio, numpy
tasks = f"/proc/{os.getpid()}/task"
print(os.environ.get("OPENBLAS_NUM_THREADS"), len(os.listdir(tasks)) if os.path.isdir(tasks) else 1)
"""


def test_importing_studio_first_keeps_numpy_from_starting_blas_threads() -> None:
    """OpenBLAS's pool, started at the UI thread's priority, spun on the second core while
    background threads worked on pixels; studio asks for one BLAS thread before numpy loads."""
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", _THREADS_AFTER_NUMPY],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["1", "1"]


def test_core_pixel_code_makes_no_matrix_products() -> None:
    """Numpy hands ``@`` and ``dot`` to BLAS; the pixel code weighs channels itself."""
    offenders = {
        relative(path)
        for path in sources("core")
        if any(
            isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        )
    }
    assert offenders == set()
