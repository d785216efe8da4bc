"""PyInstaller entry point: the same front door as the `studio` command."""

from studio.cli import main

raise SystemExit(main())
