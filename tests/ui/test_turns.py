"""Work that can wait a frame runs one piece per turn of the event loop, once however often
it was asked, and at once when someone needs its result."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from studio.core.events import Completed
from studio.core.runner import JobOptions
from studio.ui.state.jobs_state import JobsState
from studio.ui.turns import Turns


def turn_until(ran: list[str], count: int) -> None:
    """Turn the event loop (one pass at a time) until ``count`` pieces have run."""
    for _ in range(1000):
        if len(ran) >= count:
            return
        QCoreApplication.processEvents()
    raise AssertionError(f"only {ran} ran")


def noting(ran: list[str], name: str) -> Callable[[], None]:
    """A piece of work that notes its name in ``ran`` when it runs."""
    return lambda: ran.append(name)


def test_one_piece_per_turn_in_the_order_first_asked_and_never_twice(qapp) -> None:
    turns = Turns()
    ran: list[str] = []
    history, totals = noting(ran, "history"), noting(ran, "totals")

    turns.later(history)
    turns.later(totals)
    turns.later(history)  # still queued: not queued twice
    assert ran == [] and not turns.idle()
    turn_until(ran, 1)
    assert ran == ["history"] and turns.pending(totals), "one piece in that pass"
    turn_until(ran, 2)
    assert ran == ["history", "totals"] and turns.idle()


def test_now_runs_a_queued_piece_at_once_drop_forgets_one_and_flush_runs_the_rest() -> None:
    turns = Turns()
    ran: list[str] = []
    first, second = noting(ran, "first"), noting(ran, "second")

    turns.now(first)  # not queued: nothing to do
    assert ran == []
    turns.later(first)
    turns.later(second)
    turns.now(second)
    assert ran == ["second"] and turns.pending(first) and not turns.pending(second)
    third = noting(ran, "third")
    turns.later(third)
    turns.drop(third)  # its owner stopped: never run
    turns.flush()
    assert ran == ["second", "first"] and turns.idle()


def test_a_jobs_end_leaves_the_history_totals_and_save_to_later_turns(
    qtbot: QtBot, demo_window
) -> None:
    from studio.ui.generation import GenerationController
    from studio.ui.widgets.history_panel import HistoryPanel

    controller = demo_window.findChild(GenerationController)
    history = demo_window.findChild(HistoryPanel)
    jobs: JobsState = controller.jobs
    controller.request_state.set_prompt("a harbour at dawn")
    queued: list[bool] = []
    jobs.job_finished.connect(lambda *_: queued.append(jobs.turns.pending(history.refresh)))
    with qtbot.waitSignal(jobs.job_finished, timeout=20_000) as done:
        jobs.submit(controller.request_state.build_request(), JobOptions(use_cache=False))
    assert isinstance(done.args[1], Completed)
    assert queued == [True], "the tree is rebuilt on a later turn, not in the job's end"
    job_id = jobs.job(str(done.args[0])).job_id
    assert job_id in history.job_ids(), "asking for the rows builds them at once"
    qtbot.waitUntil(jobs.turns.idle)


def test_a_new_jobs_row_comes_a_turn_after_generate_and_at_once_when_asked_for(
    qtbot: QtBot, demo_window
) -> None:
    from studio.ui.generation import GenerationController
    from studio.ui.widgets.job_list import JobList

    controller = demo_window.findChild(GenerationController)
    job_list = demo_window.findChild(JobList)
    controller.request_state.set_prompt("a lantern on a jetty")
    rows = job_list.tree.topLevelItemCount()
    ticket = controller.generate()
    assert ticket is not None
    assert job_list.tree.topLevelItemCount() == rows, "not in Generate's own turn"
    assert job_list.item(ticket).text(0), "asking for the row makes it"
    assert job_list.tree.topLevelItemCount() == rows + 1
    qtbot.waitUntil(lambda: controller.jobs.job(ticket).phase.done, timeout=20_000)
