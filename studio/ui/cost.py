"""Wires the cost sidebar, the budget gate and the usage report into the window."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QScrollArea, QWidget

from studio.core.budget import SpendGuard, Verdict
from studio.core.requests import ImageRequest
from studio.core.runner import JobOptions, JobRunner
from studio.core.services import Services
from studio.core.settings import Budgets, Settings, load_settings, save_settings
from studio.core.validation import InvalidRequestError
from studio.i18n.core_text import core_text
from studio.ui.dialogs.usage_dialog import UsageDialog
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.settings_actions import SettingsController
from studio.ui.state.cost_state import CostState
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState
from studio.ui.widgets.cost_sidebar import CostSidebar


class BudgetGate(QObject):
    """Asked before a job is submitted: confirms (ask) or refuses (refuse) crossing a cap."""

    refused = Signal(str)
    warned = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        guard: SpendGuard,
        dialog_parent: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.guard = guard
        self._dialog_parent = dialog_parent
        # How the job will run (compositing changes the cache key); None: the defaults.
        self.options_for: Callable[[ImageRequest], JobOptions] | None = None

    def __call__(self, request: ImageRequest) -> bool:
        return self.confirm(request)

    def confirm(self, request: ImageRequest, use_cache: bool = True) -> bool:
        """True to send. A cached or invalid request passes: it costs nothing or never leaves."""
        return self.confirm_batch([request], use_cache)

    def confirm_batch(self, requests: Sequence[ImageRequest], use_cache: bool = True) -> bool:
        """One question for jobs sent together (drafts): their estimates are checked as a sum."""
        if use_cache:
            # The full price first, the cache not looked in: when it is within the caps, what
            # the cache would say changes nothing (a hit read and verified a stored 4096²
            # result here, on the UI thread: 30-50 ms).
            full = sum(self._cost(request, use_cache=False) for request in requests)
            if full <= 0 or self.guard.check(full).verdict is Verdict.OK:
                return True
        total = sum(self._cost(request, use_cache) for request in requests)
        if total <= 0:
            return True
        result = self.guard.check(total)
        if result.verdict is Verdict.WARN:
            self.warned.emit(core_text(result.message))
            return True
        if result.verdict is Verdict.OK or self.guard.is_approved(result):
            return True
        if self.guard.budgets.on_exceed == "refuse":
            QMessageBox.warning(
                self._dialog_parent,
                self.tr("Budget cap"),
                self.tr("{message}\n\nThe job was not sent.").format(
                    message=core_text(result.message)
                ),
            )
            self.refused.emit(core_text(result.message))
            return False
        if self._ask(result.message):
            self.guard.approve(result)
            return True
        self.refused.emit(core_text(result.message))
        return False

    def _cost(self, request: ImageRequest, use_cache: bool) -> float:
        try:
            options = self.options_for(request) if self.options_for is not None else None
            prepared = self._runner.prepare(request, use_cache, options)
        except InvalidRequestError:
            return 0.0
        return 0.0 if prepared.cache_hit is not None else prepared.estimate.total_usd

    def _ask(self, message: str) -> bool:
        answer = QMessageBox.question(
            self._dialog_parent,
            self.tr("Budget cap"),
            self.tr("{message}\n\nSend it anyway?").format(message=core_text(message)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class SettingsBudgets:
    """Reads the caps from the live settings and saves new ones to disk and to the services."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def __call__(self) -> Budgets:
        return self._services.settings.budgets

    def use_cache(self) -> bool:
        return self._services.settings.use_cache

    def save(self, budgets: Budgets) -> None:
        try:
            on_disk = load_settings()
        except ValueError:
            on_disk = self._services.settings
        save_settings(dataclasses.replace(on_disk, budgets=budgets))
        self._services.settings = dataclasses.replace(self._services.settings, budgets=budgets)


class CostController(QObject):
    """Owns the cost view-model, the gate and the "Usage report…" action."""

    def __init__(
        self,
        services: Services,
        jobs: JobsState,
        request_state: RequestState,
        window: QWidget | None = None,
        settings_controller: SettingsController | None = None,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._settings_controller = settings_controller
        settings = SettingsBudgets(services)
        self.guard = SpendGuard(services.store, settings)
        jobs.guard = self.guard  # the last line of defence, on the worker thread
        self.state = CostState(
            services.runner,
            request_state,
            jobs,
            self.guard,
            use_cache=settings.use_cache,
            save_budgets=settings.save,
            parent=self,
        )
        self.gate = BudgetGate(services.runner, self.guard, window, parent=self)
        open_settings = self.open_budget_settings if settings_controller is not None else None
        self.sidebar = CostSidebar(self.state, open_settings)
        self.usage_action = QAction(self.tr("&Usage Report…"), self)
        self.usage_action.setObjectName("action.usage")
        self.usage_action.setToolTip(self.tr("Spend by day, model, quality and mode; export CSV"))
        self.usage_action.triggered.connect(self._on_usage_action_triggered)
        if settings_controller is not None:
            settings_controller.settings_changed.connect(self._on_settings_changed)
        self.state.refresh_totals()
        self.state.recompute()

    def open_usage(self) -> UsageDialog:
        estimate = self.state.live.estimate
        dialog = UsageDialog(
            self._services.store, self._services.catalog, estimate, parent=self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_budget_settings(self) -> None:
        """The Settings dialog, on its Budgets page (the sidebar's "Set budget…")."""
        if self._settings_controller is None:
            return
        dialog = self._settings_controller.open_settings()
        dialog.tabs.setCurrentWidget(dialog.budgets_page)

    @Slot()
    def _on_usage_action_triggered(self) -> None:
        self.open_usage()

    @Slot(object)
    def _on_settings_changed(self, _settings: Settings) -> None:
        self.state.refresh_totals()
        self.state.recompute()


def install_cost(
    window: MainWindow,
    services: Services,
    jobs: JobsState,
    request_state: RequestState,
    *,
    generation: GenerationController | None = None,
    settings: SettingsController | None = None,
) -> CostController:
    """Add the "cost" dock and View ▸ Usage Report…; budget caps guard every job.

    With ``generation`` its generate/retry ask the budget gate first; with ``settings`` the
    sidebar's "Set budget…" opens the Settings dialog and saved caps show at once.
    """
    controller = CostController(services, jobs, request_state, window, settings)
    if generation is not None:
        generation.gate = controller.gate
        controller.state.options_for = controller.gate.options_for = generation.job_options
    scroll = QScrollArea()
    scroll.setObjectName("cost.scroll")
    scroll.setWidgetResizable(True)
    scroll.setWidget(controller.sidebar)
    window.add_panel("cost", QCoreApplication.translate("Cost", "Cost"), scroll)
    window.menu("view").addSeparator()
    window.menu("view").addAction(controller.usage_action)
    return controller
