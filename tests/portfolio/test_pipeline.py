import datetime as dt

from django.utils import timezone

from delaydesk.portfolio.selectors import PipelineFilters, pipeline
from factories import DelayFactory, NextStepFactory, RenewalFactory


def test_pipeline_orders_by_contract_end_and_shows_delay_and_next_step(roles):
    owner = roles["users"]["owner"]
    today = timezone.localdate()
    later = RenewalFactory(account=roles["account"], owner=owner,
                           contract_end=today + dt.timedelta(days=90))
    DelayFactory(renewal=later, category="risk", assessed_type="shopping", risk=90)
    NextStepFactory(renewal=later, due_on=today + dt.timedelta(days=2), what="Call the CFO")
    rows = list(pipeline(owner, PipelineFilters()))
    assert [r.pk for r in rows] == [roles["renewal"].pk, later.pk]
    assert rows[1].open_delay_category == "risk"
    assert rows[1].next_step_what == "Call the CFO"


def test_pipeline_filters_by_category_and_days(roles):
    owner = roles["users"]["owner"]
    today = timezone.localdate()
    far = RenewalFactory(account=roles["account"], owner=owner,
                         contract_end=today + dt.timedelta(days=170))
    DelayFactory(renewal=far, category="risk")
    assert [r.pk for r in pipeline(owner, PipelineFilters(category="risk"))] == [far.pk]
    assert [r.pk for r in pipeline(owner, PipelineFilters(due_within_days=60))] == [
        roles["renewal"].pk]


def test_other_teams_renewals_never_appear(roles):
    other = roles["users"]["other"]
    assert list(pipeline(other, PipelineFilters())) == []


def test_pipeline_page_shows_days_left_and_money_per_locale(client, roles):
    owner = roles["users"]["owner"]
    client.force_login(owner)
    html = client.get("/").content.decode()
    assert "€120,000.00" in html
    owner.language = "de"
    owner.save()
    html = client.get("/").content.decode()
    assert "120.000,00\u00a0€" in html
