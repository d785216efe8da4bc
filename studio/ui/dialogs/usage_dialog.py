"""Usage report: spend by day, model, quality or mode — bars per day, a table, CSV export."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core import reports
from studio.core.catalog import Catalog
from studio.core.pricing import Estimate
from studio.core.store import SpendRow, Store
from studio.i18n.core_text import core_text
from studio.ui.formatting import count, money, percent
from studio.ui.vocabulary import value_label

MAX_DAYS = 31
MAX_BAR_SLOT = 48.0
BAR_COLOUR = QColor("#3f7fd6")


def daily_series(rows: list[SpendRow], days: int = MAX_DAYS) -> list[tuple[str, float]]:
    """(day, dollars) for each day up to the last one with spend, gaps filled with 0."""
    spend = {row.key: row.cost_usd for row in rows}
    if not spend:
        return []
    last = date.fromisoformat(max(spend))
    first = max(date.fromisoformat(min(spend)), last - timedelta(days=days - 1))
    count = (last - first).days + 1
    keys = [(first + timedelta(days=i)).isoformat() for i in range(count)]
    return [(key, spend.get(key, 0.0)) for key in keys]


class DayBars(QWidget):
    """Spend per day as bars, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usage.chart")
        self.setMinimumHeight(160)
        self.series: list[tuple[str, float]] = []

    def set_series(self, series: list[tuple[str, float]]) -> None:
        self.series = series
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        if not self.series:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No spend yet"))
            return
        top = max(value for _day, value in self.series) or 1.0
        area = QRectF(self.rect()).adjusted(8, 22, -8, -20)
        slot = min(area.width() / len(self.series), MAX_BAR_SLOT)
        painter.drawText(QRectF(8, 2, area.width(), 18), Qt.AlignmentFlag.AlignLeft, money(top))
        for index, (_day, value) in enumerate(self.series):
            height = area.height() * value / top
            bar = QRectF(area.left() + index * slot + slot * 0.15, area.bottom() - height,
                         slot * 0.7, height)  # fmt: skip
            painter.fillRect(bar, BAR_COLOUR)
        span = max(slot * len(self.series), 180.0)
        bottom = QRectF(area.left(), area.bottom() + 2, span, 18)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, self.series[0][0])
        if len(self.series) > 1:
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, self.series[-1][0])
        painter.end()


GROUP_TITLES = {
    "day": QT_TRANSLATE_NOOP("UsageDialog", "Day"),
    "model": QT_TRANSLATE_NOOP("UsageDialog", "Model"),
    "quality": QT_TRANSLATE_NOOP("UsageDialog", "Quality"),
    "mode": QT_TRANSLATE_NOOP("UsageDialog", "Kind of job"),
    "month": QT_TRANSLATE_NOOP("UsageDialog", "Month"),
}
# In the order of reports.CSV_COLUMNS.
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("UsageDialog", "Jobs"),
    QT_TRANSLATE_NOOP("UsageDialog", "Images"),
    QT_TRANSLATE_NOOP("UsageDialog", "Cost"),
    QT_TRANSLATE_NOOP("UsageDialog", "Tokens in"),
    QT_TRANSLATE_NOOP("UsageDialog", "Tokens out"),
    QT_TRANSLATE_NOOP("UsageDialog", "From cache"),
)


class UsageDialog(QDialog):
    """The report over the store, with the same query and CSV as ``studio usage``."""

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        estimate: Estimate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usage")
        self.setWindowTitle(self.tr("Usage report"))
        self._store = store
        self._catalog = catalog
        self._estimate = estimate
        self.rows: list[SpendRow] = []
        self._build_ui()
        self._connect_signals()
        self.refresh()

    def _build_ui(self) -> None:
        self.group = QComboBox()
        self.group.setObjectName("usage.group")
        for key in ("day", "model", "quality", "mode", "month"):
            self.group.addItem(self.tr("By {0}").format(self.tr(GROUP_TITLES[key]).lower()), key)
        self.export = QPushButton(self.tr("Export CSV…"))
        self.export.setObjectName("usage.export")
        top = QHBoxLayout()
        top.addWidget(self.group)
        top.addStretch(1)
        top.addWidget(self.export)
        self.chart = DayBars()
        self.table = QTableWidget()
        self.table.setObjectName("usage.table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()
        self.total.setObjectName("usage.total")
        self.projection = QLabel()
        self.projection.setObjectName("usage.projection")
        self.projection.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Spend per day</b>")))
        for widget in (self.chart, self.table, self.total, self.projection):
            layout.addWidget(widget)
        layout.insertLayout(0, top)
        layout.addWidget(buttons)
        self.resize(720, 620)

    def _connect_signals(self) -> None:
        self.group.currentIndexChanged.connect(self._on_group_current_index_changed)
        self.export.clicked.connect(self._on_export_clicked)

    @property
    def by(self) -> str:
        return str(self.group.currentData())

    def refresh(self) -> None:
        """Re-run the queries for the selected grouping, the daily chart and the projection."""
        self.rows = reports.spend(self._store, self.by)
        self._fill_table()
        self.chart.set_series(daily_series(reports.spend(self._store, "day")))
        total = sum(row.cost_usd for row in self.rows)
        jobs = sum(r.jobs for r in self.rows)
        self.total.setText(
            self.tr("Total: {cost} over {jobs} jobs").format(cost=money(total), jobs=count(jobs))
        )
        self.projection.setText(
            projection_text(reports.projection(self._store, fallback=self._estimate))
        )

    def _fill_table(self) -> None:
        """Headers in words and money as money; the CSV keeps the CLI's field names."""
        header = [self.tr(GROUP_TITLES[self.by]), *(self.tr(t) for t in COLUMN_TITLES)]
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setHorizontalHeaderLabels(header)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            key = value_label(row.key) if self.by in ("quality", "mode") else row.key
            values = [key, count(row.jobs), count(row.images), money(row.cost_usd)]
            values += [count(row.input_tokens), count(row.output_tokens), count(row.cache_hits)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)

    def export_csv(self, path: str) -> None:
        """Write the table as ``studio usage --by <group> --csv`` prints it."""
        with open(path, "w", encoding="utf-8", newline="") as handle:
            reports.write_csv(self.rows, self.by, handle)

    @Slot(int)
    def _on_group_current_index_changed(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def _on_export_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export usage CSV"),
            f"studio-usage-by-{self.by}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv(path)


def projection_text(result: reports.Projection) -> str:
    """The projection as a sentence with its basis."""
    translate = QCoreApplication.translate
    per_day = count(result.images_per_day)
    if result.per_day_usd is None or result.per_month_usd is None:
        text = translate("UsageDialog", "Projection for {count} images/day: no paid jobs yet.")
        return text.format(count=per_day)
    mix = ", ".join(
        translate("UsageDialog", "{model} {quality} {share} at {cost}").format(
            model=m.model,
            quality=value_label(m.quality),
            share=percent(m.share),
            cost=money(m.per_image_usd),
        )
        for m in result.mix
    )
    return translate(
        "UsageDialog",
        "At the current mix, {count} images/day would cost {per_day} per day and {per_month} "
        "per 30-day month ({per_image} per image; {basis}). Mix: {mix}.",
    ).format(
        count=per_day,
        per_day=money(result.per_day_usd),
        per_month=money(result.per_month_usd),
        per_image=money(result.per_image_usd or 0.0),
        basis=core_text(result.basis),
        mix=mix,
    )
