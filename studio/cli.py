"""Command line: the window (default), --demo, and the subcommands from estimate to emulator."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from typing import NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP

from studio import __version__
from studio.cli_text import ParserWords, cli_language, install_language, say, translate

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
    parser.add_argument(
        "--prompt",
        required=prompt_required,
        help=QT_TRANSLATE_NOOP("CliHelp", "what to generate or change"),
    )
    parser.add_argument(
        "--model",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "model id (default: gpt-image-2)"),
    )
    parser.add_argument(
        "--quality",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "low, medium, high, xhigh, max or auto"),
    )
    parser.add_argument(
        "--size",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "auto or WIDTHxHEIGHT, e.g. 1536x1024"),
    )
    parser.add_argument(
        "--n", type=int, default=1, help=QT_TRANSLATE_NOOP("CliHelp", "number of images (1-10)")
    )
    parser.add_argument(
        "--partial-images",
        type=int,
        default=0,
        help=QT_TRANSLATE_NOOP("CliHelp", "partial images (0-3)"),
    )
    parser.add_argument(
        "--background",
        default="auto",
        help=QT_TRANSLATE_NOOP("CliHelp", "auto, opaque or transparent"),
    )
    parser.add_argument(
        "--output-format",
        default="png",
        help=QT_TRANSLATE_NOOP("CliHelp", "png, jpeg, webp, gif or svg (gif, svg: 2.6)"),
    )
    parser.add_argument(
        "--output-compression",
        type=int,
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "0-100 (jpeg/webp)"),
    )
    parser.add_argument(
        "--moderation", default="auto", help=QT_TRANSLATE_NOOP("CliHelp", "auto or low")
    )
    parser.add_argument(
        "--input-fidelity",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "low or high (edits, 1.x models)"),
    )
    parser.add_argument(
        "--complexity",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "low, medium or high: planning effort"),
    )
    parser.add_argument(
        "--frame-count",
        type=int,
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "GIF frames, 2-16 (9)"),
    )
    parser.add_argument(
        "--frame-duration-ms",
        type=int,
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "GIF delay per frame in ms (200)"),
    )
    parser.add_argument(
        "--svg-model",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "SVG author model, e.g. gpt-5.6-sol"),
    )
    parser.add_argument(
        "--svg-effort",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "SVG author effort: none ... max"),
    )
    parser.add_argument(
        "--safety-identifier",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "a hashed id of the end user (see Settings)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print machine-readable JSON"),
    )


def add_job(parser: argparse.ArgumentParser) -> None:
    """The options of every command that sends: the parameters, --out, cache and demo."""
    _add_params(parser)
    parser.add_argument(
        "--out", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "folder to write the images into")
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "always send, never reuse"),
    )
    parser.add_argument(
        "--no-composite",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "keep the API's raw output instead of compositing through the mask"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "use the built-in offline emulator"),
    )


class _Parser(argparse.ArgumentParser):
    """argparse with one line on stderr for a bad argument instead of the whole usage."""

    words = ParserWords("en")  # set on every parser of the tree by ParserWords.apply

    def error(self, message: str) -> NoReturn:
        line = self.words.translate("Cli", "{message} (see {prog} --help)")
        self.exit(EXIT_USAGE, "studio: " + line.format(message=message, prog=self.prog) + "\n")


def build_parser(language: str = "en", *, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line, its --help texts in ``language``; without ``commands`` only the
    window's options (the commands' modules import the SDK and the store, and the window's
    first frame must not wait for them)."""
    words = ParserWords(language)
    with words.speaking():
        parser = _build(words, commands=commands)
    return words.apply(parser)


def _build(words: ParserWords, *, commands: bool = True) -> argparse.ArgumentParser:
    description = QT_TRANSLATE_NOOP(
        "CliHelp",
        "Image Studio: the window (default), --demo, and the commands from estimate to emulator.",
    )
    parser = _Parser(prog="studio", description=description)
    parser.add_argument(
        "--version",
        action="version",
        version=f"Image Studio {__version__}",
        help=QT_TRANSLATE_NOOP("CliHelp", "show the version and exit"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "open the window on the emulator"),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "exit 0 once the window is shown"),
    )
    parser.add_argument(
        "--lang",
        default=None,
        choices=["en", "fr", "zh_CN", "ja"],
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "language of the window and messages (default: Language setting, else the system's)",
        ),
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command")
    estimate = sub.add_parser(
        "estimate", help=QT_TRANSLATE_NOOP("CliHelp", "tokens and dollars before sending")
    )
    _add_params(estimate)
    estimate.add_argument(
        "--image",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("CliHelp", "input image (edit)"),
    )
    estimate.add_argument(
        "--mask",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "mask: white (or transparent) = edit"),
    )
    add_job(
        sub.add_parser(
            "generate", help=QT_TRANSLATE_NOOP("CliHelp", "generate images from a prompt")
        )
    )
    edit = sub.add_parser(
        "edit", help=QT_TRANSLATE_NOOP("CliHelp", "edit one or more images, optionally with a mask")
    )
    add_job(edit)
    edit.add_argument(
        "--image",
        action="append",
        required=True,
        help=QT_TRANSLATE_NOOP("CliHelp", "input image (repeat)"),
    )
    edit.add_argument(
        "--mask",
        default=None,
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "black-and-white (white = edit) or RGBA (transparent = edit)"
        ),
    )
    edit.add_argument(
        "--markup",
        default=None,
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "transparent PNG of marks guiding the edit (2.5 and later)"
        ),
    )
    from studio import cli_imaging
    from studio.cli_workflow import add_parsers

    add_parsers(sub)
    from studio.cli_batch import add_parser as add_batch_parser

    add_batch_parser(sub)
    cli_imaging.add_parsers(sub, edit)
    usage = sub.add_parser(
        "usage", help=QT_TRANSLATE_NOOP("CliHelp", "spend totals from the history")
    )
    usage.add_argument(
        "--by",
        default="day",
        choices=["day", "month", "model", "quality", "mode"],
        help=QT_TRANSLATE_NOOP("CliHelp", "one row per day, month, model, quality or mode"),
    )
    fmt = usage.add_mutually_exclusive_group()
    fmt.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print machine-readable JSON"),
    )
    fmt.add_argument(
        "--csv",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print CSV for a spreadsheet"),
    )
    usage.add_argument(
        "--since",
        default=None,
        help=QT_TRANSLATE_NOOP("CliHelp", "only jobs from this date (YYYY-MM-DD)"),
    )
    emulator = sub.add_parser(
        "emulator", help=QT_TRANSLATE_NOOP("CliHelp", "run the local Images API emulator")
    )
    emulator.add_argument(
        "--port",
        type=int,
        default=8765,
        help=QT_TRANSLATE_NOOP("CliHelp", "port to listen on (8765)"),
    )
    emulator.add_argument(
        "--partial-delay",
        type=float,
        default=0.3,
        help=QT_TRANSLATE_NOOP("CliHelp", "seconds between partial images (0.3)"),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(cli_language(argv), commands=_names_a_command(argv))
    with parser.words.speaking():  # type: ignore[attr-defined]
        args = parser.parse_args(argv)
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


def _names_a_command(argv: Sequence[str]) -> bool:
    """Anything but the window's own options needs the whole parser (help lists every command)."""
    values = {i + 1 for i, arg in enumerate(argv) if arg == "--lang"}
    return any(
        (not arg.startswith("-") and i not in values) or arg in ("-h", "--help")
        for i, arg in enumerate(argv)
    )
