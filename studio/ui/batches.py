"""Batch jobs from the window: Send as batch, the Batches panel, results into the gallery."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.core.batch.backoff import DEMO, BackOff
from studio.core.batch.ingest import BatchResult
from studio.core.batch.lines import BatchError
from studio.core.batch.plan import expand
from studio.core.batch.records import BatchRecord
from studio.core.batch.service import BatchService, Quote
from studio.core.budget import SpendGuard, Verdict
from studio.core.requests import ImageRequest, InputImage
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.core.session import GalleryEntry
from studio.core.validation import InvalidRequestError
from studio.ui.dialogs.send_batch import BatchChoice, SendBatchDialog
from studio.ui.drafts import Gallery
from studio.ui.formatting import money
from studio.ui.main_window import MainWindow
from studio.ui.state.batches_state import BatchesState
from studio.ui.state.gallery_model import item_from_record
from studio.ui.state.request_state import CANVAS_ENCODE_ERRORS, RequestState
from studio.ui.widgets.batch_panel import BatchPanel


class BatchController(QObject):
    """Builds the batch from the prompt panel, prices it, asks the budget, sends it."""

    status = Signal(str)

    def __init__(
        self,
        services: Services,
        state: BatchesState,
        request_state: RequestState,
        gallery: Gallery,
        guard: SpendGuard,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.state, self.request_state = services, state, request_state
        self.gallery, self.guard = gallery, guard
        self.dialog_parent: QWidget | None = None
        self.action = QAction(self.tr("Send as batch (½ price, within 24 h)"), self)
        self.action.setIconText(self.tr("Batch ½ price"))  # the toolbar's short label
        self.action.setObjectName("action.send_batch")
        self.action.setToolTip(
            self.tr("Send many variations, sizes or pictures as one batch at half price")
        )
        self.action.triggered.connect(self._on_action_triggered)
        state.result_arrived.connect(self._on_state_result_arrived)
        state.submitted.connect(self._on_state_submitted)
        state.problem.connect(self.status)

    # --- building and pricing ------------------------------------------------------------
    def base_request(self) -> ImageRequest:
        return self.request_state.build_request(stream=False)

    def requests_for(self, choice: BatchChoice, base: ImageRequest) -> list[ImageRequest]:
        """The batch's requests; pictures from files are edited without the canvas's mask."""
        pictures = [InputImage(Path(p).read_bytes(), Path(p).name) for p in choice.pictures]
        if pictures:
            base = replace(base, mask=None, images=base.images or (pictures[0],))
        return expand(base, pictures=pictures, sizes=choice.sizes, variations=choice.variations)

    def quote(self, choice: BatchChoice, base: ImageRequest) -> tuple[Quote | None, str]:
        try:
            return self.state.service.quote(self.requests_for(choice, base)), ""
        except InvalidRequestError as exc:
            return None, exc.problems[0].message
        except (BatchError, OSError, ValueError) as exc:
            return None, str(exc)

    def send(self, choice: BatchChoice, base: ImageRequest) -> bool:
        """Send the batch (on a worker) once the budget allows it; False when not sent."""
        requests = self.requests_for(choice, base)
        quote = self.state.service.quote(requests)
        if not self._budget_allows(quote.batch_usd):
            return False
        composite = self.services.settings.composite_masked_edits
        from_canvas = not choice.pictures
        options = JobOptions(
            mode="batch",
            parent_job_id=self.request_state.origin_job_id if from_canvas else None,
            parent_image=self.request_state.origin_image if from_canvas else None,
            composite_feather_px=float(self.services.settings.feather_px) if composite else None,
        )
        label = choice.label or base.prompt[:60]
        self.state.submit(requests, label, options=options)
        self.status.emit(
            self.tr("Sending a batch of {count} requests (~{cost})…").format(
                count=quote.count, cost=money(quote.batch_usd)
            )
        )
        return True

    def _budget_allows(self, total: float) -> bool:
        result = self.guard.check(total)
        if result.verdict is Verdict.WARN:
            self.status.emit(result.message)
        if not result.over or self.guard.is_approved(result):
            return True
        if self.guard.budgets.on_exceed == "refuse":
            QMessageBox.warning(
                self.dialog_parent,
                self.tr("Budget cap"),
                self.tr("{message}\n\nThe batch was not sent.").format(message=result.message),
            )
            return False
        answer = QMessageBox.question(
            self.dialog_parent,
            self.tr("Budget cap"),
            self.tr("{message}\n\nSend the batch anyway?").format(message=result.message),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.guard.approve(result)
        return True

    # --- slots ---------------------------------------------------------------------------
    @Slot()
    def _on_action_triggered(self) -> None:
        if self.request_state.defer_until_ready(self._on_request_state_ready):
            self._open_dialog()
        else:  # a large picture or mask is still being encoded: open when it lands
            self.status.emit(self.tr("Preparing the picture… the batch dialog opens next"))

    @Slot()
    def _on_request_state_ready(self) -> None:
        self._open_dialog()

    def _open_dialog(self) -> None:
        try:
            base = self.base_request()
        except CANVAS_ENCODE_ERRORS as exc:
            message = self.tr("Could not prepare the picture; nothing was sent: {error}")
            self.status.emit(message.format(error=exc))
            return
        dialog = _SendFor(self, base, self.dialog_parent)
        dialog.open()

    @Slot(object)
    def _on_state_result_arrived(self, result: BatchResult) -> None:
        """Each stored result of a collected batch becomes a gallery tile (its own job)."""
        store = self.services.store
        record = store.job(result.job_id)
        refs = store.job_images(result.job_id, "output")
        items = [
            item_from_record(
                record, GalleryEntry(result.job_id, index), store.image_path(ref), ref.sha256
            )
            for index, ref in enumerate(refs)
            if self.gallery.model.row_of(f"{result.job_id}:{index}") < 0
        ]
        if items:
            self.gallery.model.add_items(items)
            self.gallery.history.refresh()  # each result is its own lineage entry

    @Slot(object)
    def _on_state_submitted(self, record: BatchRecord) -> None:
        self.status.emit(
            self.tr(
                "Batch sent: {count} requests, ~{cost}; results within 24 h (Batches panel)"
            ).format(count=record.total, cost=money(record.estimate_usd))
        )

    @Slot(str)
    def on_panel_cancel_requested(self, ref: str) -> None:
        self.state.cancel(ref)
        self.status.emit(self.tr("Cancelling the batch; requests already run are kept"))


class _SendFor(SendBatchDialog):
    """The send dialog bound to one base request and the controller."""

    def __init__(
        self, controller: BatchController, base: ImageRequest, parent: QWidget | None
    ) -> None:
        self._controller, self._base = controller, base
        super().__init__(self._quote_choice, base.params.size, base.prompt, parent)
        self.confirmed.connect(self._on_self_confirmed)

    def _quote_choice(self, choice: BatchChoice) -> tuple[Quote | None, str]:
        return self._controller.quote(choice, self._base)

    @Slot(object)
    def _on_self_confirmed(self, choice: BatchChoice) -> None:
        self._controller.send(choice, self._base)


@dataclass
class Batches:
    """What install_batches added to the window."""

    controller: BatchController
    state: BatchesState
    panel: BatchPanel


def install_batches(
    window: MainWindow,
    services: Services,
    request_state: RequestState,
    gallery: Gallery,
    guard: SpendGuard,
    *,
    demo: bool = False,
    start: bool = True,
) -> Batches:
    """The Send as batch action, the Batches panel, and polling of open batches."""
    service = BatchService(services.runner, DEMO if demo else BackOff())
    state = BatchesState(service, parent=window)
    controller = BatchController(services, state, request_state, gallery, guard, window)
    controller.dialog_parent = window
    panel = BatchPanel(state)
    panel.cancel_requested.connect(controller.on_panel_cancel_requested)
    controller.status.connect(window.statusBar().showMessage)
    title = QCoreApplication.translate("BatchesController", "Batches")
    window.add_panel("batches", title, panel, Qt.DockWidgetArea.BottomDockWidgetArea)
    window.addAction(controller.action)
    window.menu("image").addAction(controller.action)
    window.toolbar.addAction(controller.action)
    window.add_close_hook(state.stop)
    if start:
        state.start()
    return Batches(controller, state, panel)
