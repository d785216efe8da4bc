"""The cost sidebar's view-model: live estimate of the next job, spend totals, caps, savings."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from studio.core import pricing, reports
from studio.core.budget import BudgetCheck, SpendGuard, Spent
from studio.core.catalog import UnknownModelError
from studio.core.events import Completed, ErrorKind, Failed
from studio.core.requests import ImageRequest
from studio.core.runner import JobOptions, JobRunner
from studio.core.settings import Budgets
from studio.core.validation import InvalidRequestError
from studio.i18n.core_text import core_text
from studio.ui.pool_task import PoolTask
from studio.ui.problems import problem_text
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState

DEBOUNCE_MS = 150


@dataclass(frozen=True)
class LiveEstimate:
    """What the next job would cost: an estimate, 'cached — $0', or why it can't be sent."""

    estimate: pricing.Estimate | None = None
    cached: bool = False
    problem: str | None = None
    budget: BudgetCheck | None = None
    waiting: str | None = None  # no number yet, and why (the picture is being encoded)
    # A masked edit both ways: the focused crop and the full frame (whichever is not sent
    # is for comparison only).
    focused: pricing.Estimate | None = None
    full_frame: pricing.Estimate | None = None
    focus_on: bool = False


@dataclass(frozen=True)
class LastJob:
    """The billed cost of the most recent finished job, from its usage."""

    label: str
    cost_usd: float
    cached: bool
    failed: bool
    cost: pricing.Cost | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    refused: bool = False


@dataclass(frozen=True)
class Totals:
    """Session, today and this month (billed), with the caps and what was saved this month."""

    session_usd: float = 0.0
    session_jobs: int = 0
    session_images: int = 0
    spent: Spent = field(default_factory=lambda: Spent(0.0, 0.0))
    budgets: Budgets = field(default_factory=Budgets)
    savings: reports.Savings = field(default_factory=reports.Savings)
    last: LastJob | None = None


class EstimateSignals(QObject):
    """Lives on the UI thread; the pool thread emits, a queued connection delivers."""

    finished = Signal(int, object)  # version, LiveEstimate


def _unreadable(exc: Exception) -> LiveEstimate:
    """E.g. the store could not be read: said in the panel."""
    return LiveEstimate(problem=core_text(str(exc)))


class CostState(QObject):
    """Recomputes the estimate shortly after any request change; totals after each job."""

    estimate_changed = Signal(object)  # LiveEstimate
    totals_changed = Signal(object)  # Totals

    def __init__(
        self,
        runner: JobRunner,
        request_state: RequestState,
        jobs: JobsState,
        guard: SpendGuard,
        *,
        use_cache: Callable[[], bool] | None = None,
        save_budgets: Callable[[Budgets], None] | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._request_state = request_state
        self._jobs = jobs
        self.guard = guard
        self._use_cache = use_cache
        self._save_budgets = save_budgets
        # How the job will run (compositing changes the cache key); None: the defaults.
        self.options_for: Callable[[ImageRequest], JobOptions] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self.live = LiveEstimate()
        self._totals = Totals()
        self._session_usd = 0.0
        self._session_jobs = 0
        self._session_images = 0
        self._last: LastJob | None = None
        # The focused form of a masked edit and whether it is what is sent (the Tools panel).
        self.compare: Callable[[ImageRequest], tuple[ImageRequest, bool] | None] | None = None
        # The estimate looks the request up in the cache, which reads and hashes the stored
        # result (30-50 ms at 4096², after every job): done on a pool thread; a newer
        # estimate asked for meanwhile makes an older one land unseen.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = EstimateSignals(self)
        self._version = 0
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._request_state.changed.connect(self._on_request_state_changed)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._jobs.job_finished.connect(self._on_jobs_job_finished)
        self._signals.finished.connect(self._on_signals_finished)

    # --- public ------------------------------------------------------------------------------
    def recompute(self) -> LiveEstimate:
        """Estimate the current request now, on this thread."""
        compute = self._prepared_estimate()
        self.live = compute() if compute is not None else self.live
        self.estimate_changed.emit(self.live)
        return self.live

    def recompute_later(self) -> None:
        """Estimate the current request on the pool thread; ``estimate_changed`` says when."""
        compute = self._prepared_estimate()
        if compute is None:
            self.estimate_changed.emit(self.live)
            return
        report = partial(self._signals.finished.emit, self._version)
        self._pool.start(PoolTask(compute, report, _unreadable, lane="shared"))

    def _prepared_estimate(self) -> Callable[[], LiveEstimate] | None:
        """What the estimate needs, read here on the UI thread; None when there is nothing to
        estimate yet (``live`` says why)."""
        self._timer.stop()
        self._version += 1
        request, exact = self._request_state.build_estimate_request()
        if request is None:  # re-run when the canvas's encoding lands (request_state.changed)
            self.live = LiveEstimate(waiting=self.tr("Reading the picture…"))
            return None
        other = self.compare(request) if self.compare is not None else None
        jobs = [(request, self._looks_in_cache(exact), self._options(request))]
        if other is not None:
            jobs.append((other[0], False, self._options(other[0])))
        focus_on = other is not None and other[1]
        return partial(self._estimated, jobs, focus_on)

    def _options(self, request: ImageRequest) -> JobOptions | None:
        return self.options_for(request) if self.options_for is not None else None

    def _estimated(
        self, jobs: list[tuple[ImageRequest, bool, JobOptions | None]], focus_on: bool
    ) -> LiveEstimate:
        """The live estimate, with the focused and full-frame ones when the edit can be
        focused (whichever is not sent is for comparison only). Any thread."""
        live = self._estimate_with(*jobs[0])
        if len(jobs) == 1 or live.estimate is None:
            return live
        if not focus_on:
            focused = self._estimate_with(*jobs[1]).estimate
            return dataclasses.replace(live, focused=focused, full_frame=live.estimate)
        sent = self._estimate_with(*jobs[1])
        return dataclasses.replace(
            sent, focused=sent.estimate, full_frame=live.estimate, focus_on=True
        )

    def refresh_totals(self) -> Totals:
        """Re-read today's and this month's spend, the caps and the savings from the store."""
        bounds = self.guard.periods()
        store = self._runner.store
        self._totals = Totals(
            self._session_usd,
            self._session_jobs,
            self._session_images,
            Spent(
                store.total_cost(bounds.day_start, bounds.day_end),
                store.total_cost(bounds.month_start, bounds.month_end),
            ),
            self.guard.budgets,
            reports.savings(store, self._runner.catalog, since=bounds.month_start),
            self._last,
        )
        self.totals_changed.emit(self._totals)
        return self._totals

    @property
    def totals(self) -> Totals:
        """Spend, caps and savings as of the last job (re-read now if a job just finished)."""
        self._jobs.turns.now(self.refresh_totals)
        return self._totals

    def can_save_budgets(self) -> bool:
        return self._save_budgets is not None

    def set_budgets(self, budgets: Budgets) -> None:
        """Save new caps (through the injected saver) and show them."""
        if self._save_budgets is not None:
            self._save_budgets(budgets)
        self.refresh_totals()
        self.recompute()

    def stop(self) -> None:
        self._timer.stop()
        self._jobs.turns.drop(self.recompute_later)
        self._version += 1
        self._pool.waitForDone()

    # --- slots ---------------------------------------------------------------------------------
    @Slot()
    def schedule(self) -> None:
        """Recompute shortly (something besides the request changed what would be sent)."""
        self._timer.start()

    @Slot()
    def _on_request_state_changed(self) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        # On a turn of its own: other timers (the focus box, the batch poll) came due in the
        # same pass after a paste, and together they made one long gap.
        self._jobs.turns.later(self.recompute_later)

    @Slot(int, object)
    def _on_signals_finished(self, version: int, live: LiveEstimate) -> None:
        if version == self._version:
            self.live = live
            self.estimate_changed.emit(live)

    @Slot(str, object)
    def _on_jobs_job_finished(self, ticket: str, event: Completed | Failed) -> None:
        cost = event.cost_usd or 0.0
        self._session_usd += cost
        self._session_jobs += 1
        info = self._jobs.job(ticket)
        if isinstance(event, Completed):
            self._session_images += len(event.paths) or info.request.params.n
        self._last = self._last_job(info.label, info.request, event)
        self._jobs.turns.later(self.refresh_totals)  # re-read from the store a turn later
        # The finished request may now be served from the cache: estimated once the result
        # is shown (the estimate reads that result back to check it), not while it lands.
        self._timer.start()

    # --- helpers -------------------------------------------------------------------------------
    def _estimate(self, request: ImageRequest, exact: bool = True) -> LiveEstimate:
        return self._estimate_with(request, self._looks_in_cache(exact), self._options(request))

    def _looks_in_cache(self, exact: bool) -> bool:
        """Whether the estimate of an exact request says "cached — $0" for a stored result."""
        return exact and (self._use_cache() if self._use_cache is not None else True)

    def _estimate_with(
        self, request: ImageRequest, use_cache: bool, options: JobOptions | None
    ) -> LiveEstimate:
        try:
            prepared = self._runner.prepare(request, use_cache, options)
        except InvalidRequestError as exc:
            return LiveEstimate(problem=problem_text(exc.problems[0]))
        except UnknownModelError as exc:
            return LiveEstimate(problem=core_text(str(exc)))
        if prepared.cache_hit is not None:
            return LiveEstimate(prepared.estimate, cached=True)
        budget = self.guard.check(prepared.estimate.total_usd)
        return LiveEstimate(prepared.estimate, budget=budget)

    def _last_job(self, label: str, request: ImageRequest, event: Completed | Failed) -> LastJob:
        cached = isinstance(event, Completed) and event.cached
        failed = isinstance(event, Failed)
        refused = isinstance(event, Failed) and event.kind is ErrorKind.BUDGET
        usage = event.usage
        if usage is None or cached:
            return LastJob(label, event.cost_usd or 0.0, cached, failed, refused=refused)
        try:
            catalog = self._runner.catalog
            cost = pricing.cost_from_usage(usage, catalog.get(request.params.model), catalog.svg)
        except UnknownModelError:
            cost = None
        return LastJob(
            label,
            event.cost_usd or 0.0,
            cached,
            failed,
            cost,
            usage.input_tokens,
            usage.output_tokens,
        )
