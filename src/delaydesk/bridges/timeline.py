"""A scenario plan as a small SVG timeline, rendered on the server.

The chart is self-contained (no script, no external fonts or styles), scales through its
viewBox, carries a title and a text description for screen readers, and marks every date
with words as well as colour, so it reads the same in a page, an e-mail and a PDF.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from delaydesk.bridges.dates import Lang, format_date, month_name
from delaydesk.bridges.scenarios import ScenarioPlan, date_label
from delaydesk.money import format_money

WIDTH = 640
MARGIN_X = 16
FONT_SIZE = 11
CHAR_WIDTH = 6.2  # a generous average for an 11px sans-serif, so labels never collide
LABEL_ROW = 30
LABEL_GAP = 10
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

TEXT = "#1f2937"
MUTED = "#4b5563"
CONTRACT = "#bfdbfe"
CONTRACT_EDGE = "#1d4ed8"
BRIDGE = "#f59e0b"
BRIDGE_EDGE = "#92400e"
# Each marker also has its label, so colour is never the only cue.
MARKER_COLOURS = {
    "today": "#111827",
    "signature": "#047857",
    "contract_end": "#b91c1c",
    "slip_to": "#6d28d9",
    "offboarding_start": "#4b5563",
}

_TEXTS = {
    "title": ("Scenario timeline", "Zeitleiste der Szenarien"),
    "contract": ("Current contract", "Laufender Vertrag"),
    "bridge": ("Bridge", "Brückenlösung"),
    "no_bridge": ("No bridge needed", "Keine Brückenlösung nötig"),
    "from_to": ("{start} to {end}", "{start} bis {end}"),
}


def _text(key: str, lang: Lang) -> str:
    en, de = _TEXTS[key]
    return de if lang == "de" else en


@dataclass
class _Marker:
    id: str
    day: date
    label: str
    date_text: str
    x: float = 0.0
    row: int = 0
    anchor: str = "start"
    text_x: float = 0.0


def _label_width(marker: _Marker) -> float:
    return max(len(marker.label), len(marker.date_text)) * CHAR_WIDTH


def _place_labels(markers: list[_Marker]) -> int:
    """Give every marker a label row so no two labels overlap; return the number of rows."""
    rows: list[list[tuple[float, float]]] = []
    for marker in sorted(markers, key=lambda m: (m.x, m.id)):
        width = _label_width(marker)
        if marker.x + 4 + width <= WIDTH - MARGIN_X:
            marker.anchor, marker.text_x = "start", marker.x + 4
            span = (marker.x, marker.x + 4 + width)
        else:
            marker.anchor, marker.text_x = "end", marker.x - 4
            span = (marker.x - 4 - width, marker.x)
        for index, taken in enumerate(rows):
            if all(span[0] > right + LABEL_GAP or span[1] < left - LABEL_GAP
                   for left, right in taken):
                marker.row = index
                taken.append(span)
                break
        else:
            marker.row = len(rows)
            rows.append([span])
    return max(len(rows), 1)


def scenario_timeline_svg(plan: ScenarioPlan, lang: Lang) -> str:
    """Render the plan's dates and its slip bridge as an accessible, self-contained SVG.

    Shows today, the expected signature, the contract end, the slipped date, the start of
    offboarding and the bridge span as a bar; all labels are in ``lang``.
    """
    # Imported here: xml.sax pulls in urllib and email (about 30 ms), which pricing and the
    # command line never need.
    from xml.sax.saxutils import escape, quoteattr

    if lang not in ("de", "en"):
        raise ValueError("lang must be 'de' or 'en'")

    def day(value: date) -> str:
        return format_date(value, lang)

    points: list[tuple[str, date]] = [("today", plan.today)]
    if plan.expected_signature is not None:
        points.append(("signature", plan.expected_signature))
    points += [
        ("contract_end", plan.contract_end),
        ("slip_to", plan.slip_to),
        ("offboarding_start", plan.offboarding_start),
    ]
    markers = [_Marker(pid, value, date_label(pid, lang), day(value)) for pid, value in points]

    slips = plan.scenario("slips")
    bridge_span: tuple[date, date] | None = None
    if slips.bridge is not None:
        ends = [key.date for key in slips.key_dates if key.id == "bridge_end"]
        bridge_span = (slips.bridge.start, ends[0] if ends else slips.bridge.end)

    all_days = [m.day for m in markers] + (list(bridge_span) if bridge_span else [])
    first = min(all_days) - timedelta(days=3)
    last = max(all_days) + timedelta(days=3)
    span_days = max((last - first).days, 1)
    inner = WIDTH - 2 * MARGIN_X

    def x_of(value: date) -> float:
        return round(MARGIN_X + (value - first).days / span_days * inner, 1)

    for marker in markers:
        marker.x = x_of(marker.day)
    rows = _place_labels(markers)

    title_y = 22
    labels_top = title_y + 14
    axis_y = labels_top + rows * LABEL_ROW + 8
    bar_y = axis_y + 26
    legend_y = bar_y + 34
    height = legend_y + 12

    # The text alternative: every date and the bridge in one readable paragraph.
    summary = [f"{m.label}: {m.date_text}." for m in sorted(markers, key=lambda m: m.day)]
    bridge_text = _text("no_bridge", lang)
    if bridge_span and slips.bridge is not None and slips.bridge_cost is not None:
        period = _text("from_to", lang).format(
            start=day(bridge_span[0]), end=day(bridge_span[1])
        )
        cost = format_money(slips.bridge_cost, plan.currency, lang)
        bridge_text = f"{_text('bridge', lang)}: {period}, {cost}"
    summary.append(f"{bridge_text}.")
    description = " ".join(summary)

    digest = hashlib.sha1(
        f"{plan.today}{plan.contract_end}{plan.expected_signature}{plan.slip_to}{lang}".encode()
    ).hexdigest()[:8]
    title_id, desc_id = f"dd-timeline-{digest}-title", f"dd-timeline-{digest}-desc"
    title = f"{_text('title', lang)}: {date_label('contract_end', lang)} {day(plan.contract_end)}"

    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" style="max-width:{WIDTH}px;height:auto" role="img" '
        f'aria-labelledby="{title_id} {desc_id}" font-family={quoteattr(FONT)} '
        f'font-size="{FONT_SIZE}">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(description)}</desc>',
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<text x="{MARGIN_X}" y="{title_y}" font-size="13" font-weight="bold" '
        f'fill="{TEXT}">{escape(title)}</text>',
    ]

    # The current contract up to its end, and the bridge after it.
    contract_left = x_of(max(first, min(plan.today, plan.contract_end)))
    contract_right = x_of(plan.contract_end)
    if contract_right > contract_left:
        out.append(
            f'<rect x="{contract_left}" y="{bar_y}" width="{contract_right - contract_left:.1f}" '
            f'height="12" rx="2" fill="{CONTRACT}" stroke="{CONTRACT_EDGE}"/>'
        )
    if bridge_span:
        left, right = x_of(bridge_span[0]), x_of(bridge_span[1] + timedelta(days=1))
        out.append(
            f'<rect x="{left}" y="{bar_y}" width="{max(right - left, 2):.1f}" height="12" '
            f'rx="2" fill="{BRIDGE}" stroke="{BRIDGE_EDGE}"/>'
        )

    # Month ticks, thinned out so their labels never touch.
    ticks: list[date] = []
    cursor = date(first.year, first.month, 1)
    while cursor <= last:
        if cursor >= first:
            ticks.append(cursor)
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    step = 1
    while ticks and len(ticks) / step * 48 > inner:
        step += 1
    out.append(
        f'<line x1="{MARGIN_X}" y1="{axis_y}" x2="{WIDTH - MARGIN_X}" y2="{axis_y}" '
        f'stroke="{MUTED}" stroke-width="1.5"/>'
    )
    for index, tick in enumerate(ticks):
        tx = x_of(tick)
        out.append(
            f'<line x1="{tx}" y1="{axis_y - 3}" x2="{tx}" y2="{axis_y + 3}" stroke="{MUTED}"/>'
        )
        if index % step == 0:
            name = month_name(tick.month, lang, short=True)
            if index == 0 or tick.month == 1:
                name = f"{name} {tick.year}"
            out.append(
                f'<text x="{tx}" y="{axis_y + 15}" text-anchor="middle" font-size="9" '
                f'fill="{MUTED}">{escape(name)}</text>'
            )

    # Markers: a line from each label down to the axis, then every label on top with a
    # white halo, so a line passing behind another marker's label never hides its text.
    def label_y(marker: _Marker) -> int:
        return axis_y - 21 - marker.row * LABEL_ROW

    for marker in markers:
        out.append(
            f'<line x1="{marker.x}" y1="{label_y(marker) - 10}" x2="{marker.x}" '
            f'y2="{axis_y + 4}" stroke="{MARKER_COLOURS[marker.id]}" stroke-width="2"/>'
        )
    for marker in markers:
        out.append(
            f'<text x="{marker.text_x}" y="{label_y(marker)}" text-anchor="{marker.anchor}" '
            f'fill="{TEXT}" stroke="#ffffff" stroke-width="3" paint-order="stroke">'
            f'<tspan font-weight="bold" fill="{MARKER_COLOURS[marker.id]}">'
            f'{escape(marker.label)}</tspan>'
            f'<tspan x="{marker.text_x}" dy="12">{escape(marker.date_text)}</tspan></text>'
        )

    # Legend under the bars.
    legend_x: float = MARGIN_X
    out.append(
        f'<rect x="{legend_x}" y="{legend_y - 9}" width="12" height="10" fill="{CONTRACT}" '
        f'stroke="{CONTRACT_EDGE}"/>'
    )
    contract_label = _text("contract", lang)
    out.append(
        f'<text x="{legend_x + 17}" y="{legend_y}" fill="{TEXT}">'
        f'{escape(contract_label)}</text>'
    )
    legend_x += 17 + len(contract_label) * CHAR_WIDTH + 18
    if bridge_span:
        out.append(
            f'<rect x="{legend_x:.1f}" y="{legend_y - 9}" width="12" height="10" '
            f'fill="{BRIDGE}" stroke="{BRIDGE_EDGE}"/>'
        )
        legend_x += 17
    out.append(
        f'<text x="{legend_x:.1f}" y="{legend_y}" fill="{TEXT}">{escape(bridge_text)}</text>'
    )
    out.append("</svg>")
    return "\n".join(out)
