"""Entry point for ``python -m studio``."""

from studio.cli import main

raise SystemExit(main())
