"""Stacked bar charts as small, self-contained SVG, rendered on the server.

Pure Python (no Django). The caller passes every label already in the reader's language; the
chart adds nothing but numbers. Like the scenario timeline in ``delaydesk.bridges.timeline``
the SVG has no script, no external font or style, scales through its viewBox and carries a
title and a text description, so it reads the same in the page, the e-mail and the PDF.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from delaydesk.bridges.dates import Lang

WIDTH = 640
MARGIN_X = 16
AXIS_WIDTH = 58
FONT_SIZE = 11
CHAR_WIDTH = 6.4  # a generous average for 11px DejaVu Sans, so legend entries never collide
PLOT_HEIGHT = 190
# DejaVu Sans first: the PDF renderer registers it under that name, so the PDF shows the same
# letters (umlauts, €) as a browser that has it; others fall back to their own sans-serif.
FONT = "'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
TEXT = "#1f2937"
MUTED = "#4b5563"
GRID = "#e5e7eb"

CATEGORY_COLOURS = {"administrative": "#2e7d32", "decision": "#d08a00", "risk": "#c62828"}
TYPE_COLOURS = {
    "budget": "#2e7d32", "process": "#66bb6a", "alignment": "#f9a825", "champion_change": "#ef6c00",
    "priority": "#8d6e63", "hidden_problem": "#c62828", "shopping": "#6a1b9a", "unknown": "#90a4ae",
}
FORECAST_COLOURS = {
    "commit": "#1b5e20", "best_case": "#43a047", "pipeline": "#90caf9", "at_risk": "#e53935",
    "omitted": "#b0bec5",
}


@dataclass(frozen=True)
class Series:
    """One layer of the stacks: a stable key, its label in the reader's language, a colour."""

    key: str
    label: str
    colour: str


@dataclass(frozen=True)
class StackedBars:
    """What to draw: ``values[i][j]`` is the amount of series ``j`` in bar ``i``.

    ``format_value`` prints an exact amount for the text description; the axis uses short
    numbers (``120k``, ``120 Tsd.``) with ``unit`` (a currency code or "delays") beside it.
    """

    title: str
    bars: Sequence[str]
    series: Sequence[Series]
    values: Sequence[Sequence[Decimal | int]]
    format_value: Callable[[Decimal | int], str]
    lang: Lang
    unit: str = ""
    summary: str = ""
    empty_text: str = ""
    total_label: str = "Total"
    bar_titles: Sequence[str] = field(default_factory=list)


def compact_number(value: Decimal | int | float, lang: Lang) -> str:
    """A short axis label: ``1.5M``/``120k`` in English, ``1,5 Mio.``/``120 Tsd.`` in German."""
    number = float(value)
    sign = "-" if number < 0 else ""
    number = abs(number)
    if number >= 1_000_000:
        text, suffix = f"{number / 1_000_000:.1f}".rstrip("0").rstrip("."), (
            "\u00a0Mio." if lang == "de" else "M")
    elif number >= 1_000:
        text, suffix = f"{number / 1_000:.1f}".rstrip("0").rstrip("."), (
            "\u00a0Tsd." if lang == "de" else "k")
    else:
        text, suffix = f"{number:.1f}".rstrip("0").rstrip("."), ""
    if lang == "de":
        text = text.replace(".", ",")
    return f"{sign}{text}{suffix}"


def nice_ceiling(value: float) -> tuple[float, float]:
    """A round top for the axis at or above ``value`` and the step between four grid lines."""
    if value <= 0:
        return 4.0, 1.0
    magnitude = 10 ** (len(str(int(value))) - 1) if value >= 1 else 1
    for factor in (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        top = factor * magnitude
        if top >= value:
            break
    return top, top / 4


def _legend(series: Sequence[Series], top: float) -> tuple[list[str], float]:
    """Legend entries wrapped onto rows; returns the SVG parts and the y below the legend."""
    parts: list[str] = []
    x: float = MARGIN_X
    y = top
    for item in series:
        width = 16 + len(item.label) * CHAR_WIDTH + 14
        if x + width > WIDTH - MARGIN_X and x > MARGIN_X:
            x, y = MARGIN_X, y + 16
        parts.append(f'<rect x="{x:.1f}" y="{y - 9}" width="11" height="11" '
                     f'fill="{item.colour}"/>')
        parts.append(f'<text x="{x + 16:.1f}" y="{y}" fill="{TEXT}">{escape(item.label)}</text>')
        x += width
    return parts, y + 14


def _description(chart: StackedBars) -> str:
    """The chart as sentences, for screen readers and for readers of the PDF's text."""
    sentences = [chart.summary] if chart.summary else []
    for index, bar in enumerate(chart.bars):
        row = chart.values[index]
        total = sum((Decimal(v) for v in row), Decimal(0))
        if total == 0:
            continue
        parts = [f"{item.label} {chart.format_value(row[j])}"
                 for j, item in enumerate(chart.series) if row[j]]
        sentences.append(f"{bar}: {', '.join(parts)} ({chart.total_label} "
                         f"{chart.format_value(total)}).")
    if len(sentences) == (1 if chart.summary else 0) and chart.empty_text:
        sentences.append(chart.empty_text)
    return " ".join(sentences)


def stacked_bar_svg(chart: StackedBars) -> str:
    """Render ``chart`` as an accessible SVG of stacked bars with a legend and totals."""
    totals = [float(sum((Decimal(v) for v in row), Decimal(0))) for row in chart.values]
    top, step = nice_ceiling(max(totals, default=0.0))
    digest = hashlib.sha1(
        (chart.title + "|".join(chart.bars) + repr([list(r) for r in chart.values])).encode()
    ).hexdigest()[:10]
    title_id, desc_id = f"dd-chart-{digest}-title", f"dd-chart-{digest}-desc"

    title_y = 20
    legend_parts, legend_bottom = _legend(chart.series, title_y + 22)
    plot_top = legend_bottom + 14
    plot_bottom = plot_top + PLOT_HEIGHT
    plot_left = MARGIN_X + AXIS_WIDTH
    plot_right = WIDTH - MARGIN_X
    height = plot_bottom + 34

    def y_of(value: float) -> float:
        return round(plot_bottom - value / top * PLOT_HEIGHT, 1)

    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" style="max-width:{WIDTH}px;height:auto" role="img" '
        f'aria-labelledby="{title_id} {desc_id}" font-family={quoteattr(FONT)} '
        f'font-size="{FONT_SIZE}">',
        f'<title id="{title_id}">{escape(chart.title)}</title>',
        f'<desc id="{desc_id}">{escape(_description(chart))}</desc>',
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<text x="{MARGIN_X}" y="{title_y}" font-size="13" font-weight="bold" '
        f'fill="{TEXT}">{escape(chart.title)}</text>',
        *legend_parts,
    ]

    # Grid lines with short labels, the unit above the axis.
    if chart.unit:
        out.append(f'<text x="{plot_left - 6}" y="{plot_top - 6}" text-anchor="end" '
                   f'font-size="9" fill="{MUTED}">{escape(chart.unit)}</text>')
    for index in range(5):
        value = step * index
        gy = y_of(value)
        out.append(f'<line x1="{plot_left}" y1="{gy}" x2="{plot_right}" y2="{gy}" '
                   f'stroke="{GRID if index else MUTED}"/>')
        out.append(f'<text x="{plot_left - 6}" y="{gy + 3.5}" text-anchor="end" font-size="9" '
                   f'fill="{MUTED}">{escape(compact_number(value, chart.lang))}</text>')

    count = max(len(chart.bars), 1)
    slot = (plot_right - plot_left) / count
    bar_width = min(46.0, slot * 0.62)
    label_every = 1
    while label_every * slot < 44 and label_every < count:
        label_every += 1
    for index, bar in enumerate(chart.bars):
        x = plot_left + slot * index + (slot - bar_width) / 2
        base = 0.0
        for j, item in enumerate(chart.series):
            amount = float(chart.values[index][j])
            if amount <= 0:
                continue
            y_top, y_bottom = y_of(base + amount), y_of(base)
            tooltip = f"{bar}: {item.label} {chart.format_value(chart.values[index][j])}"
            out.append(
                f'<rect x="{x:.1f}" y="{y_top}" width="{bar_width:.1f}" '
                f'height="{max(y_bottom - y_top, 0.8):.1f}" fill="{item.colour}" '
                f'stroke="#ffffff" stroke-width="0.6"><title>{escape(tooltip)}</title></rect>'
            )
            base += amount
        centre = x + bar_width / 2
        if totals[index] > 0:
            out.append(f'<text x="{centre:.1f}" y="{y_of(totals[index]) - 4}" '
                       f'text-anchor="middle" font-size="9" fill="{TEXT}">'
                       f'{escape(compact_number(totals[index], chart.lang))}</text>')
        if index % label_every == 0 or index == count - 1:
            out.append(f'<text x="{centre:.1f}" y="{plot_bottom + 14}" text-anchor="middle" '
                       f'font-size="9.5" fill="{MUTED}">{escape(bar)}</text>')
        if chart.bar_titles and index < len(chart.bar_titles) and chart.bar_titles[index]:
            out.append(f'<text x="{centre:.1f}" y="{plot_bottom + 26}" text-anchor="middle" '
                       f'font-size="8.5" fill="{MUTED}">{escape(chart.bar_titles[index])}</text>')
    if not any(totals) and chart.empty_text:
        out.append(f'<text x="{(plot_left + plot_right) / 2:.1f}" '
                   f'y="{plot_top + PLOT_HEIGHT / 2:.1f}" text-anchor="middle" fill="{MUTED}">'
                   f'{escape(chart.empty_text)}</text>')
    out.append("</svg>")
    return "\n".join(out)
