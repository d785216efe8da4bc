"""The cost sidebar: the next job's estimate by category, spend totals, caps, rates, savings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.budget import Verdict
from studio.core.pricing import Estimate, batch_estimate_usd
from studio.core.settings import Budgets
from studio.i18n.core_text import core_text
from studio.ui.formatting import cap_money, count, money, percent
from studio.ui.state.cost_state import CostState, LiveEstimate, Totals

ROWS = (
    ("text_in", QT_TRANSLATE_NOOP("CostSidebar", "Text in")),
    ("image_in", QT_TRANSLATE_NOOP("CostSidebar", "Image in")),
    ("image_out", QT_TRANSLATE_NOOP("CostSidebar", "Image out")),
    ("partial", QT_TRANSLATE_NOOP("CostSidebar", "Partial images")),
)
WARN_COLOUR = "#d98c00"
OVER_COLOUR = "#c62828"


def _label(name: str, text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label


def _count(number: int, one: str, many: str) -> str:
    """``one`` or ``many`` (already translated, with a {count} field) for ``number``."""
    return (one if number == 1 else many).format(count=count(number))


def breakdown(estimate: Estimate) -> dict[str, tuple[int, float]]:
    """Tokens and dollars per row of the sidebar."""
    cost = estimate.cost
    return {
        "text_in": (estimate.text_tokens, cost.text_in_usd),
        "image_in": (estimate.image_in_tokens, cost.image_in_usd),
        "image_out": (estimate.image_out_tokens, cost.image_out_usd),
        "partial": (estimate.partial_tokens, cost.partial_usd),
    }


class BudgetEditor(QWidget):
    """A small inline editor for the caps (0 = no cap), saved through the cost state."""

    def __init__(self, state: CostState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cost.budget_editor")
        self._state = state
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.daily = self._spin("cost.budget_editor.daily")
        self.monthly = self._spin("cost.budget_editor.monthly")
        self.on_exceed = QComboBox()
        self.on_exceed.setObjectName("cost.budget_editor.on_exceed")
        self.on_exceed.addItem(self.tr("Ask before crossing a cap"), "ask")
        self.on_exceed.addItem(self.tr("Refuse jobs that would cross a cap"), "refuse")
        self.save = QPushButton(self.tr("Save caps"))
        self.save.setObjectName("cost.budget_editor.save")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Daily cap"), self.daily)
        form.addRow(self.tr("Monthly cap"), self.monthly)
        form.addRow(self.on_exceed)
        form.addRow(self.save)

    def _spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(0.0, 100_000.0)
        spin.setDecimals(2)
        spin.setPrefix("$")
        spin.setSpecialValueText(self.tr("no cap"))
        return spin

    def _connect_signals(self) -> None:
        self.save.clicked.connect(self._on_save_clicked)

    def load(self, budgets: Budgets) -> None:
        self.daily.setValue(budgets.daily_usd or 0.0)
        self.monthly.setValue(budgets.monthly_usd or 0.0)
        self.on_exceed.setCurrentIndex(max(0, self.on_exceed.findData(budgets.on_exceed)))

    def budgets(self, base: Budgets) -> Budgets:
        return Budgets(
            daily_usd=self.daily.value() or None,
            monthly_usd=self.monthly.value() or None,
            on_exceed=str(self.on_exceed.currentData()),
            warn_fraction=base.warn_fraction,
        )

    @Slot()
    def _on_save_clicked(self) -> None:
        self._state.set_budgets(self.budgets(self._state.guard.budgets))
        self.hide()


class CostSidebar(QWidget):
    """Shows a CostState; opens the Settings dialog for caps when one is given."""

    def __init__(
        self,
        state: CostState,
        open_settings: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cost")
        self._state = state
        self._open_settings = open_settings
        self._build_ui()
        self._connect_signals()
        self._on_state_totals_changed(state.totals)
        self._on_state_estimate_changed(state.live)

    # --- building ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Next job")))
        self.estimate = _label("cost.estimate", "—", wrap=True)
        self.estimate.setStyleSheet("font-size: 16px; font-weight: 600;")
        layout.addWidget(self.estimate)
        self.batch_price = _label("cost.batch", wrap=True)  # the same job through the Batch API
        layout.addWidget(self.batch_price)
        self.compare = _label("cost.compare", wrap=True)
        layout.addWidget(self.compare)
        layout.addLayout(self._build_breakdown())
        self.notes = _label("cost.notes", wrap=True)
        self.budget_warning = _label("cost.budget_warning", wrap=True)
        self.rates = _label("cost.rates", wrap=True)
        self.rates.setStyleSheet("color: palette(mid);")
        for widget in (self.notes, self.budget_warning, self.rates):
            layout.addWidget(widget)
        layout.addWidget(_heading(self.tr("Spent")))
        self.last = _label("cost.last", self.tr("Last job: —"), wrap=True)
        self.session = _label("cost.session")
        self.today = _label("cost.today")
        self.month = _label("cost.month")
        for widget in (self.last, self.session, self.today, self.month):
            layout.addWidget(widget)
        self._build_budget(layout)
        layout.addWidget(_heading(self.tr("Saved")))
        self.savings = _label("cost.savings", wrap=True)
        layout.addWidget(self.savings)
        layout.addStretch(1)

    def _build_breakdown(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<i>tokens</i>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<i>USD</i>")), 0, 2)
        self.row_tokens: dict[str, QLabel] = {}
        self.row_usd: dict[str, QLabel] = {}
        for row, (key, title) in enumerate(ROWS, start=1):
            self.row_tokens[key] = _label(f"cost.tokens.{key}", "—")
            self.row_usd[key] = _label(f"cost.usd.{key}", "—")
            grid.addWidget(QLabel(self.tr(title)), row, 0)
            grid.addWidget(self.row_tokens[key], row, 1)
            grid.addWidget(self.row_usd[key], row, 2)
        return grid

    def _build_budget(self, layout: QVBoxLayout) -> None:
        layout.addWidget(_heading(self.tr("Budget")))
        self.daily_bar = self._bar("cost.budget.daily")
        self.monthly_bar = self._bar("cost.budget.monthly")
        layout.addWidget(self.daily_bar)
        layout.addWidget(self.monthly_bar)
        self.budget_mode = _label("cost.budget.mode", wrap=True)
        layout.addWidget(self.budget_mode)
        self.set_budget = QPushButton(self.tr("Set budget…"))
        self.set_budget.setObjectName("cost.set_budget")
        layout.addWidget(self.set_budget)
        self.editor = BudgetEditor(self._state)
        self.editor.hide()
        layout.addWidget(self.editor)

    def _bar(self, name: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setObjectName(name)
        bar.setRange(0, 1000)
        bar.setTextVisible(True)
        return bar

    def _connect_signals(self) -> None:
        self._state.estimate_changed.connect(self._on_state_estimate_changed)
        self._state.totals_changed.connect(self._on_state_totals_changed)
        self.set_budget.clicked.connect(self._on_set_budget_clicked)

    # --- slots ---------------------------------------------------------------------------------
    @Slot(object)
    def _on_state_estimate_changed(self, live: LiveEstimate) -> None:
        estimate = live.estimate
        self.batch_price.setText(
            ""
            if estimate is None or live.problem is not None
            else self.tr("As a batch: {cost} (½ price, within 24 h)").format(
                cost=money(batch_estimate_usd(estimate))
            )
        )
        if live.problem is not None or estimate is None:
            self.estimate.setText(live.problem or live.waiting or "—")
            self._show_rows(None)
            self.compare.setText("")
            self.notes.setText("")
            self._show_budget_check(live)
            return
        if live.cached:
            self.estimate.setText(self.tr("cached — $0"))
        else:
            approx = "" if estimate.exact else "≈ "
            tokens = estimate.input_tokens + estimate.output_tokens
            self.estimate.setText(
                self.tr("{approx}{cost} · {tokens} tokens").format(
                    approx=approx, cost=money(estimate.total_usd), tokens=count(tokens)
                )
            )
        self._show_rows(estimate)
        self._show_compare(live)
        self.notes.setText("\n".join(core_text(note) for note in estimate.notes))
        self._show_rates(estimate)
        self._show_budget_check(live)

    def _show_compare(self, live: LiveEstimate) -> None:
        focused, full = live.focused, live.full_frame
        if focused is None or full is None:
            self.compare.setText("")
            return
        size = f"{focused.width}×{focused.height}"
        lines = (
            self.tr("Focused edit (sent at {0}): {1}").format(size, money(focused.total_usd)),
            self.tr("Full frame ({0}×{1}): {2}").format(
                full.width, full.height, money(full.total_usd)
            ),
        )
        hint = "" if live.focus_on else "\n" + self.tr("Tools ▸ Focused edit sends the crop.")
        self.compare.setText("\n".join(lines) + hint)

    @Slot(object)
    def _on_state_totals_changed(self, totals: Totals) -> None:
        jobs = _count(totals.session_jobs, self.tr("{count} job"), self.tr("{count} jobs"))
        images = _count(totals.session_images, self.tr("{count} image"), self.tr("{count} images"))
        self.session.setText(
            self.tr("Session: {cost} · {jobs} · {images}").format(
                cost=money(totals.session_usd), jobs=jobs, images=images
            )
        )
        self.today.setText(self.tr("Today: {cost}").format(cost=money(totals.spent.today_usd)))
        self.month.setText(self.tr("This month: {cost}").format(cost=money(totals.spent.month_usd)))
        self._show_last(totals)
        self._show_caps(totals)
        self._show_savings(totals)

    @Slot()
    def _on_set_budget_clicked(self) -> None:
        if self._open_settings is not None:
            self._open_settings()
            self._state.refresh_totals()
            return
        self.editor.load(self._state.guard.budgets)
        self.editor.setVisible(not self.editor.isVisible())

    # --- showing -------------------------------------------------------------------------------
    def _show_rows(self, estimate: Estimate | None) -> None:
        values = breakdown(estimate) if estimate is not None else {}
        for key, _title in ROWS:
            tokens, dollars = values.get(key, (None, None))
            self.row_tokens[key].setText("—" if tokens is None else count(tokens))
            self.row_usd[key].setText("—" if dollars is None else money(dollars))

    def _show_rates(self, estimate: Estimate) -> None:
        p = estimate.prices
        self.rates.setText(
            self.tr(
                "{model} rates per 1M tokens: text in {text_in}, image in {image_in}, "
                "image out {image_out} — as of {as_of} ({source})"
            ).format(
                model=estimate.model,
                text_in=money(p.text_in),
                image_in=money(p.image_in),
                image_out=money(p.image_out),
                as_of=p.as_of,
                source=p.source,
            )
        )

    def _show_budget_check(self, live: LiveEstimate) -> None:
        check = live.budget
        if check is None or check.verdict is Verdict.OK:
            self.budget_warning.setText("")
            self.budget_warning.hide()
            return
        colour = OVER_COLOUR if check.over else WARN_COLOUR
        self.budget_warning.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.budget_warning.setText(core_text(check.message))
        self.budget_warning.show()

    def _show_last(self, totals: Totals) -> None:
        last = totals.last
        if last is None:
            self.last.setText(self.tr("Last job: —"))
        elif last.cached:
            self.last.setText(self.tr("Last job: cached — $0 ({label})").format(label=last.label))
        elif last.refused:
            self.last.setText(self.tr("Last job: not sent (budget cap) — $0"))
        elif last.failed and last.cost is None:
            self.last.setText(
                self.tr("Last job: failed — {cost} billed").format(cost=money(last.cost_usd))
            )
        else:
            state = self.tr("failed, billed") if last.failed else self.tr("billed")
            approx = last.cost is not None and last.cost.approximate
            svg = self.tr(" (≈: the SVG author's rates are not published)") if approx else ""
            self.last.setText(
                self.tr(
                    "Last job: {cost} {state} · {tokens_in} in + {tokens_out} out tokens"
                ).format(
                    cost=money(last.cost_usd),
                    state=state,
                    tokens_in=count(last.input_tokens),
                    tokens_out=count(last.output_tokens),
                )
                + svg
            )

    def _show_caps(self, totals: Totals) -> None:
        b = totals.budgets
        self._fill_bar(
            self.daily_bar,
            totals.spent.today_usd,
            b.daily_usd,
            b,
            (self.tr("{spent} of {cap} today ({percent})"), self.tr("{spent} today · no cap")),
        )
        self._fill_bar(
            self.monthly_bar,
            totals.spent.month_usd,
            b.monthly_usd,
            b,
            (
                self.tr("{spent} of {cap} this month ({percent})"),
                self.tr("{spent} this month · no cap"),
            ),
        )
        mode = (
            self.tr(
                "A job that would cross a cap: Studio asks before sending it. Warning at {percent}."
            )
            if b.on_exceed == "ask"
            else self.tr(
                "A job that would cross a cap: Studio refuses sending it. Warning at {percent}."
            )
        )
        self.budget_mode.setText(mode.format(percent=percent(b.warn_fraction)))

    def _fill_bar(
        self,
        bar: QProgressBar,
        spent: float,
        cap: float | None,
        budgets: Budgets,
        texts: tuple[str, str],
    ) -> None:
        capped, uncapped = texts
        if cap is None or cap <= 0:
            bar.setValue(0)
            bar.setFormat(uncapped.format(spent=money(spent)))
            bar.setStyleSheet("")
            return
        fraction = spent / cap
        bar.setValue(min(1000, round(fraction * 1000)))
        bar.setFormat(
            capped.format(spent=money(spent), cap=cap_money(cap), percent=percent(fraction))
        )
        colour = (
            OVER_COLOUR
            if fraction >= 1
            else WARN_COLOUR
            if fraction >= budgets.warn_fraction
            else ""
        )
        bar.setProperty("level", "over" if fraction >= 1 else "warn" if colour else "ok")
        bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}" if colour else "")

    def _show_savings(self, totals: Totals) -> None:
        s = totals.savings
        lines = []
        if s.cache_hits:
            hits = _count(s.cache_hits, self.tr("{count} hit"), self.tr("{count} hits"))
            lines.append(
                self.tr("Cache: {hits} served at $0 instead of {cost}.").format(
                    hits=hits, cost=money(s.cache_saved_usd)
                )
            )
        if s.drafts_finalized and s.drafts_saved_usd > 0:
            lines.append(
                self.tr(
                    "Drafts then final: {saved} saved on {finalized} finalized; every draft at "
                    "final quality would have cost {alternative}, drafts + finals cost {actual}."
                ).format(
                    saved=money(s.drafts_saved_usd),
                    finalized=count(s.drafts_finalized),
                    alternative=money(s.drafts_alternative_usd),
                    actual=money(s.drafts_actual_usd),
                )
            )
        if not lines:
            self.savings.setText(self.tr("Nothing saved yet this month."))
            return
        total = self.tr("This month: {cost} saved.").format(cost=money(s.total_saved_usd))
        self.savings.setText("\n".join([total, *lines]))
