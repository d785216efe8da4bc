"""The environment every window benchmark runs in, set when this module is imported (before
studio is): Qt offscreen, fresh data and config folders, keys in memory, this checkout's studio.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STUDIO_DATA_DIR", tempfile.mkdtemp(prefix="studio-bench-"))
os.environ.setdefault("STUDIO_CONFIG_DIR", tempfile.mkdtemp(prefix="studio-bench-cfg-"))
os.environ["STUDIO_SECRET_BACKEND"] = "memory"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
