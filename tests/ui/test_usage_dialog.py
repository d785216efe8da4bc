"""Usage dialog: table and chart from the store, CSV export identical to the CLI, projection."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from studio.core.catalog import Catalog
from studio.core.events import Usage
from studio.core.requests import ImageParams, ImageRequest
from studio.core.store import Store
from studio.ui.dialogs.usage_dialog import UsageDialog, daily_series


def _job(store: Store, cost: float, quality: str, mode: str, n: int = 1) -> None:
    request = ImageRequest(f"p{cost}", ImageParams(quality=quality, size="1024x1024", n=n))
    job = store.begin_job(request, fingerprint=f"f{cost}", estimate_usd=cost, mode=mode)
    store.finish_job(job, status="completed", usage=Usage(12, 0, 272 * n), cost_usd=cost)


@pytest.fixture
def store() -> Store:
    store = Store()  # the data dir of this test: the CLI reads the same one
    _job(store, 0.0123456789, "low", "draft", n=4)
    _job(store, 0.211, "high", "finalize")
    _job(store, 0.053, "medium", "generate")
    return store


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> UsageDialog:
    made = UsageDialog(store, Catalog.load())
    qtbot.addWidget(made)
    return made


def test_table_shows_each_grouping(dialog: UsageDialog, store: Store) -> None:
    for index in range(dialog.group.count()):
        dialog.group.setCurrentIndex(index)
        rows = store.spend_by(dialog.by)
        assert dialog.table.rowCount() == len(rows)
        keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert keys == [row.key for row in rows]
    dialog.group.setCurrentIndex(dialog.group.findData("mode"))
    assert [dialog.table.item(r, 0).text() for r in range(3)] == ["draft", "finalize", "generate"]


def test_csv_export_matches_the_store_and_the_cli(
    qtbot: QtBot, dialog: UsageDialog, store: Store, tmp_path: Path, monkeypatch, capsys
) -> None:
    from studio.cli_commands import usage

    target = tmp_path / "usage.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), "CSV"))
    dialog.group.setCurrentIndex(dialog.group.findData("quality"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "usage.export"), _left())
    lines = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert lines[0] == ["quality", "jobs", "images", "cost_usd", "input_tokens",
                        "output_tokens", "cache_hits"]  # fmt: skip
    expected = [
        [r.key, str(r.jobs), str(r.images), str(round(r.cost_usd, 6)), str(r.input_tokens),
         str(r.output_tokens), str(r.cache_hits)]
        for r in store.spend_by("quality")
    ]  # fmt: skip
    assert lines[1:] == expected
    assert lines[2] == ["low", "1", "4", "0.012346", "12", "1088", "0"]
    usage(argparse.Namespace(by="quality", since=None, json=False, csv=True))
    assert capsys.readouterr().out == target.read_text(encoding="utf-8")


def test_cancelled_export_writes_nothing(
    qtbot: QtBot, dialog: UsageDialog, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    qtbot.mouseClick(dialog.export, _left())
    assert list(tmp_path.glob("*.csv")) == []


def test_chart_has_a_bar_per_day_and_projection_is_shown(dialog: UsageDialog) -> None:
    assert len(dialog.chart.series) == 1
    assert dialog.chart.series[0][1] == pytest.approx(0.0123456789 + 0.211 + 0.053)
    text = dialog.projection.text()
    per_image = (0.0123456789 + 0.211 + 0.053) / 6
    assert "1,000 images/day" in text and f"${per_image * 1000:.2f}" in text
    dialog.show()
    assert not dialog.chart.grab().isNull()


def test_daily_series_fills_gaps_with_zero() -> None:
    from studio.core.store import SpendRow

    rows = [SpendRow("2026-11-01", 1, 1, 0.5, 0, 0, 0), SpendRow("2026-11-03", 1, 1, 0.2, 0, 0, 0)]
    assert daily_series(rows) == [("2026-11-01", 0.5), ("2026-11-02", 0.0), ("2026-11-03", 0.2)]


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_table_headers_are_words_and_money_is_money(dialog: UsageDialog) -> None:
    headers = [
        dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())
    ]
    assert headers[1:] == ["Jobs", "Images", "Cost", "Tokens in", "Tokens out", "From cache"]
    for field_name in ("cost_usd", "input_tokens", "output_tokens", "cache_hits", "_"):
        assert not any(field_name in h for h in headers), field_name
    for r in range(dialog.table.rowCount()):
        assert dialog.table.item(r, 3).text().startswith("$")
