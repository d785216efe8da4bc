"""About Image Studio: version, Python and Qt versions, and the licences of bundled components."""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio import __version__

APP_DIST = "image-studio"
# What Studio depends on directly, for when its own metadata is missing (a source checkout).
DIRECT = ("PySide6", "openai", "pillow", "keyring", "sqlite-utils", "platformdirs", "httpx2")
# Known licences when a package's metadata does not say (kept short, SPDX where possible).
# Qt for Python is offered under LGPLv3 or GPL; Studio uses it under the LGPLv3.
KNOWN = {
    name: "LGPL-3.0-only"
    for name in ("pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6")
}
LGPL_NOTE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Qt and PySide6 are used under the GNU LGPL v3: they are shipped as separate shared "
    "libraries that you may replace with your own build.",
)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def licence_of(dist: metadata.Distribution) -> str:
    """SPDX expression, short License field, or the OSI classifier; never a whole licence text."""
    meta = dist.metadata
    known = KNOWN.get(_normal(meta["Name"]))
    expression = meta.get("License-Expression")
    if known or expression:
        return str(known or expression)
    prefix = "License :: OSI Approved :: "
    classifiers = [c[len(prefix) :] for c in meta.get_all("Classifier") or [] if prefix in c]
    if classifiers:
        return QCoreApplication.translate("About", " or ").join(classifiers)
    text = (meta.get("License") or "").strip()
    if text and len(text) <= 40 and "\n" not in text:
        return text
    return QCoreApplication.translate("About", "see the package's metadata")


def bundled_components() -> list[Component]:
    """Studio's runtime dependencies, recursively, read from the installed metadata."""
    seen: dict[str, Component] = {}
    queue = list(_requires(APP_DIST)) or list(DIRECT)
    while queue:
        name = queue.pop()
        key = _normal(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = Component(dist.metadata["Name"], dist.version, licence_of(dist))
        queue.extend(_requires(name))
    qt = Component("Qt", qVersion(), "LGPL-3.0-only")
    return [qt, *sorted(seen.values(), key=lambda c: c.name.lower())]


def _requires(name: str) -> list[str]:
    try:
        requirements = metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return []
    names = []
    for requirement in requirements:
        if "extra ==" in requirement.replace("extra==", "extra =="):
            continue
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
        if match:
            names.append(match.group(0))
    return names


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def versions_text() -> str:
    python = f"{platform.python_version()} ({platform.python_implementation()})"
    version = QCoreApplication.translate("AboutDialog", "Version {version}").format(
        version=__version__
    )
    return (
        f"{version}<br>Python {python} · Qt {qVersion()} · "
        f"PySide6 {PySide6.__version__}<br>{platform.system()} {platform.machine()}"
    )


class AboutDialog(QDialog):
    """Version information and a table of bundled components with their licences."""

    def __init__(
        self, components: list[Component] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._components = components if components is not None else bundled_components()
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("About Image Studio"))
        self.setObjectName("AboutDialog")
        title = QLabel(
            "<h2>Image Studio</h2><p>"
            + self.tr("Generate and edit images with OpenAI's GPT Image models.")
            + f"</p><p>{versions_text()}</p><p>"
            + self.tr("Image Studio is MIT-licensed.")
            + "</p>",
            self,
        )
        title.setWordWrap(True)
        self.table = QTableWidget(len(self._components), 3, self)
        self.table.setObjectName("components")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, component in enumerate(self._components):
            for column, text in enumerate((component.name, component.version, component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr(LGPL_NOTE), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def licences(self) -> dict[str, str]:
        """Component name → licence, as shown."""
        return {c.name: c.licence for c in self._components}
