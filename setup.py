"""Adds the top-level resources/ folder (and each folder in it) to the package as
``studio.resources`` (see pyproject), so every shipped file is package data of a listed package."""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCES = Path(__file__).parent / "resources"
resource_packages = ["studio.resources"] + [
    "studio.resources." + ".".join(folder.relative_to(RESOURCES).parts)
    for folder in sorted(RESOURCES.rglob("*"))
    if folder.is_dir() and folder.name != "__pycache__"
]

setup(packages=[*find_packages(include=["studio", "studio.*"]), *resource_packages])
