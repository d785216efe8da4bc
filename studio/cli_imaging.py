"""The CLI's region commands: `studio extend` (outpaint) and `studio edit --focus`/--no-blend."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from studio.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliError
from studio.cli_commands import default_model, generate, services_for, user_request
from studio.cli_jobs import check_out, run_job
from studio.cli_text import problems_text, say, translate
from studio.core.budget import usd
from studio.core.events import Completed
from studio.core.imageio import ImageLoadError, load_image_bytes
from studio.core.imaging.extend import ExtendPlan, parse_aspect, plan_aspect, plan_sides
from studio.core.imaging.focus import DEFAULT_CONTEXT_PX
from studio.core.regions import extension, fixed_dims, focused_edit, plan_focused
from studio.core.requests import ImageParams, ImageRequest
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.core.validation import InvalidRequestError

SIDES = ("left", "top", "right", "bottom")
SIDE_HELP = (
    QT_TRANSLATE_NOOP("CliHelp", "pixels to add on the left"),
    QT_TRANSLATE_NOOP("CliHelp", "pixels to add at the top"),
    QT_TRANSLATE_NOOP("CliHelp", "pixels to add on the right"),
    QT_TRANSLATE_NOOP("CliHelp", "pixels to add at the bottom"),
)


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], edit: argparse.ArgumentParser
) -> None:
    """`extend`, and `--focus`, `--context`, `--no-blend` on `edit`."""
    edit.add_argument(
        "--focus",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "send only a crop around the mask"),
    )
    edit.add_argument(
        "--context",
        type=int,
        default=DEFAULT_CONTEXT_PX,
        help=QT_TRANSLATE_NOOP("CliHelp", "pixels around the mask (--focus)"),
    )
    edit.add_argument(
        "--no-blend",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "keep the result's own colours"),
    )
    extend = sub.add_parser(
        "extend", help=QT_TRANSLATE_NOOP("CliHelp", "extend the canvas and fill the new border")
    )
    extend.add_argument(
        "--image", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the picture to extend")
    )
    for side, text in zip(SIDES, SIDE_HELP, strict=True):
        extend.add_argument(f"--{side}", type=int, default=0, help=text)
    extend.add_argument(
        "--aspect",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "extend to this shape, e.g. 16:9"),
    )
    extend.add_argument(
        "--prompt", default="", help=QT_TRANSLATE_NOOP("CliHelp", "what the new border should show")
    )
    extend.add_argument(
        "--model",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "model id (default: gpt-image-2)"),
    )
    extend.add_argument(
        "--quality", default=None, help=QT_TRANSLATE_NOOP("CliHelp", "low, medium, high or auto")
    )
    extend.add_argument(
        "--output-format", default="png", help=QT_TRANSLATE_NOOP("CliHelp", "png, jpeg or webp")
    )
    extend.add_argument(
        "--out", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "folder to write the image into")
    )
    extend.add_argument(
        "--no-blend",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "keep the result's own colours"),
    )
    extend.add_argument(
        "--no-cache",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "always send, never reuse"),
    )
    extend.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print machine-readable JSON"),
    )
    extend.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "use the built-in offline emulator"),
    )


def edit(args: argparse.Namespace) -> int:
    """`studio edit`: as `generate`, unless focused or unblended."""
    if not args.focus and not args.no_blend:
        return generate(args)
    if args.focus and not args.mask:
        message = translate("Cli", "--focus needs a --mask: it sends a crop around the masked area")
        raise CliError(message, EXIT_USAGE)
    out = check_out(args.out)
    with services_for(args.demo) as services:
        request = user_request(args, default_model(services, persist=not args.demo))
        feather = None if args.no_composite else float(services.settings.feather_px)
        options = JobOptions(
            mode="edit",
            use_cache=not args.no_cache,
            composite_feather_px=feather,
            blend=not args.no_blend,
        )
        full_cost = _estimate(services, request)
        sent = request
        if args.focus:
            request, options = _focused(services, request, options, args.context)
        final, files = run_job(services, request, options, out, as_json=args.json)
        body = _result(final, files)
    body["sent_size"] = request.params.size
    if args.focus:
        body["full_frame_cost_usd"] = round(full_cost, 6)
    sent_at = translate("Cli", "sent at {size}").format(size=request.params.size)
    _print(args, body, sent_at if request is not sent else "")
    return EXIT_OK


def extend(args: argparse.Namespace) -> int:
    """`studio extend`: the picture on a larger canvas, the new border filled by the model."""
    out = check_out(args.out)
    try:
        picture = load_image_bytes(Path(args.image).read_bytes(), name=Path(args.image).name)
    except (OSError, ImageLoadError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else say(str(exc))
        message = translate("Cli", "cannot read the {what} {path}: {reason}")
        what = translate("Cli", "image")
        raise CliError(
            message.format(what=what, path=args.image, reason=reason), EXIT_INVALID
        ) from exc
    with services_for(args.demo) as services:
        model = args.model or default_model(services, persist=not args.demo)
        spec = services.catalog.get(model)
        plan = _plan(args, picture.size, services, fixed_dims(spec))
        params = ImageParams(
            model=model, quality=args.quality or "auto", output_format=args.output_format
        )
        job = extension(picture, plan, params, args.prompt, blend=not args.no_blend)
        options = replace(job.options, use_cache=not args.no_cache)
        final, files = run_job(services, job.request, options, out, as_json=args.json)
        body = _result(final, files)
    width, height = plan.canvas_size
    body["size"] = f"{width}x{height}"
    body["sent_size"] = job.request.params.size
    extended = translate("Cli", "{before} extended to {after}")
    before = f"{picture.width}x{picture.height}"
    _print(args, body, extended.format(before=before, after=f"{width}x{height}"))
    return EXIT_OK


def _plan(
    args: argparse.Namespace,
    size: tuple[int, int],
    services: Services,
    fixed: list[tuple[int, int]] | None,
) -> ExtendPlan:
    sides = tuple(getattr(args, side) for side in SIDES)
    rules = services.catalog.size_rules
    if args.aspect and any(sides):
        message = translate("Cli", "give either --aspect or pixels per side, not both")
        raise CliError(message, EXIT_USAGE)
    try:
        if args.aspect:
            return plan_aspect(size, parse_aspect(args.aspect), rules, fixed)
        if not any(sides):
            message = translate(
                "Cli", "say how far to extend: --left/--right/--top/--bottom or --aspect"
            )
            raise CliError(message, EXIT_USAGE)
        return plan_sides(size, (sides[0], sides[1], sides[2], sides[3]), rules, fixed)
    except ValueError as exc:
        raise CliError(say(str(exc)), EXIT_USAGE) from exc


def _focused(
    services: Services, request: ImageRequest, options: JobOptions, context: int
) -> tuple[ImageRequest, JobOptions]:
    plan = plan_focused(request, services.catalog, max(context, 0))
    if plan is None or not plan.worthwhile:
        note = translate("Cli", "the mask covers most of the picture; the whole frame is sent")
        print("studio: " + translate("Cli", "note: {note}").format(note=note), file=sys.stderr)
        return request, options
    job = focused_edit(request, options, plan)
    return job.request, job.options


def _estimate(services: Services, request: ImageRequest) -> float:
    try:
        return services.runner.prepare(request, use_cache=False).estimate.total_usd
    except InvalidRequestError as exc:
        raise CliError(problems_text(exc.problems), EXIT_INVALID) from exc


def _result(final: Completed, files: list[str]) -> dict[str, object]:
    return {
        "files": files,
        "usage": final.usage.as_dict() if final.usage else None,
        "cost_usd": round(final.cost_usd or 0.0, 6),
        "cached": final.cached,
        "job_id": final.job_id,
    }


def _print(args: argparse.Namespace, body: dict[str, object], headline: str) -> None:
    if args.json:
        print(json.dumps(body, indent=2))
        return
    files = body["files"]
    assert isinstance(files, list)
    cost = body["cost_usd"]
    assert isinstance(cost, float)
    state = translate("Cli", "cached, $0") if body["cached"] else usd(cost)
    if headline:
        line = translate("Cli", "{count} image(s) ({state}; {headline}):")
    else:
        line = translate("Cli", "{count} image(s) ({state}):")
    print(line.format(count=len(files), state=state, headline=headline))
    print(*(f"  {name}" for name in files), sep="\n")
