"""The weekly update as a PDF (fpdf2), with the same SVG charts as the page and the e-mail.

fpdf2's built-in fonts know only Latin-1, so umlauts and the euro sign need a Unicode
TrueType font: DejaVu Sans from the Debian package ``fonts-dejavu-core``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from delaydesk.dates import format_date
from delaydesk.money import format_money

from .rendering import (
    Chart,
    amounts_text,
    category_label,
    forecast_rows,
    kind_label,
    language,
    probabilities_note,
    quoted,
    risk_sentence,
    signed_money,
    stage_label,
    type_label,
    week_span,
    week_title,
    weekly_charts,
)
from .selectors import WeeklyReport

FONT_DIRS = (
    os.environ.get("DELAYDESK_FONT_DIR", ""),
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
)
# The SVG charts name this family first, so fpdf2 draws their text with it too.
FAMILY = "DejaVu Sans"
TEXT = (31, 41, 55)
MUTED = (91, 100, 114)
_SVG_TEXT_ALTERNATIVES = re.compile(r"<(title|desc)\b[^>]*>.*?</\1>", re.DOTALL)


class MissingFont(RuntimeError):
    """Raised when DejaVu Sans is not installed, with what to install."""


def font_files() -> tuple[Path, Path]:
    """The regular and bold DejaVu Sans files, or MissingFont saying how to get them."""
    for folder in FONT_DIRS:
        if not folder:
            continue
        regular, bold = Path(folder) / "DejaVuSans.ttf", Path(folder) / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    raise MissingFont(
        "The PDF needs the font DejaVu Sans (for umlauts and the euro sign). Install it with "
        "'apt-get install fonts-dejavu-core' or point DELAYDESK_FONT_DIR at a folder holding "
        "DejaVuSans.ttf and DejaVuSans-Bold.ttf."
    )


def _svg_for_pdf(svg: str) -> bytes:
    # fpdf2 does not draw <title>/<desc>; leaving them out keeps it from warning about them.
    return _SVG_TEXT_ALTERNATIVES.sub("", svg).encode("utf-8")


def weekly_pdf(report: WeeklyReport, charts: list[Chart] | None = None) -> bytes:
    """Render the weekly update as an A4 PDF and return its bytes."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    regular, bold = font_files()
    with language(report.lang) as lang:
        charts = charts if charts is not None else weekly_charts(report)
        pdf = FPDF(orientation="portrait", unit="mm", format="A4")
        pdf.set_title(week_title(report, lang))
        pdf.set_author("DelayDesk")
        pdf.set_creator("DelayDesk")
        pdf.add_font(FAMILY, "", str(regular))
        pdf.add_font(FAMILY, "B", str(bold))
        pdf.set_auto_page_break(auto=True, margin=15)
        pdf.set_margins(14, 14, 14)
        pdf.add_page()
        heading_face = FontFace(emphasis="BOLD", fill_color=(238, 241, 245))

        def heading(text: str, size: float = 13) -> None:
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font(FAMILY, "B", size)
            pdf.set_text_color(*TEXT)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(FAMILY, "", 9)

        def paragraph(text: str, *, muted: bool = False, size: float = 9) -> None:
            pdf.set_font(FAMILY, "", size)
            pdf.set_text_color(*(MUTED if muted else TEXT))
            pdf.multi_cell(0, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(*TEXT)

        def bullets(lines: list[str], empty: str) -> None:
            for line in lines or [empty]:
                paragraph(f"• {line}" if lines else empty, muted=not lines)

        def table(header: list[str], rows: list[list[str]], widths: tuple[float, ...],
                  right: set[int] | None = None) -> None:
            right = right or set()
            pdf.set_font(FAMILY, "", 8)
            align = tuple("RIGHT" if i in right else "LEFT" for i in range(len(header)))
            with pdf.table(col_widths=widths, text_align=align, line_height=4.4,
                           headings_style=heading_face, padding=1,
                           borders_layout="HORIZONTAL_LINES", first_row_as_headings=True) as t:
                for values in [header, *rows]:
                    line = t.row()
                    for value in values:
                        line.cell(value)
            pdf.set_font(FAMILY, "", 9)

        money = format_money
        pdf.set_font(FAMILY, "B", 17)
        pdf.multi_cell(0, 8, week_title(report, lang), new_x="LMARGIN", new_y="NEXT")
        paragraph(f"{week_span(report, lang)} · " + (
            _("complete week") if report.complete
            else _("as of %(day)s") % {"day": format_date(report.as_of, lang)}), muted=True)
        current = report.forecast.current
        pdf.ln(1)
        summary = [
            (_("Delayed renewals"), str(len(report.delayed))),
            (_("ARR in delay"), amounts_text(current.delayed_arr, lang)),
            (_("Expected ARR"), amounts_text(current.expected_arr, lang)),
            (_("Change against last week"),
             " · ".join(signed_money(v, c, lang)
                        for c, v in report.forecast.expected_change.items()) or "±0"),
            (_("New delays"), str(len(report.new_delays))),
            (_("Resolved delays"), str(len(report.resolved_delays))),
            (_("Overdue next steps"), str(len(report.overdue_steps))),
            (_("Help needed"), str(len(report.help_requests))),
        ]
        pdf.set_font(FAMILY, "", 9)
        for label, value in summary:
            pdf.set_text_color(*MUTED)
            pdf.cell(52, 5.2, label)
            pdf.set_text_color(*TEXT)
            pdf.set_font(FAMILY, "B", 9)
            pdf.cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(FAMILY, "", 9)

        heading(_("Risk assessment"))
        if report.risks:
            for index, row in enumerate(report.risks, start=1):
                pdf.set_font(FAMILY, "B", 9)
                weighted = money(row.risk_weighted_arr, row.renewal.currency, lang)
                pdf.multi_cell(0, 4.8, f"{index}. {row.renewal.account} – "
                               f"{money(row.renewal.arr, row.renewal.currency, lang)} ("
                               + _("risk-weighted") + f" {weighted})",
                               new_x="LMARGIN", new_y="NEXT")
                paragraph(risk_sentence(row, lang))
        else:
            paragraph(_("No open delays: nothing at risk this week."), muted=True)

        heading(_("Delayed renewals"))
        if report.delayed:
            table(
                [_("Account"), _("Owner"), _("ARR"), _("Contract end"), _("Stated reason"),
                 _("Assessed as"), _("Risk")],
                [[r.renewal.account + (" *" if r.is_new else ""), r.renewal.owner or "–",
                  money(r.renewal.arr, r.renewal.currency, lang),
                  format_date(r.renewal.contract_end, lang), r.stated_reason or "–",
                  f"{category_label(r.category)}: {type_label(r.assessed_type)}", str(r.risk)]
                 for r in report.delayed],
                (32, 26, 24, 25, 33, 30, 12), right={2, 6},
            )
            if any(r.is_new for r in report.delayed):
                paragraph(_("* new this week"), muted=True, size=8)
        else:
            paragraph(_("No renewal is delayed."), muted=True)

        heading(_("Help needed"))
        bullets([f"{r.renewal.account} ({r.renewal.owner or '–'}): {r.help_text}"
                 for r in report.help_requests], _("Nobody asked for help this week."))

        heading(_("Actions taken this week"))
        bullets([f"{format_date(a.taken_on, lang)} · {a.renewal.account}: {a.description}"
                 + (f" – {_('Response')}: {a.customer_response}" if a.customer_response else "")
                 for a in report.actions], _("No actions recorded this week."))

        heading(_("Forecast impact"))
        for currency in report.forecast.currencies:
            pdf.set_font(FAMILY, "B", 10)
            pdf.cell(0, 6, currency, new_x="LMARGIN", new_y="NEXT")
            table(["", _("This week"), _("Last week"), _("Change")],
                  [[r.label, r.current, r.previous, r.change]
                   for r in forecast_rows(report, currency, lang)],
                  (64, 40, 40, 38), right={1, 2, 3})
        if report.forecast.renewed:
            paragraph(ngettext("Renewed this week: %(n)d renewal, %(arr)s",
                               "Renewed this week: %(n)d renewals, %(arr)s",
                               report.forecast.renewed) % {
                "n": report.forecast.renewed,
                "arr": amounts_text(report.forecast.renewed_arr, lang)})
        if report.forecast.lost:
            paragraph(ngettext("Lost this week: %(n)d renewal, %(arr)s",
                               "Lost this week: %(n)d renewals, %(arr)s",
                               report.forecast.lost) % {
                "n": report.forecast.lost, "arr": amounts_text(report.forecast.lost_arr, lang)})
        paragraph(probabilities_note(report), muted=True, size=8)

        heading(_("Charts"))
        for chart in charts:
            # Each chart is 640 units wide; at 150 mm about 85 mm tall. Keep it on one page.
            if pdf.get_y() > 190:
                pdf.add_page()
            pdf.image(_svg_for_pdf(chart.svg), x=pdf.l_margin, w=170)
            pdf.ln(4)

        heading(_("New delays"))
        bullets([f"{format_date(e.day, lang)} · {e.renewal.account}: "
                 f"{category_label(e.category)}, {type_label(e.assessed_type)}"
                 + (f" – {quoted(e.stated_reason)}" if e.stated_reason else "")
                 for e in report.new_delays], _("No new delays this week."))
        heading(_("Resolved delays"))
        bullets([f"{format_date(e.day, lang)} · {e.renewal.account}: "
                 f"{category_label(e.category)}, {type_label(e.assessed_type)}"
                 for e in report.resolved_delays], _("No delays resolved this week."))

        heading(_("Overdue next steps"))
        if report.overdue_steps:
            table([_("Account"), _("Next step"), _("Due"), _("Overdue"), _("Kind"), _("Owner")],
                  [[s.renewal.account, s.what, format_date(s.due_on, lang),
                    ngettext("%(n)d day", "%(n)d days", s.days_overdue) % {"n": s.days_overdue},
                    kind_label(s.kind), s.owner or "–"] for s in report.overdue_steps],
                  (36, 52, 22, 18, 28, 26), right={3})
        else:
            paragraph(_("Nothing overdue."), muted=True)

        if report.owners:
            heading(_("By CSM"))
            table([_("CSM"), _("Delayed"), _("ARR in delay"), _("New delays"), _("Actions"),
                   _("Overdue"), _("Help needed")],
                  [[o.owner, str(o.delayed), amounts_text(o.delayed_arr, lang),
                    str(o.new_delays), str(o.actions), str(o.overdue_steps),
                    str(o.help_requests)] for o in report.owners],
                  (40, 18, 42, 20, 18, 18, 26), right={1, 2, 3, 4, 5, 6})

        if report.postmortems_due:
            heading(_("Post-mortems due"))
            bullets([f"{p.renewal.account}: {stage_label(p.renewal.stage)}, "
                     f"{_('contract end')} {format_date(p.renewal.contract_end, lang)}"
                     for p in report.postmortems_due], "")
        return bytes(pdf.output())
