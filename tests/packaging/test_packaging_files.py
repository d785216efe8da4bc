"""Cheap checks of the packaging files (the bundle build itself runs only in packaging/build.sh)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from studio import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.imagestudio.ImageStudio"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Image Studio"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "ImageStudio"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Graphics" in entry["Categories"].split(";")
    assert "image/png" in entry["MimeType"].split(";")


def test_desktop_entry_validates_when_the_tool_is_installed() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return  # the key checks above still ran
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_metainfo_is_well_formed_and_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("description/p") is not None
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__


def test_metainfo_validates_when_appstreamcli_is_installed() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        return
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", SIZES)
def test_app_icon_at_every_standard_size(size: int) -> None:
    path = ROOT / "resources" / "icons" / f"studio-{size}.png"
    with Image.open(path) as image:
        assert image.size == (size, size) and image.mode == "RGBA"
        assert image.getchannel("A").getextrema() == (0, 255)  # transparent corners, opaque body


def test_spec_ships_resources_and_build_script_smoke_starts() -> None:
    spec = (PACKAGING / "studio.spec").read_text(encoding="utf-8")
    assert '"studio/resources"' in spec and "COLLECT(" in spec and 'name="ImageStudio"' in spec
    script = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "QT_QPA_PLATFORM=offscreen" in script and "--demo --smoke" in script
    assert (PACKAGING / "build.sh").stat().st_mode & 0o111
    assert "not part of the default ci" in (PACKAGING / "README.md").read_text().lower()
