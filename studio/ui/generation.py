"""The generation loop in the window: actions to jobs, jobs to the preview, failures to fixes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QDialog, QScrollArea

from studio.core.events import Completed, ErrorKind, Failed, ImageReady, PartialImage
from studio.core.requests import ImageRequest
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.core.validation import validate
from studio.i18n.core_text import core_text
from studio.ui.main_window import MainWindow
from studio.ui.media import load_image
from studio.ui.problems import problem_text
from studio.ui.state.jobs_state import JobInfo, JobsState
from studio.ui.state.request_state import CANVAS_ENCODE_ERRORS, RequestState
from studio.ui.vocabulary import value_label
from studio.ui.widgets.job_list import JobList, status_text
from studio.ui.widgets.preview import PreviewView, failure_view
from studio.ui.widgets.prompt_panel import PromptPanel

TICK_MS = 200
PROMPT_MIN_WIDTH = 300
Shaped = tuple[ImageRequest, JobOptions]
# (request, options, deliver): what is sent now, or None and ``deliver(shaped, problem)`` later.
ShapeLater = Callable[
    [ImageRequest, JobOptions, Callable[[Shaped | None, str], object]], Shaped | None
]


class GenerationController(QObject):
    """Turns the generate/cancel actions into jobs and shows the followed job in the preview."""

    def __init__(
        self,
        jobs: JobsState,
        request_state: RequestState,
        panel: PromptPanel,
        preview: PreviewView,
        job_list: JobList,
        *,
        demo_switch: Callable[[], object] | None = None,
        open_key_settings: Callable[[], QDialog] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.request_state = request_state
        self.panel = panel
        self.preview = preview
        self.job_list = job_list
        self._demo_switch = demo_switch
        self._open_key_settings = open_key_settings
        self.followed: str | None = None
        # Consulted before a job is sent (the cost sidebar's budget gate): False = don't send.
        self.gate: Callable[[ImageRequest], bool] | None = None
        # Turns the canvas's request into what is sent (extended, focused, blended); a focused
        # crop is made on a pool thread, and the job waits for it without freezing the window.
        self.shape: ShapeLater | None = None
        self._shaping = False
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._build_actions()
        self._connect_signals()

    def _build_actions(self) -> None:
        self.generate_action = QAction(self.tr("Generate"), self)
        self.generate_action.setObjectName("action.generate")
        self.generate_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.generate_action.setToolTip(
            self.tr("Start a job with this prompt and these settings (Ctrl+Enter)")
        )
        self.cancel_action = QAction(self.tr("Cancel"), self)
        self.cancel_action.setObjectName("action.cancel")
        self.cancel_action.setShortcut(QKeySequence("Esc"))
        self.cancel_action.setToolTip(self.tr("Stop the job shown in the preview (Esc)"))
        self.cancel_action.setEnabled(False)  # so Esc still reaches the canvas when idle

    def _connect_signals(self) -> None:
        self.generate_action.triggered.connect(self._on_generate_triggered)
        self.cancel_action.triggered.connect(self._on_cancel_triggered)
        self.jobs.job_added.connect(self._on_jobs_job_added)
        self.jobs.partial_arrived.connect(self._on_jobs_partial_arrived)
        self.jobs.image_arrived.connect(self._on_jobs_image_arrived)
        self.jobs.job_finished.connect(self._on_jobs_job_finished)
        self.jobs.job_changed.connect(self._on_jobs_job_changed)
        self.jobs.busy_changed.connect(self._on_jobs_busy_changed)
        self.request_state.preparing_changed.connect(self._on_request_state_preparing_changed)
        self._tick.timeout.connect(self._on_tick_timeout)
        self.preview.retry_requested.connect(self._on_preview_retry_requested)
        self.preview.key_requested.connect(self._on_preview_key_requested)
        self.preview.demo_requested.connect(self._on_preview_demo_requested)
        self.job_list.job_selected.connect(self._on_job_list_job_selected)

    # -- starting jobs -------------------------------------------------------------------------

    def generate(self) -> str | None:
        """Check the request, point at the first problem, or start the job; returns its ticket.

        While the canvas picture or mask is still being encoded (seconds for a large photo
        just opened) the job waits without freezing the window, starts when they land, and
        this returns None.
        """
        if not self.request_state.defer_until_ready(self._on_request_state_ready):
            return None
        return self._start()

    def _start(self) -> str | None:
        try:
            request = self.request_state.build_request()
        except CANVAS_ENCODE_ERRORS as exc:
            self.preview.show_error(
                self.tr("Could not prepare the picture"),
                self.tr("Nothing was sent: {error}").format(error=core_text(str(exc))),
            )
            return None
        problems = validate(request, self.request_state.catalog)
        if problems:
            self.panel.show_problem(problems[0].param, problem_text(problems[0]))
            return None
        self.panel.clear_problem()
        options = self.job_options(request)
        if self.shape is not None:
            shaped = self.shape(request, options, self._on_shaped)
            if shaped is None:
                self._set_shaping(True)
                return None
            request, options = shaped
        return self._send(request, options)

    def _send(self, request: ImageRequest, options: JobOptions) -> str | None:
        running = self.jobs.in_flight(request)
        if running is not None:  # Ctrl+Enter pressed twice: the same request is not billed twice
            self.follow(running.ticket)
            self.preview.set_status(
                self.tr("This exact request is already running: nothing new was sent.")
            )
            return None
        if self.gate is not None and not self.gate(request):
            return None
        return self.submit(request, options)

    def job_options(self, request: ImageRequest) -> JobOptions:
        """How Generate runs ``request`` (lineage, compositing): the cost panel and the budget
        gate look the cache up with the same options, so "cached — $0" is only said when the
        job will really be served from the cache."""
        feather = self.panel.composite_feather_px() if request.mask is not None else None
        return JobOptions(
            mode=request.mode,
            parent_job_id=self.request_state.origin_job_id,  # the result the canvas came from
            parent_image=self.request_state.origin_image,
            composite_feather_px=feather,
        )

    def submit(self, request: ImageRequest, options: JobOptions, label: str = "") -> str:
        """Queue a job and follow it in the preview."""
        label = label or _label(request)
        ticket = self.jobs.submit(request, options, label)
        self.follow(ticket)
        return ticket

    def retry(self) -> str | None:
        """Run the followed job's request again (a new job; the failed one stays listed)."""
        if self.followed is None:
            return None
        info = self.jobs.job(self.followed)
        if self.gate is not None and not self.gate(info.request):
            return None
        return self.submit(info.request, info.options, info.label)

    def follow(self, ticket: str) -> None:
        self.followed = ticket
        info = self.jobs.job(ticket)
        self.preview.start(info.label)
        self._show_status(info)
        if info.error is not None:
            self._show_failure(info, info.error)

    def _on_shaped(self, shaped: Shaped | None, problem: str) -> None:
        """The focused crop Generate waited for is made (or could not be)."""
        if not self._shaping:
            return  # cancelled meanwhile, or a second press of Generate already sent it
        self._set_shaping(False)
        if shaped is None:
            self.preview.show_error(
                self.tr("Could not prepare the picture"),
                self.tr("Nothing was sent: {error}").format(error=core_text(problem)),
            )
            return
        self._send(*shaped)

    def _set_shaping(self, shaping: bool) -> None:
        self._shaping = shaping
        self.cancel_action.setEnabled(
            shaping or self.request_state.preparing or self.jobs.is_busy()
        )
        if shaping:
            self.preview.set_status(
                self.tr("Preparing the picture for upload… the job starts next")
            )

    # -- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_generate_triggered(self) -> None:
        self.generate()

    @Slot()
    def _on_request_state_ready(self) -> None:
        # On the turn after the encodings land: that one has the canvas's own updates.
        self.jobs.turns.later(self._start)

    @Slot(bool)
    def _on_request_state_preparing_changed(self, preparing: bool) -> None:
        self.cancel_action.setEnabled(preparing or self._shaping or self.jobs.is_busy())
        if preparing:
            self.preview.set_status(
                self.tr("Preparing the picture for upload… the job starts next")
            )

    @Slot()
    def _on_cancel_triggered(self) -> None:
        if self.request_state.cancel_waiting() or self._shaping:
            self._set_shaping(False)
            self.preview.set_status(self.tr("Not sent."))
            return
        active = self.jobs.active()
        followed = [info for info in active if info.ticket == self.followed]
        target = (followed or active[-1:] or [None])[0]
        if target is not None:
            self.jobs.cancel(target.ticket)

    @Slot(str)
    def _on_jobs_job_added(self, ticket: str) -> None:
        """Drafts and finals are followed like any job; a batch is followed by its first."""
        if ticket == self.followed:
            return
        info = self.jobs.job(ticket)
        current = self.jobs.job(self.followed) if self.followed is not None else None
        same_batch = (
            current is not None
            and not current.phase.done
            and current.fingerprint == info.fingerprint
            and current.options.mode == info.options.mode
        )
        if not same_batch:
            self.follow(ticket)

    @Slot(str, object, QImage)
    def _on_jobs_partial_arrived(self, ticket: str, _event: PartialImage, image: QImage) -> None:
        if ticket == self.followed:
            info = self.jobs.job(ticket)
            self.preview.show_partial(image, info.partials, info.partials_expected)

    @Slot(str, object, QImage)
    def _on_jobs_image_arrived(self, ticket: str, event: ImageReady, image: QImage) -> None:
        if ticket != self.followed:
            return
        n = self.jobs.job(ticket).request.params.n
        caption = (
            self.tr("final {index} of {count}").format(index=event.image_index + 1, count=n)
            if n > 1
            else self.tr("final")
        )
        self.preview.show_final(image, caption, event.path)

    @Slot(str, object)
    def _on_jobs_job_finished(self, ticket: str, event: Completed | Failed) -> None:
        if ticket != self.followed:
            return
        info = self.jobs.job(ticket)
        self._show_status(info)
        if isinstance(event, Failed):
            self._show_failure(info, event)

    @Slot(str)
    def _on_jobs_job_changed(self, ticket: str) -> None:
        if ticket == self.followed:
            self._show_status(self.jobs.job(ticket))

    @Slot(bool)
    def _on_jobs_busy_changed(self, busy: bool) -> None:
        self.cancel_action.setEnabled(busy or self._shaping or self.request_state.preparing)
        if busy:
            self._tick.start()
        else:
            self._tick.stop()

    @Slot()
    def _on_tick_timeout(self) -> None:
        if self.followed is not None:
            self._show_status(self.jobs.job(self.followed))

    @Slot()
    def _on_preview_retry_requested(self) -> None:
        self.retry()

    @Slot()
    def _on_preview_key_requested(self) -> None:
        if self._open_key_settings is None:
            return
        dialog = self._open_key_settings()  # the Settings dialog, on its provider's key field
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(self._on_settings_saved)  # gone with the dialog

    @Slot(object)
    def _on_settings_saved(self, _settings: object) -> None:
        self.preview.set_status(self.tr("Settings saved. Retrying…"))
        self.retry()

    @Slot()
    def _on_preview_demo_requested(self) -> None:
        if self._demo_switch is None:
            return
        self._demo_switch()
        self.retry()

    @Slot(str)
    def _on_job_list_job_selected(self, ticket: str) -> None:
        if ticket == self.followed:
            return
        self.follow(ticket)
        info = self.jobs.job(ticket)
        path = info.image_paths[-1] if info.image_paths else info.last_partial_path
        if path:
            caption = self.tr("final") if info.image_paths else self.tr("last partial")
            self.preview.show_final(load_image(path), caption, path)

    # -- showing -------------------------------------------------------------------------------

    def _show_status(self, info: JobInfo) -> None:
        self.preview.set_status(status_text(info))

    def _show_failure(self, info: JobInfo, event: Failed) -> None:
        if event.kind is ErrorKind.CANCELLED:
            return
        view = failure_view(info, event)
        self.preview.show_error(view.title, view.message, view.actions)
        if event.kind in (ErrorKind.INVALID_REQUEST, ErrorKind.MODERATION):
            self.panel.show_problem(event.param or "prompt", view.message)


def _label(request: ImageRequest) -> str:
    prompt = " ".join(request.prompt.split())
    short = prompt if len(prompt) <= 32 else prompt[:31] + "…"
    return f"{value_label(request.mode)}: {short}"


def install_generation(
    window: MainWindow,
    services: Services,
    jobs: JobsState,
    request_state: RequestState,
    *,
    demo_switch: Callable[[], object] | None = None,
    open_key_settings: Callable[[], QDialog] | None = None,
) -> GenerationController:
    """Add the prompt, preview and jobs panels and the generate/cancel actions to ``window``."""
    panel = PromptPanel(
        request_state,
        services.store.recent_prompts,
        composite_default=services.settings.composite_masked_edits,
        feather_default=services.settings.feather_px,
    )
    preview, job_list = PreviewView(), JobList(jobs)
    controller = GenerationController(
        jobs, request_state, panel, preview, job_list,
        demo_switch=demo_switch, open_key_settings=open_key_settings,
        parent=window,
    )  # fmt: skip
    _add_to_window(window, controller)
    return controller


def _add_to_window(window: MainWindow, controller: GenerationController) -> None:
    scroll = QScrollArea()
    scroll.setObjectName("prompt.scroll")
    scroll.setWidgetResizable(True)
    scroll.setWidget(controller.panel)
    # Never narrower than its controls: a squeezed panel would hide them behind a scroll bar.
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(max(PROMPT_MIN_WIDTH, controller.panel.minimumSizeHint().width() + bar))
    window.add_panel("prompt", QCoreApplication.translate("Generation", "Prompt"), scroll)
    preview = window.add_panel(
        "preview", QCoreApplication.translate("Generation", "Preview"), controller.preview
    )
    jobs = window.add_panel(
        "jobs", QCoreApplication.translate("Generation", "Jobs"), controller.job_list
    )
    window.tabifyDockWidget(preview, jobs)
    preview.raise_()
    actions = [controller.generate_action, controller.cancel_action]
    window.addActions(actions)
    controller.panel.set_run_actions(*actions)
    window.menu("image").addSeparator()
    window.menu("image").addActions(actions)
    window.toolbar.addSeparator()
    window.toolbar.addActions(actions)
