"""The CLI's subcommands over the core services: estimate, generate/edit and usage."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from studio.cli import (
    EXIT_API,
    EXIT_BUDGET,
    EXIT_CANCELLED,
    EXIT_INVALID,
    EXIT_KEY,
    EXIT_OK,
    CliError,
)
from studio.core import pricing
from studio.core.budget import SpendGuard, usd
from studio.core.catalog import Catalog
from studio.core.clock import system_clock
from studio.core.events import Completed, ErrorKind, Failed, ImageReady, Retrying
from studio.core.imageinfo import ImageInfoError, inspect
from studio.core.imageio import ImageLoadError, load_image_bytes
from studio.core.lifecycle import Lifecycle
from studio.core.mask_io import MaskSizeError, export_png, import_mask
from studio.core.providers import DEMO_KEY, Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.runner import JobOptions
from studio.core.services import Services, build_services
from studio.core.settings import load_settings, save_settings
from studio.core.sizing import matching_size
from studio.core.validation import InvalidRequestError, check

_EXIT_BY_KIND = {
    ErrorKind.INVALID_REQUEST: EXIT_INVALID,
    ErrorKind.NO_KEY: EXIT_KEY,
    ErrorKind.AUTH: EXIT_KEY,
    ErrorKind.INSECURE: EXIT_KEY,
    ErrorKind.BUDGET: EXIT_BUDGET,
    ErrorKind.CANCELLED: EXIT_CANCELLED,
}


def user_request(args: argparse.Namespace, defaults_model: str) -> ImageRequest:
    """The request the command line describes (images, mask as the window imports it)."""
    images = tuple(_input(path) for path in getattr(args, "image", None) or [])
    mask_path = getattr(args, "mask", None)
    mask = _mask(mask_path, images) if mask_path else None
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
    )
    return ImageRequest(args.prompt, params, images, mask)


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
        raise CliError(f"cannot read the {what} {path}: {exc.strerror}", EXIT_INVALID) from exc


def _input(path: str) -> InputImage:
    return InputImage(_read(path, "image"), Path(path).name)


def _mask(path: str, images: tuple[InputImage, ...]) -> bytes:
    """The API's mask from a file as the window imports it: black-and-white (white = edit) or
    an alpha mask (transparent = edit); it must have the first image's size."""
    if not images:
        raise CliError("a mask needs an --image to edit", EXIT_INVALID)
    try:
        mask = load_image_bytes(_read(path, "mask"), name=Path(path).name)
        picture = inspect(images[0].data)
        coverage = import_mask(mask, (picture.width, picture.height))
    except (ImageLoadError, ImageInfoError, MaskSizeError) as exc:
        raise CliError(f"cannot use the mask {Path(path).name}: {exc}", EXIT_INVALID) from exc
    return export_png(coverage)


def estimate(args: argparse.Namespace) -> int:
    catalog = Catalog.load()
    request = user_request(args, catalog.default_model)
    try:
        spec = check(request, catalog)
    except InvalidRequestError as exc:
        raise CliError(str(exc), EXIT_INVALID) from exc
    result = pricing.estimate(request, spec, catalog.size_rules)
    lifecycle = Lifecycle(catalog, ProviderKind(load_settings().provider), system_clock())
    note = lifecycle.estimate_note(spec)
    if note:  # estimating a retired model is fine; only sending it is refused
        result = replace(result, notes=(note, *result.notes))
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print(
            f"{spec.id} {result.width}x{result.height} {result.quality} x{result.n}: "
            f"{result.input_tokens} input + {result.output_tokens} output tokens = "
            f"{usd(result.total_usd)}"
        )
        for note in result.notes:
            print(f"  note: {note}")
    return EXIT_OK


def generate(args: argparse.Namespace) -> int:
    """Both `generate` and `edit` (an edit is a request with images)."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with services_for(args.demo) as services:
        request = user_request(args, default_model(services, persist=not args.demo))
        options = JobOptions(
            mode=args.command,
            use_cache=not args.no_cache,
            composite_feather_px=None if args.no_composite else float(services.settings.feather_px),
        )
        final = run_job(services, request, options, kept_to=out, as_json=args.json)
        files = copy_outputs(final, out)
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
            state = "cached, $0" if final.cached else usd(final.cost_usd or 0)
            print(f"{len(files)} image(s) ({state}):", *files, sep="\n  ")
    return EXIT_OK


def default_model(services: Services, *, persist: bool) -> str:
    """The saved default model, moved on (and saved, with a one-time note) once retired.
    Demo mode does not rewrite the settings of the real provider."""
    settings, notice = services.lifecycle.update_settings(services.settings)
    if notice:
        if persist:
            save_settings(settings)
        services.settings = settings
        print(f"studio: note: {notice}", file=sys.stderr)
    return settings.defaults.model


def check_budget(services: Services, requests: Sequence[ImageRequest]) -> None:
    """Refuse a batch (drafts) whose estimates together would cross a cap, before any is sent."""
    guard = SpendGuard(services.store, lambda: services.settings.budgets)
    total = 0.0
    for request in requests:
        try:
            total += services.runner.prepare(request, use_cache=False).estimate.total_usd
        except InvalidRequestError as exc:
            raise CliError(str(exc), EXIT_INVALID) from exc
    result = guard.check(total)
    if result.over:
        raise CliError(f"{result.message} Nothing was sent (budget settings).", EXIT_BUDGET)


def run_job(
    services: Services,
    request: ImageRequest,
    options: JobOptions,
    *,
    kept_to: Path | None = None,
    as_json: bool = False,
) -> Completed:
    """The one sending path of the CLI: the budget guard, retries and notes said on stderr.

    On a failure, images that had already arrived were paid for: with ``kept_to`` they are
    written there and listed before the one-line error.
    """
    guard = SpendGuard(services.store, lambda: services.settings.budgets)
    final: Completed | Failed | None = None
    received: list[ImageReady] = []
    for event in services.runner.run(request, options, threading.Event(), guard):
        if isinstance(event, Retrying):
            print(
                f"studio: {event.reason} Retrying in {event.delay_s:.1f}s "
                f"(attempt {event.attempt + 1})",
                file=sys.stderr,
            )
        elif isinstance(event, ImageReady):
            received.append(event)
        elif isinstance(event, Completed | Failed):
            final = event
    if isinstance(final, Failed):
        if kept_to is not None:
            _deliver_kept(final, received, kept_to, as_json)
        raise CliError(final.message, _EXIT_BY_KIND.get(final.kind, EXIT_API))
    assert isinstance(final, Completed)
    for note in final.notes:
        print(f"studio: note: {note}", file=sys.stderr)
    return final


def _deliver_kept(failed: Failed, received: list[ImageReady], out: Path, as_json: bool) -> None:
    """Write out and list the images that arrived before ``failed``."""
    kept = [(event.image_index, event.path) for event in received if event.path]
    if not kept:
        return
    files = _copy_files(kept, failed.job_id, out)
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
        print(f"{len(files)} image(s) kept before the failure:", *files, sep="\n  ")


def copy_outputs(done: Completed, out: Path) -> list[str]:
    return _copy_files(list(enumerate(done.paths)), done.job_id, out)


def _copy_files(stored: list[tuple[int, str]], job_id: str | None, out: Path) -> list[str]:
    files = []
    for index, path in stored:
        source = Path(path)
        target = out / f"{(job_id or 'image')[:12]}-{index + 1}{source.suffix}"
        shutil.copyfile(source, target)
        files.append(str(target.resolve()))
    return files


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
    from studio.core import reports
    from studio.core.store import Store

    store = Store()
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
        print(f"{args.by:<24} {'jobs':>6} {'images':>7} {'cost USD':>10}")
        for row in rows:
            print(f"{row.key:<24} {row.jobs:>6} {row.images:>7} {row.cost_usd:>10.4f}")
        print(f"{'total':<24} {'':>6} {'':>7} {total:>10.4f}")
    store.close()
    return EXIT_OK
