"""About dialog and `studio --version`: versions and licences of the bundled components."""

from __future__ import annotations

import pytest
from PySide6.QtCore import qVersion

from studio import __version__, cli
from studio.ui.dialogs.about import AboutDialog, bundled_components, versions_text

EXPECTED = {
    "Qt": "LGPL-3.0-only",
    "PySide6": "LGPL-3.0-only",
    "openai": "Apache-2.0",
    "pillow": "MIT-CMU",
    "keyring": "MIT",
    "sqlite-utils": "Apache-2.0",
    "platformdirs": "MIT",
    "httpx2": "BSD-3-Clause",
}


def test_licences_come_from_the_installed_metadata(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    shown = dialog.licences()
    for name, licence in EXPECTED.items():
        assert shown.get(name) == licence, name
    assert dialog.table.rowCount() == len(shown) >= len(EXPECTED)
    assert all(len(licence) < 80 for licence in shown.values())


def test_versions_are_shown(qtbot) -> None:
    text = versions_text()
    assert f"Version {__version__}" in text and f"Qt {qVersion()}" in text and "Python 3." in text


def test_components_are_unique_and_qt_first() -> None:
    components = bundled_components()
    assert components[0].name == "Qt"
    names = [c.name.lower() for c in components]
    assert len(names) == len(set(names))


def test_cli_version(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"Image Studio {__version__}"
