"""The server-rendered SVG charts: valid, self-contained, accessible, localised, escaped."""

import xml.etree.ElementTree as ET
from decimal import Decimal

from delaydesk.reports.charts import (
    Series,
    StackedBars,
    compact_number,
    nice_ceiling,
    stacked_bar_svg,
)

SVG = "{http://www.w3.org/2000/svg}"


def chart(**changes):
    values = dict(
        title="ARR <in> delay & more", bars=["W47", "W48"],
        series=[Series("administrative", "Administrative", "#2e7d32"),
                Series("risk", "Risk \"high\"", "#c62828")],
        values=[[Decimal("50000"), Decimal("80000")], [Decimal("0"), Decimal("80000")]],
        format_value=lambda v: f"€{v:,.2f}", lang="en", unit="EUR", summary="Summary.",
        empty_text="Nothing.", total_label="total",
    )
    values.update(changes)
    return StackedBars(**values)


def test_svg_is_valid_accessible_and_self_contained():
    svg = stacked_bar_svg(chart())
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg" and root.get("viewBox").startswith("0 0 640 ")
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}title").text == "ARR <in> delay & more"
    desc = root.find(f"{SVG}desc").text
    assert desc.startswith("Summary.")
    assert "W47: Administrative €50,000.00, Risk \"high\" €80,000.00 (total €130,000.00)." in desc
    assert "W48: Risk \"high\" €80,000.00 (total €80,000.00)." in desc
    assert "<script" not in svg and "http://" not in svg.replace("http://www.w3.org/2000/svg", "")
    assert "&lt;in&gt; delay &amp; more" in svg  # escaped in the markup
    bars = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(bars) == 3  # zero values draw nothing


def test_bar_heights_are_proportional():
    root = ET.fromstring(stacked_bar_svg(chart()))
    heights = {r.find(f"{SVG}title").text: float(r.get("height"))
               for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None}
    admin = heights["W47: Administrative €50,000.00"]
    risk = heights["W47: Risk \"high\" €80,000.00"]
    assert abs(risk / admin - 1.6) < 0.02


def test_empty_chart_says_so_and_labels_are_german():
    svg = stacked_bar_svg(chart(values=[[0, 0], [0, 0]], lang="de", bars=["KW 47", "KW 48"]))
    assert "Nothing." in svg and "KW 47" in svg
    assert compact_number(Decimal("1500000"), "de") == "1,5\u00a0Mio."
    assert compact_number(Decimal("120000"), "en") == "120k"
    assert compact_number(250, "en") == "250"


def test_axis_top_is_a_round_number_above_the_highest_bar():
    assert nice_ceiling(130000) == (150000, 37500)
    assert nice_ceiling(4) == (4, 1)
    assert nice_ceiling(0) == (4.0, 1.0)
    assert nice_ceiling(7) == (8, 2)
