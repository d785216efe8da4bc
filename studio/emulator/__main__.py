"""`python -m studio.emulator [--port N] [--partial-delay S]`: run the emulator until Ctrl+C."""

from __future__ import annotations

import argparse

from studio.emulator.server import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studio.emulator", description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--partial-delay", type=float, default=0.3)
    args = parser.parse_args(argv)
    run(port=args.port, partial_delay=args.partial_delay)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
