"""The CLI's subcommands over the core services: estimate, generate/edit and usage."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import threading
from collections.abc import Iterator
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
from studio.core.catalog import Catalog
from studio.core.clock import system_clock
from studio.core.events import Completed, ErrorKind, Failed, ImageReady, Retrying
from studio.core.lifecycle import Lifecycle
from studio.core.providers import DEMO_KEY, Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.runner import JobOptions
from studio.core.services import Services, build_services
from studio.core.settings import load_settings, save_settings
from studio.core.validation import InvalidRequestError, check

_EXIT_BY_KIND = {
    ErrorKind.INVALID_REQUEST: EXIT_INVALID,
    ErrorKind.NO_KEY: EXIT_KEY,
    ErrorKind.AUTH: EXIT_KEY,
    ErrorKind.INSECURE: EXIT_KEY,
    ErrorKind.BUDGET: EXIT_BUDGET,
    ErrorKind.CANCELLED: EXIT_CANCELLED,
}


def _request(args: argparse.Namespace, defaults_model: str) -> ImageRequest:
    images = tuple(_input(path) for path in getattr(args, "image", None) or [])
    mask_path = getattr(args, "mask", None)
    mask = _read(mask_path, "mask") if mask_path else None
    params = ImageParams(
        model=args.model or defaults_model,
        size=args.size or "auto",
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


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read the {what} {path}: {exc.strerror}", EXIT_INVALID) from exc


def _input(path: str) -> InputImage:
    return InputImage(_read(path, "image"), Path(path).name)


def estimate(args: argparse.Namespace) -> int:
    catalog = Catalog.load()
    request = _request(args, catalog.default_model)
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
            f"${result.total_usd:.4f}"
        )
        for note in result.notes:
            print(f"  note: {note}")
    return EXIT_OK


def generate(args: argparse.Namespace) -> int:
    """Both `generate` and `edit` (an edit is a request with images)."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with _services(args.demo) as services:
        request = _request(args, _default_model(services, persist=not args.demo))
        options = JobOptions(
            mode=args.command,
            use_cache=not args.no_cache,
            composite_feather_px=None if args.no_composite else float(services.settings.feather_px),
        )
        final = None
        for event in services.runner.run(request, options, threading.Event()):
            if isinstance(event, Retrying):
                print(
                    f"studio: {event.reason} Retrying in {event.delay_s:.1f}s "
                    f"(attempt {event.attempt + 1})",
                    file=sys.stderr,
                )
            elif isinstance(event, ImageReady | Completed | Failed):
                final = event
        if isinstance(final, Failed):
            raise CliError(final.message, _EXIT_BY_KIND.get(final.kind, EXIT_API))
        assert isinstance(final, Completed)
        files = _copy_outputs(final, out)
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
            state = "cached, $0" if final.cached else f"${final.cost_usd or 0:.4f}"
            print(f"{len(files)} image(s) ({state}):", *files, sep="\n  ")
    return EXIT_OK


def _default_model(services: Services, *, persist: bool) -> str:
    """The saved default model, moved on (and saved, with a one-time note) once retired.
    Demo mode does not rewrite the settings of the real provider."""
    settings, notice = services.lifecycle.update_settings(services.settings)
    if notice:
        if persist:
            save_settings(settings)
        services.settings = settings
        print(f"studio: note: {notice}", file=sys.stderr)
    return settings.defaults.model


def _copy_outputs(done: Completed, out: Path) -> list[str]:
    files = []
    for index, stored in enumerate(done.paths):
        source = Path(stored)
        target = out / f"{(done.job_id or 'image')[:12]}-{index + 1}{source.suffix}"
        shutil.copyfile(source, target)
        files.append(str(target.resolve()))
    return files


@contextmanager
def _services(demo: bool) -> Iterator[Services]:
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
