"""The CLI's one sending path: the budget gate, the run, and the images written into --out."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from studio.cli import (
    EXIT_API,
    EXIT_BUDGET,
    EXIT_CANCELLED,
    EXIT_FAILURE,
    EXIT_USAGE,
    CliError,
)
from studio.cli_text import note_line, say, translate
from studio.core.budget import SpendGuard, usd
from studio.core.events import Completed, ErrorKind, Failed, ImageReady, Retrying
from studio.core.files import folder_problem, write_atomic
from studio.core.imageinfo import EXT_BY_FORMAT, ImageInfoError, inspect
from studio.core.pricing import Estimate
from studio.core.requests import ImageRequest
from studio.core.runner import LOCAL_STORAGE, JobOptions, Notice
from studio.core.services import Services


@dataclass
class Outcome:
    """What a run delivered: the outputs in order, the last event, and notes for stderr."""

    outputs: list[ImageReady] = field(default_factory=list)
    final: Completed | Failed | None = None
    notes: list[str] = field(default_factory=list)


class TerminalGate:
    """The window's budget gate for the CLI: refuse, or ask on a terminal ("ask" mode)."""

    def __init__(self, guard: SpendGuard, stdin: TextIO, stderr: TextIO) -> None:
        self._guard = guard
        self._stdin = stdin
        self._stderr = stderr
        self._lock = threading.Lock()  # drafts run in parallel: one question at a time

    @classmethod
    def for_services(cls, services: Services) -> TerminalGate:
        return cls(
            SpendGuard(services.store, lambda: services.settings.budgets), sys.stdin, sys.stderr
        )

    def __call__(self, estimate: Estimate) -> str | None:
        """The runner's guard for one job."""
        return self.decide(estimate.total_usd)

    def decide(self, estimate_usd: float) -> str | None:
        """None to send ``estimate_usd`` more, or why not (one sentence)."""
        with self._lock:
            result = self._guard.check(estimate_usd)
            if not result.over or self._guard.is_approved(result):
                if result.message:
                    print(note_line(result.message), file=self._stderr)
                return None
            if self._guard.budgets.on_exceed != "ask":
                return translate("Cli", "{message} Not sent (budget settings refuse it).").format(
                    message=say(result.message)
                )
            if not _is_terminal(self._stdin):
                return translate(
                    "Cli", "{message} Not sent: there is no terminal to ask for approval."
                ).format(message=say(result.message))
            question = translate("Cli", "{message} Send it anyway? [y/N] ")
            print(
                "studio: " + question.format(message=say(result.message)), end="", file=self._stderr
            )
            self._stderr.flush()
            if self._stdin.readline().strip().lower() in ("y", "yes"):
                self._guard.approve(result)
                return None
            return translate("Cli", "{message} Not sent.").format(message=say(result.message))


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):
        return False


def check_out(path: str) -> Path:
    """--out, refused before anything is sent when images could not be written there.

    The folder itself is created only when the first image arrives: a refused request leaves
    no empty folder behind.
    """
    out = Path(path)
    problem = folder_problem(out)
    if problem:
        raise CliError(
            translate("Cli", "--out: {problem}").format(problem=say(problem)), EXIT_USAGE
        )
    return out


def run_job(
    services: Services,
    request: ImageRequest,
    options: JobOptions,
    out: Path,
    gate: TerminalGate | None = None,
    *,
    as_json: bool = False,
) -> tuple[Completed, list[str]]:
    """Send (or serve from the cache) one request and write what arrived into ``out``.

    A failure raises CliError after the images that did arrive (paid for) were written, listed
    on stdout and named in the message.
    """
    outcome = _collect(services, request, options, gate or TerminalGate.for_services(services))
    for note in outcome.notes:
        print(note_line(note), file=sys.stderr)
    files, write_error = _write_outputs(outcome.outputs, outcome.final, out)
    final = outcome.final
    if isinstance(final, Failed):
        if files:
            _list_kept(final, files, as_json)
        raise CliError(_failure(final, files, write_error), _exit_code(final))
    assert isinstance(final, Completed)
    for note in final.notes:
        print(note_line(note), file=sys.stderr)
    if write_error:
        raise CliError(write_error, EXIT_FAILURE)
    return final, files


def _list_kept(failed: Failed, files: list[str], as_json: bool) -> None:
    """The images that arrived before ``failed``, on stdout like a success's files."""
    if as_json:
        summary = {
            "files": files,
            "failed": True,
            "error": failed.message,
            "cost_usd": round(failed.cost_usd or 0.0, 6),
            "job_id": failed.job_id,
        }
        print(json.dumps(summary, indent=2))
    else:
        kept = translate("Cli", "{count} image(s) kept before the failure:")
        print(kept.format(count=len(files)), *files, sep="\n  ")


def _collect(
    services: Services, request: ImageRequest, options: JobOptions, gate: TerminalGate
) -> Outcome:
    outcome = Outcome()
    cancel = threading.Event()
    events = services.runner.run(request, options, cancel, gate)
    while True:
        try:
            for event in events:
                _take(outcome, event)
            return outcome
        except KeyboardInterrupt:
            # Let the job end properly: recorded as cancelled, what arrived is written out.
            cancel.set()


def _take(outcome: Outcome, event: object) -> None:
    if isinstance(event, Retrying):
        print(
            "studio: "
            + translate("Cli", "{reason} Retrying in {seconds}s (attempt {attempt})").format(
                reason=say(event.reason),
                seconds=f"{max(event.delay_s, 0.0):.1f}",
                attempt=event.attempt + 1,
            ),
            file=sys.stderr,
        )
    elif isinstance(event, Notice):
        outcome.notes.append(event.message)
    elif isinstance(event, ImageReady):
        outcome.outputs.append(event)
    elif isinstance(event, Completed | Failed):
        outcome.final = event


def _write_outputs(
    outputs: list[ImageReady], final: Completed | Failed | None, out: Path
) -> tuple[list[str], str | None]:
    """Each output atomically into ``out``; stops at the first failure and says what is kept."""
    job_id = (final.job_id if final is not None else None) or "image"
    files: list[str] = []
    for position, event in enumerate(outputs):
        target = out / f"{job_id[:12]}-{event.image_index + 1}.{_extension(event)}"
        try:
            write_atomic(target, event.data)
        except OSError as exc:
            return files, _kept_elsewhere(outputs[position:], target, exc, files)
        files.append(str(target.resolve()))
    return files, None


def _kept_elsewhere(
    missing: list[ImageReady], target: Path, exc: OSError, written: list[str]
) -> str:
    stored = [event.path for event in missing if event.path]
    where = f"kept in the data folder: {', '.join(stored)}" if stored else "not kept anywhere"
    done = f"; written: {', '.join(written)}" if written else ""
    return (
        f"could not write {target} ({exc.strerror or exc}); {len(missing)} image(s) {where}{done}"
    )


def _extension(event: ImageReady) -> str:
    try:
        return EXT_BY_FORMAT.get(inspect(event.data).format, "bin")
    except ImageInfoError:
        return "bin"


def _failure(final: Failed, files: list[str], write_error: str | None) -> str:
    message = final.message
    if files:
        message += f" {len(files)} image(s) received before that were written: {', '.join(files)}"
    if write_error:
        message += f" Also, {write_error}."
    return message


def _exit_code(final: Failed) -> int:
    if final.code == LOCAL_STORAGE:
        return EXIT_FAILURE
    by_kind = {
        ErrorKind.INVALID_REQUEST: 3,
        ErrorKind.NO_KEY: 4,
        ErrorKind.AUTH: 4,
        ErrorKind.INSECURE: 4,
        ErrorKind.BUDGET: EXIT_BUDGET,
        ErrorKind.CANCELLED: EXIT_CANCELLED,
    }
    return by_kind.get(final.kind, EXIT_API)


def print_result(args: argparse.Namespace, final: Completed, files: list[str]) -> None:
    """The files written, with cost and cache state (JSON with --json)."""
    if args.json:
        print(
            json.dumps(
                {
                    "files": files,
                    "usage": (final.usage.as_dict() if final.usage else None),
                    "cost_usd": round(final.cost_usd or 0.0, 6),
                    "cached": final.cached,
                    "job_id": final.job_id,
                },
                indent=2,
            )
        )
    else:
        state = translate("Cli", "cached, $0") if final.cached else usd(final.cost_usd or 0)
        line = translate("Cli", "{count} image(s) ({state}):")
        print(line.format(count=len(files), state=state), *files, sep="\n  ")
