"""Adds the top-level resources/ folder to the package as ``studio.resources`` (see pyproject)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["studio", "studio.*"]), "studio.resources"])
