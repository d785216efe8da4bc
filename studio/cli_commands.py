"""The CLI's subcommands over the core services: estimate, generate/edit and usage."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from unicodedata import east_asian_width

from PySide6.QtCore import QT_TRANSLATE_NOOP

from studio.cli import EXIT_BUDGET, EXIT_INVALID, EXIT_OK, CliError
from studio.cli_jobs import TerminalGate, check_out, print_result, run_job
from studio.cli_text import note_line, problems_text, say, translate
from studio.core import pricing, reports
from studio.core.budget import usd
from studio.core.catalog import Catalog
from studio.core.clock import system_clock
from studio.core.imageinfo import ImageInfoError, inspect
from studio.core.imageio import ImageLoadError, load_image_bytes
from studio.core.lifecycle import Lifecycle
from studio.core.mask_io import MaskSizeError, export_png, import_mask
from studio.core.pil import Image
from studio.core.providers import DEMO_KEY, Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.runner import JobOptions
from studio.core.services import Services, build_services
from studio.core.settings import load_settings, save_settings
from studio.core.sizing import matching_size
from studio.core.validation import InvalidRequestError, check


def user_request(args: argparse.Namespace, defaults_model: str) -> ImageRequest:
    """The request the command line describes (images, mask as the window imports it)."""
    images = tuple(read_input(path) for path in getattr(args, "image", None) or [])
    mask_path = getattr(args, "mask", None)
    mask = _mask(mask_path, images) if mask_path else None
    markup_path = getattr(args, "markup", None)
    markup = markup_file(markup_path, images) if markup_path else None
    params = ImageParams(
        model=args.model or defaults_model,
        size=args.size or _matching(images, args.model or defaults_model),
        quality=args.quality or "auto",
        n=args.n,
        background=args.background,
        output_format=args.output_format,
        output_compression=args.output_compression,
        moderation=args.moderation,
        input_fidelity=args.input_fidelity,
        partial_images=args.partial_images,
        complexity=args.complexity,
        frame_count=args.frame_count,
        frame_duration_ms=args.frame_duration_ms,
        svg_model=args.svg_model,
        svg_effort=args.svg_effort,
        safety_identifier=args.safety_identifier,
    )
    return ImageRequest(args.prompt, params, images, mask, markup)


def _matching(images: tuple[InputImage, ...], model: str) -> str:
    """Without --size an edit follows its picture's shape, as the window's "Match canvas"."""
    if not images:
        return "auto"
    try:
        catalog = Catalog.load()
        info = inspect(images[0].data)
        return matching_size(catalog, catalog.get(model), info.width, info.height)
    except (ImageInfoError, LookupError):
        return "auto"  # validation names the unreadable image or the unknown model


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        message = translate("Cli", "cannot read the {what} {path}: {reason}")
        raise CliError(
            message.format(what=what, path=path, reason=exc.strerror),
            EXIT_INVALID,
        ) from exc


def read_input(path: str) -> InputImage:
    """An input picture from a file (one translated line when it cannot be read)."""
    return InputImage(_read(path, translate("Cli", "image")), Path(path).name)


def _mask(path: str, images: tuple[InputImage, ...]) -> bytes:
    """The API's mask from a file as the window imports it: black-and-white (white = edit) or
    an alpha mask (transparent = edit); it must have the first image's size."""
    if not images:
        raise CliError(translate("Cli", "a mask needs an --image to edit"), EXIT_INVALID)
    data = _read(path, translate("Cli", "mask"))
    if _api_mask_as_is(data, images[0].data):
        return data  # decoding and re-encoding a 10000² mask cost 800 MB for the same alpha
    try:
        mask = load_image_bytes(data, name=Path(path).name)
        picture = inspect(images[0].data)
        coverage = import_mask(mask, (picture.width, picture.height))
    except (ImageLoadError, ImageInfoError, MaskSizeError) as exc:
        message = translate("Cli", "cannot use the mask {name}: {reason}")
        raise CliError(
            message.format(name=Path(path).name, reason=say(str(exc))), EXIT_INVALID
        ) from exc
    return export_png(coverage)


def _api_mask_as_is(data: bytes, picture: bytes) -> bool:
    """True for an RGBA PNG of the picture's size with some transparency: already the API's
    mask, read the same way by import_mask (by its alpha), so it is sent unchanged."""
    try:
        info, shape = inspect(data), inspect(picture)
    except ImageInfoError:
        return False
    if (info.format, info.width, info.height) != ("PNG", shape.width, shape.height):
        return False
    with Image.open(io.BytesIO(data)) as opened:
        if opened.mode != "RGBA":
            return False
        opened.load()
        lowest, _ = opened.getchannel("A").getextrema()
    return isinstance(lowest, int) and lowest < 255


def markup_file(path: str, images: tuple[InputImage, ...]) -> bytes:
    """A markup PNG as given: transparent where unmarked, the first image's size."""
    if not images:
        raise CliError(translate("Cli", "a markup needs an --image to edit"), EXIT_INVALID)
    data = _read(path, translate("Cli", "markup"))
    name = Path(path).name
    try:
        info, picture = inspect(data), inspect(images[0].data)
    except ImageInfoError as exc:
        message = translate("Cli", "cannot use the markup {name}: it is {reason}")
        raise CliError(message.format(name=name, reason=say(str(exc))), EXIT_INVALID) from exc
    if info.format != "PNG" or not info.has_alpha:
        message = translate("Cli", "the markup {name} must be a PNG with transparency")
        raise CliError(message.format(name=name), EXIT_INVALID)
    if (info.width, info.height) != (picture.width, picture.height):
        message = translate(
            "Cli",
            "the markup {name} is {size} but the picture is {picture}; draw it at the "
            "picture's size",
        )
        sizes = {
            "size": f"{info.width}x{info.height}",
            "picture": f"{picture.width}x{picture.height}",
        }
        raise CliError(message.format(name=name, **sizes), EXIT_INVALID)
    try:
        alpha = load_image_bytes(data, name=name).convert("RGBA").getchannel("A")
    except ImageLoadError as exc:
        message = translate("Cli", "cannot use the markup {name}: {reason}")
        raise CliError(message.format(name=name, reason=say(str(exc))), EXIT_INVALID) from exc
    if alpha.getextrema()[0] != 0:
        message = translate("Cli", "the markup {name} has no transparent pixels")
        raise CliError(message.format(name=name), EXIT_INVALID)
    return data


def estimate(args: argparse.Namespace) -> int:
    catalog = Catalog.load()
    request = user_request(args, catalog.default_model)
    try:
        spec = check(request, catalog)
    except InvalidRequestError as exc:
        raise CliError(problems_text(exc.problems), EXIT_INVALID) from exc
    result = pricing.estimate(request, spec, catalog.size_rules, catalog.svg)
    lifecycle = Lifecycle(catalog, ProviderKind(load_settings().provider), system_clock())
    note = lifecycle.estimate_note(spec)
    if note:  # estimating a retired model is fine; only sending it is refused
        result = replace(result, notes=(note, *result.notes))
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        line = translate(
            "Cli", "{model} {size} {quality} x{n}: {input} input + {output} output tokens = {cost}"
        )
        size = f"{result.width}x{result.height}"
        print(
            line.format(
                model=spec.id,
                size=size,
                quality=result.quality,
                n=result.n,
                input=result.input_tokens,
                output=result.output_tokens,
                cost=usd(result.total_usd),
            )
        )
        for note in result.notes:
            print("  " + translate("Cli", "note: {note}").format(note=say(note)))
    return EXIT_OK


def generate(args: argparse.Namespace) -> int:
    """Both `generate` and `edit` (an edit is a request with images)."""
    out = check_out(args.out)
    with services_for(args.demo) as services:
        request = user_request(args, default_model(services, persist=not args.demo))
        feather = None if args.no_composite else float(services.settings.feather_px)
        options = JobOptions(
            mode=args.command, use_cache=not args.no_cache, composite_feather_px=feather
        )
        final, files = run_job(services, request, options, out, as_json=args.json)
        print_result(args, final, files)
    return EXIT_OK


def default_model(services: Services, *, persist: bool) -> str:
    """The saved default model, moved on (and saved, with a one-time note) once retired.
    Demo mode does not rewrite the settings of the real provider."""
    settings, notice = services.lifecycle.update_settings(services.settings)
    if notice:
        if persist:
            save_settings(settings)
        services.settings = settings
        print(note_line(notice), file=sys.stderr)
    return settings.defaults.model


def check_budget(services: Services, requests: Sequence[ImageRequest], gate: TerminalGate) -> None:
    """Refuse a batch (drafts) whose estimates together would cross a cap, before any is sent;
    in "ask" mode the user approves the batch as a whole on the terminal."""
    total = 0.0
    for request in requests:
        try:
            total += services.runner.prepare(request, use_cache=False).estimate.total_usd
        except InvalidRequestError as exc:
            raise CliError(problems_text(exc.problems), EXIT_INVALID) from exc
    refusal = gate.decide(total)
    if refusal:
        raise CliError(refusal, EXIT_BUDGET)


@contextmanager
def services_for(demo: bool) -> Iterator[Services]:
    if not demo:
        services = build_services(load_settings())
        try:
            yield services
        finally:
            services.close()
        return
    from studio.emulator.server import EmulatorServer

    with EmulatorServer(port=0) as server:
        provider = Provider.emulator(server.base_url)
        services = build_services(load_settings(), provider=provider, api_key=DEMO_KEY)
        try:
            yield services
        finally:
            services.close()


def usage(args: argparse.Namespace) -> int:
    """Spend grouped by day/month/model/quality/mode: the usage dialog's query and CSV."""
    from studio.core.store import Store

    store = Store()
    store.reconcile()  # jobs a closed, killed or crashed Studio left running
    rows = reports.spend(store, args.by, since=args.since)
    total = sum(row.cost_usd for row in rows)
    if args.json:
        print(
            json.dumps(
                {
                    "by": args.by,
                    "total_usd": round(total, 6),
                    "rows": [reports.row_dict(row) for row in rows],
                },
                indent=2,
            )
        )
    elif args.csv:
        reports.write_csv(rows, args.by, sys.stdout)
    else:
        _print_table(args.by, rows, total)
    store.close()
    return EXIT_OK


BY_HEADINGS = {
    "day": QT_TRANSLATE_NOOP("Cli", "day"),
    "month": QT_TRANSLATE_NOOP("Cli", "month"),
    "model": QT_TRANSLATE_NOOP("Cli", "model"),
    "quality": QT_TRANSLATE_NOOP("Cli", "quality"),
    "mode": QT_TRANSLATE_NOOP("Cli", "mode"),
}


TOTAL = QT_TRANSLATE_NOOP("Cli", "total")


def _print_table(by: str, rows: Sequence[reports.SpendRow], total: float) -> None:
    """The usage table with its headings and total line in the user's language."""
    heading = (
        translate("Cli", BY_HEADINGS[by]),
        translate("Cli", "jobs"),
        translate("Cli", "images"),
        translate("Cli", "cost USD"),
    )
    print(_pad(heading[0], 24), _pad(heading[1], -6), _pad(heading[2], -7), _pad(heading[3], -10))
    for row in rows:
        print(f"{_pad(row.key, 24)} {row.jobs:>6} {row.images:>7} {row.cost_usd:>10.4f}")
    print(f"{_pad(translate('Cli', TOTAL), 24)} {'':>6} {'':>7} {total:>10.4f}")


def _pad(text: str, width: int) -> str:
    """``text`` in ``width`` terminal columns, left-aligned (right-aligned when negative):
    a CJK character takes two columns."""
    columns = sum(2 if east_asian_width(char) in "WF" else 1 for char in text)
    space = " " * max(abs(width) - columns, 0)
    return text + space if width > 0 else space + text
