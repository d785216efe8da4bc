"""Command line: the window (default), --demo, and the subcommands from estimate to emulator."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from typing import NoReturn

from studio import __version__
from studio.cli_text import install_language, say, translate

EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_KEY, EXIT_API, EXIT_BUDGET, EXIT_CANCELLED = (
    0,
    2,
    3,
    4,
    5,
    6,
    130,
)
EXIT_FAILURE = 1  # a file or setting the user controls could not be used


def _add_params(parser: argparse.ArgumentParser, *, prompt_required: bool = True) -> None:
    parser.add_argument("--prompt", required=prompt_required, help="what to generate or change")
    parser.add_argument("--model", default=None, help="model id (default: gpt-image-2)")
    parser.add_argument("--quality", default=None, help="low, medium, high, xhigh, max or auto")
    parser.add_argument("--size", default=None, help="auto or WIDTHxHEIGHT, e.g. 1536x1024")
    parser.add_argument("--n", type=int, default=1, help="number of images (1-10)")
    parser.add_argument("--partial-images", type=int, default=0, help="partial images (0-3)")
    parser.add_argument("--background", default="auto", help="auto, opaque or transparent")
    parser.add_argument(
        "--output-format", default="png", help="png, jpeg, webp, gif or svg (gif, svg: 2.6)"
    )
    parser.add_argument("--output-compression", type=int, default=None, help="0-100 (jpeg/webp)")
    parser.add_argument("--moderation", default="auto", help="auto or low")
    parser.add_argument("--input-fidelity", default=None, help="low or high (edits, 1.x models)")
    parser.add_argument("--complexity", default=None, help="low, medium or high: planning effort")
    parser.add_argument("--frame-count", type=int, default=None, help="GIF frames, 2-16 (9)")
    parser.add_argument(
        "--frame-duration-ms", type=int, default=None, help="GIF delay per frame in ms (200)"
    )
    parser.add_argument("--svg-model", default=None, help="SVG author model, e.g. gpt-5.6-sol")
    parser.add_argument("--svg-effort", default=None, help="SVG author effort: none ... max")
    parser.add_argument(
        "--safety-identifier", default=None, help="a hashed id of the end user (see Settings)"
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def add_job(parser: argparse.ArgumentParser) -> None:
    """The options of every command that sends: the parameters, --out, cache and demo."""
    _add_params(parser)
    parser.add_argument("--out", required=True, help="folder to write the images into")
    parser.add_argument("--no-cache", action="store_true", help="always send, never reuse")
    parser.add_argument(
        "--no-composite",
        action="store_true",
        help="keep the API's raw output instead of compositing through the mask",
    )
    parser.add_argument("--demo", action="store_true", help="use the built-in offline emulator")


class _Parser(argparse.ArgumentParser):
    """argparse with one line on stderr for a bad argument instead of the whole usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"studio: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="studio", description=__doc__)
    parser.add_argument("--version", action="version", version=f"Image Studio {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window on the emulator")
    parser.add_argument("--smoke", action="store_true", help="exit 0 once the window is shown")
    parser.add_argument(
        "--lang",
        default=None,
        choices=["en", "fr", "zh_CN", "ja"],
        help="language of the window and messages (default: Language setting, else the system's)",
    )
    sub = parser.add_subparsers(dest="command")
    estimate = sub.add_parser("estimate", help="tokens and dollars before sending")
    _add_params(estimate)
    estimate.add_argument("--image", action="append", default=[], help="input image (edit)")
    estimate.add_argument("--mask", default=None, help="mask: white (or transparent) = edit")
    add_job(sub.add_parser("generate", help="generate images from a prompt"))
    edit = sub.add_parser("edit", help="edit one or more images, optionally with a mask")
    add_job(edit)
    edit.add_argument("--image", action="append", required=True, help="input image (repeat)")
    edit.add_argument(
        "--mask", default=None, help="black-and-white (white = edit) or RGBA (transparent = edit)"
    )
    edit.add_argument(
        "--markup", default=None, help="transparent PNG of marks guiding the edit (2.5 and later)"
    )
    from studio import cli_imaging
    from studio.cli_workflow import add_parsers

    add_parsers(sub)
    from studio.cli_batch import add_parser as add_batch_parser

    add_batch_parser(sub)
    cli_imaging.add_parsers(sub, edit)
    usage = sub.add_parser("usage", help="spend totals from the history")
    usage.add_argument("--by", default="day", choices=["day", "month", "model", "quality", "mode"])
    fmt = usage.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    usage.add_argument("--since", default=None, help="only jobs from this date (YYYY-MM-DD)")
    emulator = sub.add_parser("emulator", help="run the local Images API emulator")
    emulator.add_argument("--port", type=int, default=8765)
    emulator.add_argument("--partial-delay", type=float, default=0.3)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            problem = display_problem()
            if problem:
                raise CliError(problem, EXIT_FAILURE)
            from studio.app import run_gui

            return run_gui(demo=args.demo, smoke=args.smoke, lang=args.lang)
        translation = install_language(args.lang)
        if args.command == "emulator":
            from studio.emulator.server import run

            run(port=args.port, partial_delay=args.partial_delay)
            return EXIT_OK
        from studio import cli_batch, cli_commands, cli_imaging, cli_workflow

        handler = {
            "estimate": cli_commands.estimate,
            "generate": cli_commands.generate,
            "edit": cli_imaging.edit,
            "extend": cli_imaging.extend,
            "usage": cli_commands.usage,
            "drafts": cli_workflow.drafts,
            "finalize": cli_workflow.finalize,
            "batch": cli_batch.run,
        }[args.command]
        try:
            return handler(args)
        finally:
            del translation  # its translators serve every line the command printed
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("studio: " + translate("Cli", "interrupted"), file=sys.stderr)
        return EXIT_CANCELLED
    except CliError as exc:
        print(f"studio: {say(str(exc))}", file=sys.stderr)
        return exc.code
    except (OSError, ValueError, LookupError) as exc:
        # --out, settings.json, prices.toml: the user can fix these, so one line, no traceback.
        print(f"studio: {say(' '.join(str(exc).split()))}", file=sys.stderr)
        return EXIT_FAILURE


def display_problem(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str:
    """Why the window cannot open here (Linux without X11 or Wayland), before Qt aborts on it."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return ""
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if qpa and qpa not in ("xcb", "wayland", "wayland-egl"):
        return ""  # offscreen, vnc, eglfs...: Qt needs no display server
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "no display found: use the command line (studio --help), the emulator "
        "(studio emulator), or a virtual display (xvfb-run studio --demo)"
    )


class CliError(Exception):
    """A failure with its exit code; the message is printed as one line on stderr."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(" ".join(message.split()))
        self.code = code
