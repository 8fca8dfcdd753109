"""Charts as inline SVG, drawn on the server: no script, no chart library, nothing for the CSP to
forbid. Colours are SVG presentation attributes and CSS classes (inline `style=` is refused by
the CSP). Every piece of text is XML-escaped here, because the result is `Markup` and the
template includes it as it is; labels can carry customer data (account names in the bars'
tooltips, currency codes from an import)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from babel.dates import format_date
from markupsafe import Markup

from api.web import UI_LOCALE, money
from store.metrics import CurrencyFigures

WIDTH = 560
HEIGHT = 240
TOP = 28  # room for the figure above the tallest bar
BOTTOM = 40  # room for the labels under the bars
SIDE = 12

AGING_FILLS = {
    "not_due": "#5b8fd9",
    "d1_30": "#e0a33a",
    "d31_60": "#d9822b",
    "d61_90": "#c4532f",
    "over_90": "#a32020",
}
COLLECTED_FILL = "#1d6b35"


@dataclass(frozen=True)
class Bar:
    label: str  # under the bar
    value: Decimal
    shown: str  # above the bar
    title: str  # the bar's tooltip: the exact figure
    fill: str
    css: str


def _text(x: float, y: float, content: str, css: str, anchor: str = "middle") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" class={quoteattr(css)}>'
            f"{escape(content)}</text>")


def bar_chart(bars: Sequence[Bar], *, label: str, title: str, css: str) -> Markup:
    """A column chart. `label` is the accessible name (the whole story in one sentence);
    `title` is the chart's heading for pointer users."""
    inner = WIDTH - 2 * SIDE
    slot = inner / max(len(bars), 1)
    bar_width = slot * 0.62
    plot = HEIGHT - TOP - BOTTOM
    peak = max((b.value for b in bars), default=Decimal(0))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class={quoteattr("chart " + css)} '
        f'role="img" aria-label={quoteattr(label)} viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" focusable="false">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{SIDE}" y1="{TOP + plot}" x2="{WIDTH - SIDE}" y2="{TOP + plot}" '
        'stroke="#b8c0cc" stroke-width="1"/>',
    ]
    for n, bar in enumerate(bars):
        height = float(bar.value / peak) * plot if peak > 0 and bar.value > 0 else 0.0
        # a bar too thin to see still gets a sliver, so a small figure is not read as zero
        if bar.value > 0:
            height = max(height, 2.0)
        x = SIDE + n * slot + (slot - bar_width) / 2
        y = TOP + plot - height
        centre = x + bar_width / 2
        parts.append(
            f'<g class="bar"><rect x="{x:.1f}" y="{y:.1f}" width="{bar_width:.1f}" '
            f'height="{height:.1f}" fill={quoteattr(bar.fill)} class={quoteattr(bar.css)}>'
            f"<title>{escape(bar.title)}</title></rect>"
            + _text(centre, y - 6, bar.shown, "value")
            + _text(centre, TOP + plot + 18, bar.label, "label")
            + "</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _invoices(count: int) -> str:
    return f"{count} invoice" + ("" if count == 1 else "s")


def aging_chart(figures: CurrencyFigures) -> Markup:
    """Open invoice amounts by age, for one currency."""
    cur = figures.currency
    bars = []
    for bucket in figures.aging:
        tip = f"{bucket.label}: {money(bucket.amount, cur)} ({_invoices(bucket.count)})"
        if bucket.largest:
            tip += ". Largest: " + "; ".join(
                f"{a.name} {money(a.amount, cur)}" for a in bucket.largest)
        bars.append(Bar(
            label=bucket.label.replace(" overdue", ""),
            value=bucket.amount,
            shown=money(bucket.amount, cur) if bucket.amount else "—",
            title=tip,
            fill=AGING_FILLS.get(bucket.key, "#5b6475"),
            css=f"aging-{bucket.key}",
        ))
    summary = "; ".join(
        f"{b.label} {money(b.amount, cur)} ({_invoices(b.count)})" for b in figures.aging)
    return bar_chart(
        bars, css="aging",
        label=f"Aging of open invoices in {cur}: {summary}.",
        title=f"Aging of open invoices, {cur}",
    )


def collected_chart(figures: CurrencyFigures) -> Markup:
    """Payments received per calendar month, for one currency (the current month so far)."""
    cur = figures.currency
    bars = [
        Bar(
            label=format_date(m.month, "MMM", locale=UI_LOCALE),
            value=m.amount,
            shown=money(m.amount, cur) if m.amount else "—",
            title=f"{format_date(m.month, 'MMMM yyyy', locale=UI_LOCALE)}: "
                  f"{money(m.amount, cur)} collected",
            fill=COLLECTED_FILL,
            css="collected",
        )
        for m in figures.collected_by_month
    ]
    summary = "; ".join(
        f"{format_date(m.month, 'MMMM yyyy', locale=UI_LOCALE)} {money(m.amount, cur)}"
        for m in figures.collected_by_month)
    return bar_chart(
        bars, css="collections",
        label=f"Collected per month in {cur}: {summary}.",
        title=f"Collected per month, {cur}",
    )
