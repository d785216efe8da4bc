"""Settings… and About actions for the main window: the one integration point of the dialogs."""

from __future__ import annotations

import contextlib
import warnings
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from studio.core.catalog import Catalog
from studio.core.secrets import Secrets
from studio.core.settings import Settings
from studio.ui.dialogs.about import AboutDialog
from studio.ui.dialogs.settings import SettingsDialog
from studio.ui.theme import apply_theme

RESTART_NOTE = QT_TRANSLATE_NOOP(
    "SettingsController", "Provider changes apply the next time Image Studio starts."
)


class SettingsHost(Protocol):
    """What the actions need from the composition root (core.services.Services fits)."""

    settings: Settings
    secrets: Secrets
    catalog: Catalog


class SettingsController(QObject):
    """Owns the actions; keeps ``host.settings`` current and re-applies the theme on save."""

    settings_changed = Signal(object)  # Settings

    def __init__(
        self, window: QMainWindow, host: SettingsHost, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self._pool = pool or QThreadPool.globalInstance()
        self.settings_action = QAction(self.tr("&Settings…"), window)
        self.settings_action.setObjectName("action.settings")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        existing = _existing_about(window)
        self.about_is_new = existing is None
        self.about_action = existing or QAction(self.tr("&About Image Studio"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action.triggered.connect(self.open_about)
        self.dialog: SettingsDialog | None = None

    def settings(self) -> Settings:
        return self._host.settings

    @Slot()
    def open_settings(self) -> SettingsDialog:
        """Open the (window-modal, non-blocking) Settings dialog."""
        catalog = self._host.catalog
        spec = catalog.get(catalog.default_model)
        self.dialog = SettingsDialog(
            self._host.settings,
            self._host.secrets,
            pool=self._pool,
            model_ids=[m.id for m in catalog.models.values()],
            sizes=catalog.sizes_for(spec),
            parent=self._window,
        )
        self.dialog.saved.connect(self._on_dialog_saved)
        self.dialog.open()
        return self.dialog

    def open_key_settings(self) -> SettingsDialog:
        """Settings on the provider page with the cursor in the key field ("Enter key…")."""
        dialog = self.open_settings()
        dialog.tabs.setCurrentWidget(dialog.provider_page)
        dialog.provider_page.key_field.edit.setFocus()
        return dialog

    @Slot()
    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(parent=self._window)
        dialog.open()
        return dialog

    @Slot(object)
    def _on_dialog_saved(self, settings: Settings) -> None:
        previous = self._host.settings
        self._host.settings = settings
        app = QApplication.instance()
        if isinstance(app, QApplication) and settings.theme != previous.theme:
            apply_theme(app, settings.theme)
        if settings.provider_config() != previous.provider_config():
            self._window.statusBar().showMessage(self.tr(RESTART_NOTE), 10_000)
        elif settings.language != previous.language:
            note = self.tr("The new language applies the next time Image Studio starts.")
            self._window.statusBar().showMessage(note, 10_000)
        self.settings_changed.emit(settings)


def _existing_about(window: QWidget) -> QAction | None:
    """The window's own About action, re-pointed at the About dialog (no duplicate entry)."""
    action = window.findChild(QAction, "action.about")
    if action is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        with contextlib.suppress(RuntimeError, TypeError):
            action.triggered.disconnect()
    return action


def install_settings(
    window: QMainWindow, host: SettingsHost, *, pool: QThreadPool | None = None
) -> SettingsController:
    """Add Edit ▸ Settings… (Ctrl+,) and Help ▸ About; apply the saved theme."""
    controller = SettingsController(window, host, pool)
    menu = getattr(window, "menu", None)
    if callable(menu):
        edit, help_menu = menu("edit"), menu("help")
    else:
        edit = window.menuBar().addMenu(QCoreApplication.translate("SettingsActions", "&Edit"))
        help_menu = window.menuBar().addMenu(QCoreApplication.translate("SettingsActions", "&Help"))
    edit.addSeparator()
    edit.addAction(controller.settings_action)
    if controller.about_is_new:
        help_menu.addAction(controller.about_action)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, host.settings.theme)
    return controller
