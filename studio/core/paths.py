"""Where Studio keeps its data, configuration and cache, and where its shipped resources live."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "ImageStudio"
_DIRS = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The database and image files; STUDIO_DATA_DIR overrides the platform default."""
    override = os.environ.get("STUDIO_DATA_DIR")
    path = Path(override) if override else Path(_DIRS.user_data_dir)
    return private_dir(path)


def config_dir() -> Path:
    """settings.toml and prices.toml; STUDIO_CONFIG_DIR, else STUDIO_DATA_DIR/config, else XDG."""
    override = os.environ.get("STUDIO_CONFIG_DIR")
    if override:
        path = Path(override)
    elif os.environ.get("STUDIO_DATA_DIR"):
        path = Path(os.environ["STUDIO_DATA_DIR"]) / "config"
    else:
        path = Path(_DIRS.user_config_dir)
    return private_dir(path)


def private_dir(path: Path) -> Path:
    """``path`` as a folder only its owner may enter (0700): prompts, images, spend are private."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "nt" and path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path


def resources_root() -> Path:
    """resources/ beside the package in a source checkout, else the installed package data."""
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if (checkout / "models.toml").is_file():
        return checkout
    from importlib import resources  # an installed Studio only

    return Path(str(resources.files("studio.resources")))


def resource_path(name: str) -> Path:
    """A file shipped in resources/ (installed as the package ``studio.resources``)."""
    return resources_root() / name
