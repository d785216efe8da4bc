"""`studio batch submit|status|collect|cancel`: bulk work at the Batch API's half price."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from studio.cli import EXIT_API, EXIT_BUDGET, EXIT_INVALID, EXIT_OK, CliError, _add_params
from studio.cli_commands import read_input
from studio.cli_text import problems_text, say, translate
from studio.core import paths
from studio.core.batch.lines import BatchError
from studio.core.batch.plan import expand, parse_sizes
from studio.core.batch.records import BatchRecord
from studio.core.batch.service import BatchRefused, BatchService
from studio.core.budget import SpendGuard, usd
from studio.core.engine import CallFailed
from studio.core.providers import DEMO_KEY, Provider
from studio.core.runner import JobOptions
from studio.core.services import Services, build_services
from studio.core.settings import load_settings
from studio.core.validation import InvalidRequestError

DEMO_STEP_S = 3.0  # the demo emulator moves a batch one state on every 3 s


# The Batch API's states in the user's words (record.status keeps the API's word).
STATES = {
    "preparing": QT_TRANSLATE_NOOP("Cli", "preparing"),
    "validating": QT_TRANSLATE_NOOP("Cli", "validating"),
    "in_progress": QT_TRANSLATE_NOOP("Cli", "in progress"),
    "finalizing": QT_TRANSLATE_NOOP("Cli", "finalizing"),
    "cancelling": QT_TRANSLATE_NOOP("Cli", "cancelling"),
    "completed": QT_TRANSLATE_NOOP("Cli", "completed"),
    "failed": QT_TRANSLATE_NOOP("Cli", "failed"),
    "expired": QT_TRANSLATE_NOOP("Cli", "expired"),
    "cancelled": QT_TRANSLATE_NOOP("Cli", "cancelled"),
}


def add_parser(sub: Any) -> None:
    """The `batch` command and its four subcommands."""
    batch = sub.add_parser(
        "batch",
        help=QT_TRANSLATE_NOOP("CliHelp", "many images at half price, within 24 h (Batch API)"),
    )
    actions = batch.add_subparsers(dest="batch_command", required=True)
    submit = actions.add_parser(
        "submit", help=QT_TRANSLATE_NOOP("CliHelp", "send a batch; prints its id")
    )
    _add_params(submit)
    submit.add_argument(
        "--image",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("CliHelp", "picture to edit (repeat: each is edited)"),
    )
    submit.add_argument(
        "--mask",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "mask for every picture (white = edit)"),
    )
    submit.add_argument(
        "--variations",
        type=int,
        default=1,
        help=QT_TRANSLATE_NOOP("CliHelp", "copies of each request"),
    )
    submit.add_argument(
        "--sizes",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "comma-separated sizes, one request each"),
    )
    submit.add_argument(
        "--label", default="", help=QT_TRANSLATE_NOOP("CliHelp", "a name to recognise the batch by")
    )
    status = actions.add_parser(
        "status", help=QT_TRANSLATE_NOOP("CliHelp", "where a batch (or every batch) is")
    )
    status.add_argument(
        "id",
        metavar="ID",
        nargs="?",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "the batch id (default: every batch)"),
    )
    status.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print machine-readable JSON"),
    )
    collect = actions.add_parser(
        "collect", help=QT_TRANSLATE_NOOP("CliHelp", "write every finished image (idempotent)")
    )
    collect.add_argument("id", metavar="ID", help=QT_TRANSLATE_NOOP("CliHelp", "the batch id"))
    collect.add_argument(
        "--out", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "folder to write the images into")
    )
    collect.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print machine-readable JSON"),
    )
    cancel = actions.add_parser(
        "cancel", help=QT_TRANSLATE_NOOP("CliHelp", "cancel a batch; what already ran is kept")
    )
    cancel.add_argument("id", metavar="ID", help=QT_TRANSLATE_NOOP("CliHelp", "the batch id"))
    for action in (submit, status, collect, cancel):
        action.add_argument(
            "--demo",
            action="store_true",
            help=QT_TRANSLATE_NOOP("CliHelp", "use the offline emulator"),
        )


def run(args: argparse.Namespace) -> int:
    handler = {"submit": submit, "status": status, "collect": collect, "cancel": cancel}
    with batch_services(args.demo) as (services, batches):
        try:
            return handler[args.batch_command](args, services, batches)
        except CallFailed as exc:
            raise CliError(say(exc.failed.message), EXIT_API) from exc
        except KeyError as exc:
            message = translate("Cli", "no batch {id} in this history (see: studio batch status)")
            raise CliError(message.format(id=exc.args[0]), EXIT_INVALID) from exc


def submit(args: argparse.Namespace, services: Services, batches: BatchService) -> int:
    from studio.cli_commands import _matching, default_model, user_request

    images, args.image = list(args.image), args.image[:1]
    base = user_request(args, default_model(services, persist=not args.demo))
    pictures = [read_input(path) for path in images]
    model = base.params.model
    requests = expand(
        base,
        pictures=pictures,
        sizes=parse_sizes(args.sizes or ""),
        variations=args.variations,
        size_for=None if args.size else (lambda picture: _matching((picture,), model)),
    )
    guard = SpendGuard(services.store, lambda: services.settings.budgets)
    feather = float(services.settings.feather_px)
    try:
        record = batches.submit(
            requests,
            label=args.label or base.prompt[:60],
            guard=lambda total: _refusal(guard, total),
            options=JobOptions(mode="batch", composite_feather_px=feather),
        )
    except BatchRefused as exc:
        raise CliError(str(exc), EXIT_BUDGET) from exc  # already translated by _refusal
    except InvalidRequestError as exc:
        raise CliError(problems_text(exc.problems), EXIT_INVALID) from exc
    except (BatchError, ValueError) as exc:
        raise CliError(say(str(exc)), EXIT_INVALID) from exc
    if args.json:
        print(json.dumps(_record_dict(record), indent=2))
    else:
        print(record.ref)
    return EXIT_OK


def status(args: argparse.Namespace, services: Services, batches: BatchService) -> int:
    if args.id:
        records = [batches.refresh(args.id)]
    else:
        batches.refresh_open()
        records = services.store.batches()
    if args.json:
        print(json.dumps([_record_dict(r) for r in records], indent=2))
        return EXIT_OK
    if not records:
        print(translate("Cli", "No batches yet: studio batch submit --prompt ... sends one."))
    for record in records:
        print(_record_line(record))
    return EXIT_OK


def collect(args: argparse.Namespace, services: Services, batches: BatchService) -> int:
    record = batches.refresh(args.id)
    for _ in batches.collect(record.id):
        pass
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written, unchanged, failed = [], 0, []
    for item, sources in batches.results(record.id):
        if item.error:
            failed.append({"custom_id": item.custom_id, "error": item.error})
        for index, source in enumerate(sources):
            target = out / f"{record.ref[-8:]}-{item.custom_id}-{index + 1}{Path(source).suffix}"
            data = Path(source).read_bytes()
            if target.is_file() and target.read_bytes() == data:
                unchanged += 1
                continue
            target.write_bytes(data)
            written.append(str(target.resolve()))
    record = services.store.batch(record.id)
    _report_collect(args, record, written, unchanged, failed)
    return EXIT_OK


def _report_collect(
    args: argparse.Namespace,
    record: BatchRecord,
    written: list[str],
    unchanged: int,
    failed: list[dict[str, str]],
) -> None:
    if args.json:
        body = {**_record_dict(record), "written": written, "unchanged": unchanged}
        print(json.dumps({**body, "failed_requests": failed}, indent=2))
        return
    if record.is_open:
        line = translate("Cli", "{id} is {state}: nothing to collect yet.")
        print(line.format(id=record.ref, state=_state(record)))
        return
    line = translate("Cli", "{count} new image(s), {unchanged} already there:")
    print(line.format(count=len(written), unchanged=unchanged), *written, sep="\n  ")
    for failure in failed:
        line = translate("Cli", "{request} failed: {reason}")
        reason = say(failure["error"])
        print(
            "studio: " + line.format(request=failure["custom_id"], reason=reason), file=sys.stderr
        )


def cancel(args: argparse.Namespace, services: Services, batches: BatchService) -> int:
    record = batches.cancel(args.id)
    print(f"{record.ref}: {_state(record)}")
    return EXIT_OK


def _refusal(guard: SpendGuard, total: float) -> str | None:
    result = guard.check(total)
    if not result.over:
        return None
    line = translate("Cli", "{message} Nothing was sent (budget settings).")
    return line.format(message=say(result.message))


def _state(record: BatchRecord) -> str:
    words = STATES.get(record.status)
    return translate("Cli", words) if words else record.status.replace("_", " ")


def _record_line(record: BatchRecord) -> str:
    if record.cost_usd is None:
        cost = translate("Cli", "not billed yet")
    else:
        cost = translate("Cli", "{cost} billed").format(cost=usd(record.cost_usd))
    done = translate("Cli", "{completed}/{total} done, {failed} failed").format(
        completed=record.completed, total=record.total, failed=record.failed
    )
    when = translate("Cli", "(estimate {estimate})  submitted {submitted}").format(
        estimate=usd(record.estimate_usd), submitted=record.created[:19]
    )
    if record.finished:
        when += translate("Cli", ", finished {finished}").format(finished=record.finished[:19])
    return f"{record.ref}  {_state(record):<11} {done}  {cost} {when}  {record.label}"


def _record_dict(record: BatchRecord) -> dict[str, Any]:
    return {
        "id": record.ref,
        "status": record.status,
        "label": record.label,
        "endpoint": record.endpoint,
        "model": record.model,
        "total": record.total,
        "completed": record.completed,
        "failed": record.failed,
        "estimate_usd": round(record.estimate_usd, 6),
        "cost_usd": None if record.cost_usd is None else round(record.cost_usd, 6),
        "submitted": record.created,
        "finished": record.finished,
        "collected": record.collected,
        "message": record.message,
    }


@contextmanager
def batch_services(demo: bool) -> Iterator[tuple[Services, BatchService]]:
    """Core services and the batch service; demo batches live in the data dir between runs."""
    if not demo:
        services = build_services(load_settings())
        try:
            yield services, BatchService(services.runner)
        finally:
            services.close()
        return
    from studio.core.batch.backoff import DEMO
    from studio.emulator.server import EmulatorServer

    state = paths.data_dir() / "demo-batches"
    with EmulatorServer(port=0, batch_dir=state, batch_auto_step_s=DEMO_STEP_S) as server:
        provider = Provider.emulator(server.base_url)
        services = build_services(load_settings(), provider=provider, api_key=DEMO_KEY)
        try:
            yield services, BatchService(services.runner, DEMO)
        finally:
            services.close()
