"""The weekly update as charts (SVG), Markdown, CSV and the HTML e-mail; labels and sentences.

Every renderer takes the report object from ``selectors`` and prints it in the report's
language; none of them asks the database. The PDF lives in ``pdf.py``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from delaydesk.bridges.dates import Lang
from delaydesk.bridges.offers import percent
from delaydesk.dates import format_date, month_name
from delaydesk.delays.models import Category, DelayType, NextStepKind
from delaydesk.money import format_money
from delaydesk.portfolio.models import ForecastCategory, Stage

from .charts import (
    CATEGORY_COLOURS,
    FORECAST_COLOURS,
    TYPE_COLOURS,
    Series,
    StackedBars,
    stacked_bar_svg,
)
from .models import Lesson
from .selectors import (
    BUCKETS,
    CATEGORIES,
    FORECAST_CATEGORIES,
    NO_DELAY,
    TYPES,
    Amounts,
    DelayedRenewal,
    ForecastReport,
    PatternsReport,
    WeeklyReport,
)

BUCKET_COLOURS = {"committed": "#1b5e20", "likely": "#64b5f6", "at_risk": "#e53935",
                  "lost": "#9e9e9e"}


def engine_lang(code: str | None) -> Lang:
    """``de`` for any German variant, else ``en``."""
    return "de" if (code or "").lower().startswith("de") else "en"


@contextmanager
def language(code: str) -> Iterator[Lang]:
    """Render in ``code``: activates the translation and yields the engine language."""
    lang = engine_lang(code)
    with translation.override(lang):
        yield lang


# --- labels -------------------------------------------------------------------------------

def category_label(code: str) -> str:
    if code == NO_DELAY:
        return _("No open delay")
    return str(dict(Category.choices).get(code, code or "–"))


def type_label(code: str) -> str:
    return str(dict(DelayType.choices).get(code, code or "–"))


def stage_label(code: str) -> str:
    return str(dict(Stage.choices).get(code, code))


def forecast_label(code: str) -> str:
    return str(dict(ForecastCategory.choices).get(code, code))


def kind_label(code: str) -> str:
    return str(dict(NextStepKind.choices).get(code, code))


def lesson_label(code: str) -> str:
    return str(dict(Lesson.choices).get(code, code))


def bucket_label(code: str) -> str:
    return {"committed": _("Committed"), "likely": _("Likely"), "at_risk": _("At risk"),
            "lost": _("Lost")}[code]


def week_label(week: Any, lang: Lang) -> str:
    """``W48`` in English, ``KW 48`` in German."""
    return f"KW\u00a0{week.week}" if lang == "de" else f"W{week.week}"


def month_label(month: Any, lang: Lang) -> str:
    """``Dec 2026`` / ``Dez 2026``: short enough for six bars side by side."""
    return f"{month_name(month.month, lang)[:3]} {month.year}"


def week_title(report: WeeklyReport, lang: Lang) -> str:
    return _("Weekly update %(week)s: %(scope)s") % {"week": report.week,
                                                      "scope": report.scope.label}


def week_span(report: WeeklyReport, lang: Lang) -> str:
    return _("%(start)s to %(end)s") % {"start": format_date(report.week.monday, lang),
                                        "end": format_date(report.week.sunday, lang)}


def amounts_text(amounts: Amounts, lang: Lang, *, empty: str = "–") -> str:
    """Per-currency amounts on one line: ``€12,000.00 · £5,000.00``."""
    parts = [format_money(value, currency, lang) for currency, value in sorted(amounts.items())
             if value]
    return " · ".join(parts) if parts else empty


def signed_money(amount: Decimal, currency: str, lang: Lang) -> str:
    """A change with its sign: ``+€1,200.00``, ``−€300.00``, ``±0``."""
    if amount == 0:
        return "±0"
    text = format_money(abs(amount), currency, lang)
    return ("+" if amount > 0 else "\u2212") + text


def quoted(text: str) -> str:
    """``“text”`` in English, ``„text“`` in German."""
    return _("“%(text)s”") % {"text": text}


def site_url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def days_to_end_text(days: int) -> str:
    if days > 0:
        return ngettext("contract ends in %(n)d day", "contract ends in %(n)d days", days) % {
            "n": days}
    if days == 0:
        return _("contract ends today")
    return ngettext("contract ended %(n)d day ago", "contract ended %(n)d days ago", -days) % {
        "n": -days}


def risk_sentence(row: DelayedRenewal, lang: Lang) -> str:
    """Why this renewal is a risk, in one sentence in the active language."""
    parts = [_("%(category)s delay, assessed as %(type)s") % {
        "category": category_label(row.category), "type": type_label(row.assessed_type)}]
    if row.stated_reason:
        parts.append(_("the customer said “%(reason)s”") % {"reason": row.stated_reason})
    parts.append(_("risk %(risk)d of 100") % {"risk": row.risk})
    parts.append(days_to_end_text(row.days_to_end))
    if row.help_needed:
        parts.append(_("help requested: %(help)s") % {"help": row.help_text or _("yes")})
    return "; ".join(parts) + "."


# --- charts -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Chart:
    """One rendered chart: a stable id (also the e-mail's Content-ID), its title and SVG."""

    id: str
    title: str
    svg: str


def _money_formatter(currency: str, lang: Lang) -> Callable[[Decimal | int], str]:
    return lambda value: format_money(Decimal(value), currency, lang)


def _count_formatter(value: Decimal | int) -> str:
    return str(int(value))


def weekly_charts(report: WeeklyReport) -> list[Chart]:
    """The three charts of the weekly update, in the report's language."""
    with language(report.lang) as lang:
        charts: list[Chart] = []
        series = report.series
        week_bars = [week_label(week, lang) for week in series.arr_weeks]
        currencies = sorted(series.arr_by_category) or sorted(report.forecast.currencies)[:1]
        for currency in currencies:
            rows = series.arr_by_category.get(currency) or [
                {key: Decimal("0") for key in CATEGORIES} for _w in series.arr_weeks]
            title = _("ARR in delay by category, last %(n)d weeks (%(currency)s)") % {
                "n": len(series.arr_weeks), "currency": currency}
            charts.append(Chart(f"arr-{currency.lower()}", title, stacked_bar_svg(StackedBars(
                title=title, bars=week_bars,
                series=[Series(key, category_label(key), CATEGORY_COLOURS[key])
                        for key in CATEGORIES],
                values=[[row[key] for key in CATEGORIES] for row in rows],
                format_value=_money_formatter(currency, lang), lang=lang, unit=currency,
                summary=_("ARR of the renewals with an open delay at the end of each week, "
                          "stacked by the category of their most serious delay."),
                empty_text=_("No delayed renewals in these weeks."), total_label=_("total"),
            ))))
        title = _("New delays by type, last %(n)d weeks") % {"n": len(series.type_weeks)}
        used = [kind for kind in TYPES if any(row.get(kind) for row in series.delays_by_type)]
        charts.append(Chart("types", title, stacked_bar_svg(StackedBars(
            title=title, bars=[week_label(week, lang) for week in series.type_weeks],
            series=[Series(kind, type_label(kind), TYPE_COLOURS[kind]) for kind in used or TYPES],
            values=[[row.get(kind, 0) for kind in used or TYPES] for row in series.delays_by_type],
            format_value=_count_formatter, lang=lang, unit=_("delays"),
            summary=_("Delays by the week they were communicated, stacked by assessed type."),
            empty_text=_("No delays communicated in these weeks."), total_label=_("total"),
        ))))
        months = report.contract_ends.months
        ends = report.contract_ends.by_forecast
        for currency in sorted(ends) or currencies:
            rows = ends.get(currency) or [{k: Decimal("0") for k in FORECAST_CATEGORIES}
                                          for _m in months]
            title = _("Contract ends in the next %(n)d months by forecast category "
                      "(%(currency)s)") % {"n": len(months), "currency": currency}
            charts.append(Chart(f"ends-{currency.lower()}", title, stacked_bar_svg(StackedBars(
                title=title, bars=[month_label(month, lang) for month in months],
                series=[Series(key, forecast_label(key), FORECAST_COLOURS[key])
                        for key in FORECAST_CATEGORIES],
                values=[[row[key] for key in FORECAST_CATEGORIES] for row in rows],
                format_value=_money_formatter(currency, lang), lang=lang, unit=currency,
                summary=_("ARR of the renewals whose contract ends in each month, stacked by "
                          "forecast category."),
                empty_text=_("No contract ends in these months."), total_label=_("total"),
            ))))
        return charts


def forecast_chart(report: ForecastReport, currency: str) -> Chart:
    """Committed, likely, at risk and lost ARR by month of contract end, in one currency."""
    with language(report.lang) as lang:
        rows = report.by_currency[currency]
        title = _("Contract ends by month (%(currency)s)") % {"currency": currency}
        bars = [(_("Overdue") if row.overdue else month_label(row.month, lang)) for row in rows]
        return Chart(f"forecast-{currency.lower()}", title, stacked_bar_svg(StackedBars(
            title=title, bars=bars,
            series=[Series(key, bucket_label(key), BUCKET_COLOURS[key]) for key in BUCKETS],
            values=[[row.buckets[key] for key in BUCKETS] for row in rows],
            format_value=_money_formatter(currency, lang), lang=lang, unit=currency,
            summary=_("ARR by month of contract end: committed, likely, at risk and lost. "
                      "“Overdue” holds renewals still open after their contract end."),
            empty_text=_("No contract ends in these months."), total_label=_("total"),
        )))


def patterns_charts(report: PatternsReport, lang_code: str) -> list[Chart]:
    """Delays per month by category and by type."""
    with language(lang_code) as lang:
        bars = [month_label(month, lang) for month in report.months]
        title = _("Delays per month by category")
        charts = [Chart("pattern-categories", title, stacked_bar_svg(StackedBars(
            title=title, bars=bars,
            series=[Series(key, category_label(key), CATEGORY_COLOURS[key]) for key in CATEGORIES],
            values=[[row[key] for key in CATEGORIES] for row in report.by_month_category],
            format_value=_count_formatter, lang=lang, unit=_("delays"),
            summary=_("Delays by the month they were communicated, stacked by category."),
            empty_text=_("No delays in this period."), total_label=_("total"),
        )))]
        used = [k for k in TYPES if any(row.get(k) for row in report.by_month_type)] or list(TYPES)
        title = _("Delays per month by type")
        charts.append(Chart("pattern-types", title, stacked_bar_svg(StackedBars(
            title=title, bars=bars,
            series=[Series(key, type_label(key), TYPE_COLOURS[key]) for key in used],
            values=[[row.get(key, 0) for key in used] for row in report.by_month_type],
            format_value=_count_formatter, lang=lang, unit=_("delays"),
            summary=_("Delays by the month they were communicated, stacked by assessed type."),
            empty_text=_("No delays in this period."), total_label=_("total"),
        ))))
        return charts


# --- the figures tables, shared by every format -------------------------------------------

@dataclass(frozen=True)
class FigureRow:
    label: str
    current: str
    previous: str
    change: str
    strong: bool = False


def forecast_rows(report: WeeklyReport, currency: str, lang: Lang) -> list[FigureRow]:
    """This week, last week and the change, per delay category, forecast category and total."""
    forecast = report.forecast
    zero = Decimal("0")

    def row(label: str, now: Amounts, before: Amounts, strong: bool = False) -> FigureRow:
        a, b = now.get(currency, zero), before.get(currency, zero)
        return FigureRow(label, format_money(a, currency, lang), format_money(b, currency, lang),
                         signed_money(a - b, currency, lang), strong)

    current, previous = forecast.current, forecast.previous
    rows = [row(category_label(key), current.arr_by_category.get(key, {}),
                previous.arr_by_category.get(key, {})) for key in (*CATEGORIES, NO_DELAY)]
    rows.append(row(_("ARR in delay"), current.delayed_arr, previous.delayed_arr, True))
    rows.append(row(_("Open ARR"), current.total_arr, previous.total_arr, True))
    rows += [row(_("Forecast: %(category)s") % {"category": forecast_label(key)},
                 current.arr_by_forecast.get(key, {}), previous.arr_by_forecast.get(key, {}))
             for key in FORECAST_CATEGORIES]
    rows.append(row(_("Expected ARR"), current.expected_arr, previous.expected_arr, True))
    return rows


def probabilities_note(report: WeeklyReport) -> str:
    """Which probabilities made the expected ARR (the admin can change them)."""
    lang = engine_lang(report.lang)
    stages = ", ".join(f"{stage_label(stage)} {percent(value, lang)}"
                       for stage, value in report.settings.stages.items())
    adjust = ", ".join(f"{category_label(key)} {value * 100:+.0f}"
                       for key, value in report.settings.adjustments.items())
    return _("Expected ARR weighs each open renewal by the probability of its stage (%(stages)s), "
             "plus or minus points for the category of an open delay (%(adjust)s).") % {
        "stages": stages, "adjust": adjust}


# --- Markdown -----------------------------------------------------------------------------

def _md(text: str) -> str:
    """Text safe inside a Markdown table cell or list item."""
    return " ".join(str(text).split()).replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def _md_table(header: list[str], rows: list[list[str]], right: set[int] | None = None) -> str:
    right = right or set()
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---:" if i in right else "---" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _link(name: str, renewal_id: int) -> str:
    return f"[{_md(name)}]({site_url(f'/renewals/{renewal_id}/')})"


def weekly_markdown(report: WeeklyReport) -> str:
    """The weekly update as Markdown (also the e-mail's plain-text part)."""
    with language(report.lang) as lang:
        money = format_money
        out = [f"# {week_title(report, lang)}", "",
               f"{week_span(report, lang)} · " + (
                   _("complete week") if report.complete else
                   _("as of %(day)s") % {"day": format_date(report.as_of, lang)}), ""]
        current = report.forecast.current
        out += [
            f"- {_('Delayed renewals')}: **{len(report.delayed)}** "
            f"({amounts_text(current.delayed_arr, lang)})",
            f"- {_('Expected ARR')}: **{amounts_text(current.expected_arr, lang)}** "
            "(" + _("change against last week") + ": "
            + (" · ".join(signed_money(v, c, lang)
                          for c, v in report.forecast.expected_change.items()) or "±0") + ")",
            f"- {_('New delays')}: {len(report.new_delays)} · {_('Resolved delays')}: "
            f"{len(report.resolved_delays)} · {_('Overdue next steps')}: "
            f"{len(report.overdue_steps)} · {_('Help needed')}: {len(report.help_requests)}",
            "",
        ]

        out += [f"## {_('Risk assessment')}", ""]
        if report.risks:
            for index, row in enumerate(report.risks, start=1):
                out.append(f"{index}. **{_link(row.renewal.account, row.renewal.id)}** "
                           f"({money(row.renewal.arr, row.renewal.currency, lang)}, "
                           f"{_('risk-weighted')} "
                           f"{money(row.risk_weighted_arr, row.renewal.currency, lang)}): "
                           f"{_md(risk_sentence(row, lang))}")
        else:
            out.append(_("No open delays: nothing at risk this week."))
        out.append("")

        out += [f"## {_('Delayed renewals')}", ""]
        if report.delayed:
            out.append(_md_table(
                [_("Account"), _("Owner"), _("ARR"), _("Contract end"), _("Stated reason"),
                 _("Assessed as"), _("Category"), _("Risk"), _("Actions this week"),
                 _("Next step")],
                [[_link(r.renewal.account, r.renewal.id)
                  + (" *(" + _("new") + ")*" if r.is_new else ""),
                  _md(r.renewal.owner or "–"),
                  money(r.renewal.arr, r.renewal.currency, lang),
                  format_date(r.renewal.contract_end, lang),
                  _md(r.stated_reason or "–") + (f" ({type_label(r.stated_type)})"
                                                 if r.stated_type else ""),
                  type_label(r.assessed_type), category_label(r.category), str(r.risk),
                  _md("; ".join(a.description for a in r.actions) or "–"),
                  (_md(f"{format_date(r.next_step.due_on, lang)}: {r.next_step.what}")
                   if r.next_step else "–")]
                 for r in report.delayed], right={2, 7}))
        else:
            out.append(_("No renewal is delayed."))
        out.append("")

        out += [f"## {_('Help needed')}", ""]
        out += [f"- {_link(r.renewal.account, r.renewal.id)} ({_md(r.renewal.owner or '–')}, "
                f"{category_label(r.category)}): {_md(r.help_text)}"
                for r in report.help_requests] or [_("Nobody asked for help this week.")]
        out.append("")

        out += [f"## {_('Actions taken this week')}", ""]
        out += [f"- {format_date(a.taken_on, lang)} · {_link(a.renewal.account, a.renewal.id)}: "
                f"{_md(a.description)}" + (f" – {_('Response')}: {_md(a.customer_response)}"
                                           if a.customer_response else "")
                for a in report.actions] or [_("No actions recorded this week.")]
        out.append("")

        out += [f"## {_('Forecast impact')}", ""]
        for currency in report.forecast.currencies:
            out += [f"### {currency}", ""]
            out.append(_md_table(
                ["", _("This week"), _("Last week"), _("Change")],
                [[(f"**{r.label}**" if r.strong else r.label), r.current, r.previous, r.change]
                 for r in forecast_rows(report, currency, lang)], right={1, 2, 3}))
            out.append("")
        closed = []
        if report.forecast.renewed:
            closed.append(ngettext("Renewed this week: %(n)d renewal, %(arr)s",
                                   "Renewed this week: %(n)d renewals, %(arr)s",
                                   report.forecast.renewed) % {
                "n": report.forecast.renewed,
                "arr": amounts_text(report.forecast.renewed_arr, lang)})
        if report.forecast.lost:
            closed.append(ngettext("Lost this week: %(n)d renewal, %(arr)s",
                                   "Lost this week: %(n)d renewals, %(arr)s",
                                   report.forecast.lost) % {
                "n": report.forecast.lost, "arr": amounts_text(report.forecast.lost_arr, lang)})
        out += [f"- {line}" for line in closed] + ([""] if closed else [])
        out += [f"_{_md(probabilities_note(report))}_", ""]

        out += [f"## {_('New delays')}", ""]
        out += [f"- {format_date(e.day, lang)} · {_link(e.renewal.account, e.renewal.id)}: "
                f"{category_label(e.category)}, {type_label(e.assessed_type)}"
                + (f" – {quoted(_md(e.stated_reason))}" if e.stated_reason else "")
                for e in report.new_delays] or [_("No new delays this week.")]
        out += ["", f"## {_('Resolved delays')}", ""]
        out += [f"- {format_date(e.day, lang)} · {_link(e.renewal.account, e.renewal.id)}: "
                f"{category_label(e.category)}, {type_label(e.assessed_type)}"
                for e in report.resolved_delays] or [_("No delays resolved this week.")]
        out.append("")

        out += [f"## {_('Overdue next steps')}", ""]
        out += [f"- {_link(s.renewal.account, s.renewal.id)}: {_md(s.what)} "
                "(" + _("due %(day)s") % {"day": format_date(s.due_on, lang)} + ", "
                + ngettext("%(n)d day overdue", "%(n)d days overdue", s.days_overdue) % {
                    "n": s.days_overdue}
                + f", {kind_label(s.kind)}, {_md(s.owner or '–')})"
                for s in report.overdue_steps] or [_("Nothing overdue.")]
        out.append("")

        if report.owners:
            out += [f"## {_('By CSM')}", ""]
            out.append(_md_table(
                [_("CSM"), _("Delayed"), _("ARR in delay"), _("New delays"), _("Actions"),
                 _("Overdue"), _("Help needed")],
                [[_md(o.owner), str(o.delayed), amounts_text(o.delayed_arr, lang),
                  str(o.new_delays), str(o.actions), str(o.overdue_steps), str(o.help_requests)]
                 for o in report.owners], right={1, 2, 3, 4, 5, 6}))
            out.append("")

        if report.postmortems_due:
            out += [f"## {_('Post-mortems due')}", ""]
            out += [f"- [{_md(p.renewal.account)}]"
                    f"({site_url(f'/renewals/{p.renewal.id}/postmortem/')}): "
                    f"{stage_label(p.renewal.stage)}, {_('contract end')} "
                    f"{format_date(p.renewal.contract_end, lang)}"
                    for p in report.postmortems_due]
            out.append("")
        return "\n".join(out).rstrip() + "\n"


# --- CSV ----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "week", "scope", "renewal_id", "account", "owner", "arr", "currency", "contract_end",
    "days_to_end", "stage", "forecast_category", "communicated_on", "stated_reason",
    "stated_type", "assessed_type", "category", "risk", "probability", "expected_arr",
    "risk_weighted_arr", "new_this_week", "help_needed", "help_text", "actions_this_week",
    "next_step", "next_step_due", "overdue_steps", "url",
)


def weekly_csv(report: WeeklyReport) -> str:
    """One row per delayed renewal, with stable English column names and plain values."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in report.delayed:
        writer.writerow([
            str(report.week), report.scope.label, r.renewal.id, r.renewal.account,
            r.renewal.owner, r.renewal.arr, r.renewal.currency,
            r.renewal.contract_end.isoformat(), r.days_to_end, r.renewal.stage,
            r.renewal.forecast_category, r.communicated_on.isoformat(), r.stated_reason,
            r.stated_type, r.assessed_type, r.category, r.risk, r.probability, r.expected_arr,
            r.risk_weighted_arr, "yes" if r.is_new else "no", "yes" if r.help_needed else "no",
            r.help_text, len(r.actions), r.next_step.what if r.next_step else "",
            r.next_step.due_on.isoformat() if r.next_step else "", r.overdue_steps,
            site_url(f"/renewals/{r.renewal.id}/"),
        ])
    return buffer.getvalue()


# --- HTML (page and e-mail share the sections) --------------------------------------------

def weekly_context(report: WeeklyReport, *, charts: list[Chart] | None = None) -> dict[str, Any]:
    """What the weekly templates need: the report plus labels, sentences and charts."""
    with language(report.lang) as lang:
        return {
            "report": report,
            "title": week_title(report, lang),
            "span": week_span(report, lang),
            "charts": charts if charts is not None else weekly_charts(report),
            "risks": [(row, risk_sentence(row, lang)) for row in report.risks],
            "forecast_tables": [(currency, forecast_rows(report, currency, lang))
                                for currency in report.forecast.currencies],
            "renewed_text": amounts_text(report.forecast.renewed_arr, lang),
            "lost_text": amounts_text(report.forecast.lost_arr, lang),
            "probabilities_note": probabilities_note(report),
            "site_url": settings.SITE_URL,
        }


def weekly_html(report: WeeklyReport, charts: list[Chart] | None = None, *,
                for_email: bool = False) -> str:
    """The weekly update as one HTML document (the e-mail's layout).

    Standalone, the charts are inline SVG; ``for_email`` shows them through ``cid:`` links to
    the SVG parts the message carries.
    """
    with language(report.lang):
        return render_to_string("reports/email/weekly.html",
                                {**weekly_context(report, charts=charts), "email": for_email})


def weekly_email_html(report: WeeklyReport, charts: list[Chart]) -> str:
    """The HTML part of the e-mail: the page's sections, charts as ``cid:`` images."""
    return weekly_html(report, charts, for_email=True)
