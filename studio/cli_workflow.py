"""The CLI's cost-saving workflow: `studio drafts` then `studio finalize`, as the window does."""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from studio.cli import EXIT_INVALID, EXIT_OK, CliError
from studio.cli_commands import check_budget, default_model, services_for, user_request
from studio.cli_jobs import TerminalGate, check_out, run_job
from studio.cli_text import note_line, say, translate
from studio.core.budget import usd as money
from studio.core.finalize import DraftNotFoundError, find_draft, load_draft, plan_final
from studio.core.imageinfo import ImageInfoError, inspect
from studio.core.requests import ImageRequest, parse_size
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.core.sizing import draft_size


def drafts(args: argparse.Namespace) -> int:
    """N parallel drafts at the draft quality and the cheapest size matching the picture."""
    out = check_out(args.out)
    with services_for(args.demo) as services:
        model = default_model(services, persist=not args.demo)
        request = _draft_request(services, user_request(args, model))
        count = args.count or services.settings.defaults.draft_count
        feather = None if args.no_composite else float(services.settings.feather_px)
        options = JobOptions(
            mode="draft", use_cache=False, composite_feather_px=feather if request.mask else None
        )
        gate = TerminalGate.for_services(services)
        check_budget(services, [request] * count, gate)  # the batch as a whole, before sending
        with ThreadPoolExecutor(max_workers=min(count, 4)) as pool:
            done = list(
                pool.map(
                    lambda _i: run_job(services, request, options, out, gate, as_json=args.json),
                    range(count),
                )
            )
        rows = []
        for final, files in done:
            rows.append({"file": files[0], "job_id": final.job_id, "cost_usd": _usd(final)})
        total = round(sum(row["cost_usd"] for row in rows), 6)  # type: ignore[misc]
    if args.json:
        print(json.dumps({"drafts": rows, "cost_usd": total}, indent=2))
    else:
        p = request.params
        line = translate("Cli", "{count} drafts at {quality}, {size} ({cost}):")
        print(line.format(count=count, quality=p.quality, size=p.size, cost=money(total)))
        for row in rows:
            job = translate("Cli", "(job {id})").format(id=row["job_id"])
            print(f"  {row['file']}  {job}")
    return EXIT_OK


def finalize(args: argparse.Namespace) -> int:
    """The final of a draft (job id or one of its files): its picture and mask from the store."""
    out = check_out(args.out)
    with services_for(args.demo) as services:
        try:
            job_id, position = find_draft(services.store, args.draft)
            draft = load_draft(services.store, job_id, position)
        except DraftNotFoundError as exc:
            message = translate("Cli", "cannot finalize: {reason}")
            raise CliError(message.format(reason=say(str(exc))), EXIT_INVALID) from exc
        quality = args.quality or services.settings.defaults.final_quality
        plan = plan_final(
            draft,
            services.catalog,
            quality,
            args.size,
            regenerate=args.regenerate,
            feather_px=float(services.settings.feather_px),
            lifecycle=services.lifecycle,
        )
        spec = services.catalog.get(plan.request.params.model)
        if plan.request.params.quality not in spec.qualities:
            message = translate("Cli", "{model} has no quality {quality}")
            raise CliError(message.format(model=spec.id, quality=quality), EXIT_INVALID)
        if plan.notice:
            print(note_line(plan.notice), file=sys.stderr)
        final, files = run_job(services, plan.request, plan.options, out, as_json=args.json)
    if args.json:
        usage = final.usage.as_dict() if final.usage else None
        body = {"files": files, "job_id": final.job_id, "cost_usd": _usd(final), "usage": usage}
        print(json.dumps(body, indent=2))
    else:
        p = plan.request.params
        line = translate("Cli", "final at {quality}, {size} ({cost}):")
        print(
            line.format(quality=p.quality, size=p.size, cost=money(_usd(final))), *files, sep="\n  "
        )
    return EXIT_OK


def _draft_request(services: Services, request: ImageRequest) -> ImageRequest:
    """The request at the draft quality, n=1, and the cheapest size for the picture's aspect."""
    spec = services.catalog.get(request.params.model)
    quality = services.settings.defaults.draft_quality
    quality = quality if quality in spec.qualities else spec.qualities[0]
    aspect = _aspect(request)
    size = draft_size(services.catalog, spec, aspect, quality)
    return replace(request, params=replace(request.params, quality=quality, size=size, n=1))


def _aspect(request: ImageRequest) -> float:
    if request.images:
        try:
            info = inspect(request.images[0].data)
            return info.width / info.height
        except (ImageInfoError, ZeroDivisionError):
            pass
    dims = parse_size(request.params.size)
    return dims[0] / dims[1] if dims else 1.0


def _usd(final: object) -> float:
    return round(float(getattr(final, "cost_usd", 0.0) or 0.0), 6)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`drafts` and `finalize` on the CLI's subcommand parser."""
    from studio.cli import add_job

    drafts_parser = sub.add_parser(
        "drafts", help=QT_TRANSLATE_NOOP("CliHelp", "cheap parallel drafts of a prompt or edit")
    )
    add_job(drafts_parser)
    drafts_parser.add_argument(
        "--image", action="append", default=[], help=QT_TRANSLATE_NOOP("CliHelp", "input image")
    )
    drafts_parser.add_argument(
        "--mask",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "mask: white (or transparent) = edit"),
    )
    drafts_parser.add_argument(
        "--count", type=int, default=None, help=QT_TRANSLATE_NOOP("CliHelp", "how many (default 4)")
    )
    final = sub.add_parser(
        "finalize", help=QT_TRANSLATE_NOOP("CliHelp", "render a picked draft at the final quality")
    )
    final.add_argument(
        "--draft",
        required=True,
        help=QT_TRANSLATE_NOOP("CliHelp", "the draft's job id or one of its files"),
    )
    final.add_argument(
        "--quality",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "final quality (default: high)"),
    )
    final.add_argument(
        "--size",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "WIDTHxHEIGHT (default: match the picture)"),
    )
    final.add_argument(
        "--regenerate",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "render the prompt again (new composition)"),
    )
    final.add_argument(
        "--out", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "folder to write the image into")
    )
    final.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print machine-readable JSON"),
    )
    final.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "use the built-in offline emulator"),
    )
