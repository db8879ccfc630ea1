"""The forecast page: contract ends by month, and what bridging the open delays changes."""

import datetime as dt
from decimal import Decimal

from delaydesk.reports.selectors import forecast_bucket, forecast_report, report_scope

from .conftest import at

D = dt.date


def report(book):
    with at(2026, 11, 27, 12):
        return forecast_report(book.lead, report_scope(book.lead), lang="en",
                               today=D(2026, 11, 27))


def test_buckets():
    assert forecast_bucket("renewed", "pipeline", None) == "committed"
    assert forecast_bucket("in_conversation", "commit", None) == "committed"
    assert forecast_bucket("delayed", "pipeline", "risk") == "at_risk"
    assert forecast_bucket("delayed", "at_risk", "administrative") == "at_risk"
    assert forecast_bucket("upcoming", "omitted", None) == "lost"
    assert forecast_bucket("churned", "commit", None) == "lost"
    assert forecast_bucket("delayed", "best_case", "decision") == "likely"


def test_contract_ends_by_month(book):
    result = report(book)
    assert result.months[0] == D(2026, 11, 1) and len(result.months) == 6
    eur = {row.month: row for row in result.by_currency["EUR"]}
    assert not any(row.overdue for row in result.by_currency["EUR"])
    nov, dec, jan = eur[D(2026, 11, 1)], eur[D(2026, 12, 1)], eur[D(2027, 1, 1)]
    assert nov.buckets["committed"] == Decimal("40000.00") and nov.expected == Decimal("40000.00")
    assert (dec.buckets["likely"], dec.buckets["at_risk"]) == (Decimal("100000.00"),
                                                                Decimal("80000.00"))
    assert dec.expected == Decimal("56000.00")  # 0.4 x 100,000 + 0.2 x 80,000
    assert dec.delayed == Decimal("180000.00")
    assert jan.buckets["committed"] == Decimal("50000.00") and jan.expected == Decimal("45000.00")
    gbp = {row.month: row for row in result.by_currency["GBP"]}
    assert gbp[D(2027, 2, 1)].buckets["likely"] == Decimal("30000.00")
    assert "Omega South" not in repr(result.to_dict())


def test_bridging_moves_decisions_and_earns_the_bridge(book):
    result = report(book)
    bridged = {item.renewal.account: item for item in result.bridged}
    assert set(bridged) == {"Alpha GmbH", "Gamma KG"}
    alpha, gamma = bridged["Alpha GmbH"], bridged["Gamma KG"]
    assert alpha.decision_by > D(2026, 12, 31) and gamma.decision_by > D(2026, 12, 15)
    assert alpha.revenue > 0 and gamma.revenue > 0
    eur = {row.month: row for row in result.by_currency["EUR"]}
    dec, jan = eur[D(2026, 12, 1)], eur[D(2027, 1, 1)]
    assert dec.bridged_out == Decimal("180000.00") and dec.if_bridged == Decimal("0.00")
    # Alpha (decision) gets a 30-day extension to 30 Jan; Gamma (a hidden problem) a 90-day
    # paid pilot to 15 Mar, so its decision moves to March.
    assert (alpha.bridge_kind, alpha.decision_by) == ("extension_30", D(2027, 1, 30))
    assert (gamma.bridge_kind, gamma.decision_by) == ("paid_pilot", D(2027, 3, 15))
    assert jan.bridged_in == Decimal("100000.00")
    assert jan.if_bridged == Decimal("150000.00")  # Beta's 50,000 plus Alpha
    assert eur[D(2027, 3, 1)].bridged_in == Decimal("80000.00")
    # Each bridge earns in the month it starts: Gamma from 16 Dec, Alpha from 1 Jan.
    assert dec.bridge_revenue == gamma.revenue and jan.bridge_revenue == alpha.revenue


def test_renewals_still_open_after_an_earlier_contract_end_are_overdue(book):
    from .conftest import save

    with at(2026, 11, 20, 9):
        save(book.renewals["R6"], stage="delayed")
    row = report(book).by_currency["EUR"][0]
    assert row.overdue and row.buckets["lost"] == Decimal("20000.00")  # omitted forecast


def test_the_forecast_page(client, book):
    client.force_login(book.lead)
    with at(2026, 11, 27, 12):
        page = client.get("/reports/forecast/")
    html = page.content.decode()
    assert page.status_code == 200 and html.count("<svg") == 2  # EUR and GBP
    assert "Gamma KG" in html and "Omega South" not in html
    with at(2026, 11, 27, 12):
        assert client.get("/reports/forecast/", {"team": "South"}).status_code == 404

