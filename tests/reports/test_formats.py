"""The same weekly report as Markdown, CSV, standalone HTML and PDF, with the right figures."""

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from delaydesk.reports import rendering
from delaydesk.reports.pdf import MissingFont, font_files, weekly_pdf
from delaydesk.reports.selectors import report_scope, weekly_report
from delaydesk.reports.weeks import IsoWeek

from .conftest import BERLIN, berlin


@pytest.fixture
def report(book):
    return weekly_report(book.lead, report_scope(book.lead), IsoWeek(2026, 48), lang="en",
                         tz=BERLIN, now=berlin(2026, 11, 27))


def german(report):
    import dataclasses

    return dataclasses.replace(report, lang="de")


def test_markdown_carries_every_section_and_figure(report):
    text = rendering.weekly_markdown(report)
    assert text.startswith("# Weekly update 2026-W48: North\n")
    assert "- Delayed renewals: **2** (€180,000.00)" in text
    assert "Expected ARR: **€101,000.00 · £21,000.00** (change against last week: " \
           "−€41,000.00 · ±0)" in text
    assert "| **Expected ARR** | €101,000.00 | €142,000.00 | −€41,000.00 |" in text
    assert "| Administrative | €0.00 | €50,000.00 | −€50,000.00 |" in text
    assert "Renewed this week: 1 renewal, €40,000.00" in text
    assert "1. **[Gamma KG](http://127.0.0.1:8000/renewals/" in text
    assert ("Risk delay, assessed as Hidden problem; the customer said “Budget is frozen”; "
            "risk 80 of 100; contract ends in 18 days; help requested: Need an executive "
            "sponsor call.") in text
    assert "Send the usage report (due 20 November 2026, 7 days overdue" in text
    assert "## Post-mortems due" in text and "/postmortem/" in text
    assert "Omega" not in text


def test_markdown_in_german(report):
    text = rendering.weekly_markdown(german(report))
    assert text.startswith("# Wochenbericht 2026-W48: North\n")
    assert "101.000,00\u00a0€" in text and "Veränderung zur Vorwoche" in text
    assert "Verzögerung der Kategorie Risiko" in text
    assert "fällig am 20.11.2026, 7 Tage überfällig" in text


def test_markdown_escapes_table_cells(book, report):
    from .conftest import at, save

    with at(2026, 11, 27, 9):
        save(book.delays["D3"], stated_reason="Budget | frozen *now*")
    report = weekly_report(book.lead, report_scope(book.lead), IsoWeek(2026, 48), lang="en",
                           tz=BERLIN, now=berlin(2026, 11, 27))
    text = rendering.weekly_markdown(report)
    assert "Budget \\| frozen \\*now\\*" in text


def test_csv_has_one_row_per_delayed_renewal(report):
    rows = list(csv.DictReader(io.StringIO(rendering.weekly_csv(report))))
    assert [row["account"] for row in rows] == ["Gamma KG", "Alpha GmbH"]
    gamma = rows[0]
    assert (gamma["arr"], gamma["currency"], gamma["category"], gamma["assessed_type"]) == (
        "80000.00", "EUR", "risk", "hidden_problem")
    assert (gamma["expected_arr"], gamma["risk_weighted_arr"], gamma["overdue_steps"]) == (
        "16000.00", "64000.00", "1")
    assert gamma["help_needed"] == "yes" and rows[1]["new_this_week"] == "yes"


def test_standalone_html_embeds_the_charts(report):
    html = rendering.weekly_html(report)
    assert html.count("<svg") == 4  # ARR by category (EUR), types, contract ends EUR and GBP
    assert "cid:" not in html and "Gamma KG" in html and "€101,000.00" in html
    email_html = rendering.weekly_email_html(report, rendering.weekly_charts(report))
    assert "<svg" not in email_html and 'src="cid:arr-eur@delaydesk"' in email_html


def test_charts_are_localised(report):
    titles = [chart.title for chart in rendering.weekly_charts(german(report))]
    assert titles[0] == "ARR in Verzögerung nach Kategorie, letzte 8 Wochen (EUR)"
    svg = rendering.weekly_charts(german(report))[0].svg
    ET.fromstring(svg)
    assert "KW\u00a048" in svg and "Entscheidung" in svg


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_carries_the_figures(report):
    data = weekly_pdf(report)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Weekly update 2026-W48: North" in text
    for figure in ("€180,000.00", "€101,000.00 · £21,000.00", "−€41,000.00", "€142,000.00",
                   "€64,000.00", "Gamma KG", "Send the usage report"):
        assert figure in text, figure
    # The chart's text comes through as text, not as a picture.
    assert "ARR in delay by category, last 8 weeks (EUR)" in text


def test_pdf_in_german_keeps_umlauts_and_the_euro_sign(report):
    text = pdf_text(weekly_pdf(german(report)))
    assert "Wochenbericht 2026-W48: North" in text
    assert "101.000,00 €" in text.replace("\u00a0", " ")
    assert "Überfällige nächste Schritte" in text
    assert "Verzögerung" in text


def test_missing_font_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr("delaydesk.reports.pdf.FONT_DIRS", (str(tmp_path),))
    with pytest.raises(MissingFont, match="fonts-dejavu-core"):
        font_files()
