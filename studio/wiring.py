"""Start-up phase two: the services (SDK, store, emulator) and the panels that need them."""

from __future__ import annotations

import importlib.metadata  # noqa: F401  (imported here, on phase two's pool thread: Select Subject's check reads it)
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from studio.core import paths
from studio.core.engine import Engine
from studio.core.providers import DEMO_KEY, Provider
from studio.core.secrets import Secrets
from studio.core.services import Services, build_services
from studio.core.settings import load_settings, save_settings
from studio.ui.batches import install_batches
from studio.ui.canvas.markup import install_markup
from studio.ui.canvas.selection_actions import SelectionActions
from studio.ui.canvas.staging import install_staging
from studio.ui.cost import install_cost
from studio.ui.drafts import install_gallery
from studio.ui.generation import install_generation
from studio.ui.main_window import MainWindow
from studio.ui.regions import install_regions
from studio.ui.settings_actions import install_settings
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState


@dataclass(frozen=True)
class Connection:
    """Where API calls go; in demo mode ``server`` is the running emulator it owns."""

    base_url: str
    api_key: str | None = field(repr=False)
    demo: bool = False
    server: Any = field(default=None, repr=False, compare=False)

    def describe(self) -> str:
        # Where the key comes from is not shown: asking the keyring can block on an unlock
        # prompt. A missing key is reported when a job starts, with "Enter key" and "Demo".
        if self.demo:
            return QCoreApplication.translate("App", "Emulator at {url}").format(url=self.base_url)
        return QCoreApplication.translate("App", "API: {url}").format(url=self.base_url)

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()


def _demo_batches() -> dict[str, Any]:
    """Demo batches outlive the app (in the data folder) and move one state every 3 s."""
    return {"batch_dir": paths.data_dir() / "demo-batches", "batch_auto_step_s": 3.0}


class DemoSwitch:
    """Points the running app at a local emulator: nothing is billed, no key is needed.

    Handed to the generation controller as a plain callable ("Switch to demo mode" on the
    no-key banner): widgets and controllers never start servers themselves.
    """

    def __init__(self, services: Services, window: MainWindow | None = None) -> None:
        self._services, self._window = services, window
        self.server: Any = None

    def __call__(self) -> str:
        if self.server is None:
            from studio.emulator.server import EmulatorServer  # only demo mode needs it

            self.server = EmulatorServer(port=0, partial_delay=0.3, **_demo_batches()).start()
            engine = Engine(Provider.emulator(self.server.base_url), _demo_key)
            self._services.engine = engine
            self._services.runner.engine = engine
            if self._window is not None:
                self._window.set_connection(
                    QCoreApplication.translate("App", "Emulator at {url}").format(
                        url=self.server.base_url
                    ),
                    demo=True,
                )
                self._window.add_close_hook(self.server.stop)
        return str(self.server.base_url)


def _demo_key() -> str:
    return DEMO_KEY


def wire(window: MainWindow, *, demo: bool = False, secrets: Secrets | None = None) -> None:
    """Build the services and install every panel and controller that needs them."""
    connection = build_connection(demo=demo)
    services = _build_services(connection, secrets)
    notice = _move_off_retired_models(services, persist=not connection.demo)
    jobs = JobsState(services.runner, parent=window)
    request_state = RequestState(
        services.catalog, services.settings.defaults, parent=window, lifecycle=services.lifecycle
    )
    request_state.notice.connect(window.show_notice)
    request_state.attach_canvas(window.canvas)  # follows its picture, mask and encodings
    settings = install_settings(window, services)  # Edit > Settings..., Help > About, theme
    generation = install_generation(
        window,
        services,
        jobs,
        request_state,
        demo_switch=DemoSwitch(services, window),  # the one place a server is started
        open_key_settings=settings.open_key_settings,
    )
    install_staging(window, jobs)  # results land on the canvas
    cost = install_cost(
        window, services, jobs, request_state, generation=generation, settings=settings
    )
    regions = install_regions(window, services, request_state)
    install_markup(window, request_state)  # the Mask / Markup switch and the markup layer
    generation.shape = regions.shape_later
    cost.state.compare = regions.compare
    regions.state.changed.connect(cost.state.schedule)
    regions.focus_ready.connect(cost.state.schedule)  # the focused price, once its crop is made
    window.add_close_hook(jobs.shutdown)
    window.add_close_hook(cost.state.stop)  # an estimate may be under way on its pool thread
    window.add_close_hook(services.close)
    window.set_connection(connection.describe(), demo=connection.demo)
    window.add_close_hook(connection.close)
    window.connection = connection
    gallery = install_gallery(window, services, jobs, request_state)  # restores the session
    gallery.controller.gate = cost.gate.confirm_batch
    install_batches(window, services, request_state, gallery, cost.gate.guard, demo=connection.demo)
    window.restore_layout()
    for selection in window.findChildren(SelectionActions):
        selection.check_subject()  # kept out of the first frame (its metadata's imports)
    if notice:
        window.show_notice(notice)


def _move_off_retired_models(services: Services, *, persist: bool) -> str | None:
    """A saved default model the provider no longer serves becomes its successor, saved so the
    notice is shown once (demo mode leaves the real provider's settings alone)."""
    settings, notice = services.lifecycle.update_settings(services.settings)
    if notice:
        services.settings = settings
        if persist:
            save_settings(settings)
    return notice


def build_connection(*, demo: bool) -> Connection:
    if demo:
        from studio.emulator.server import EmulatorServer  # only demo mode needs the emulator

        server = EmulatorServer(port=0, partial_delay=0.3, **_demo_batches()).start()
        return Connection(server.base_url, DEMO_KEY, demo=True, server=server)
    return Connection(load_settings().provider_config().url(), None)


def _build_services(connection: Connection, secrets: Secrets | None = None) -> Services:
    """Core services; demo mode points the engine at the emulator with its fixed key."""
    if connection.demo:
        provider = Provider.emulator(connection.base_url)
        return build_services(provider=provider, api_key=connection.api_key, secrets=secrets)
    return build_services(secrets=secrets)
