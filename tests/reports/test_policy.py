"""The report policy: one row, changed by an administrator in the admin, used by every report."""

from decimal import Decimal

from delaydesk.reports.models import ReportPolicy
from delaydesk.reports.selectors import forecast_settings


def test_defaults_and_the_category_adjustment_stays_within_bounds(db):
    settings = forecast_settings()
    assert settings.stages["upcoming"] == Decimal("0.700")
    assert settings.probability("delayed", "administrative") == Decimal("0.600")
    assert settings.probability("delayed", "risk") == Decimal("0.200")
    assert settings.probability("renewed", "risk") == Decimal("1.000")  # closed: no adjustment
    assert settings.probability("committed", "administrative") == Decimal("1")  # capped
    assert ReportPolicy.objects.count() == 1


def test_an_administrator_changes_it_in_the_admin(admin_client):
    ReportPolicy.get()
    url = "/admin/reports/reportpolicy/1/change/"
    assert admin_client.get(url).status_code == 200
    data = {"upcoming": "0.75", "in_conversation": "0.6", "delayed": "0.35", "committed": "0.9",
            "renewed": "1", "churned": "0", "walked_away": "0",
            "administrative_adjustment": "0.1", "decision_adjustment": "0",
            "risk_adjustment": "-0.25", "top_risks": "3"}
    assert admin_client.post(url, data).status_code == 302
    settings = forecast_settings()
    assert settings.stages["delayed"] == Decimal("0.350") and settings.top_risks == 3
    invalid = admin_client.post(url, {**data, "delayed": "1.5"})
    assert invalid.status_code == 200 and ReportPolicy.get().delayed == Decimal("0.350")
    assert admin_client.get("/admin/reports/reportpolicy/add/").status_code == 403
