"""Post-mortems: asked for when a delayed renewal closes, required before archiving delays."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from delaydesk.reports.models import PostMortem
from delaydesk.reports.selectors import postmortems_due
from delaydesk.reports.services import delay_archive, postmortem_save, renewal_delays_archive
from factories import DelayFactory

ANSWERS = {"cause_type": "shopping", "cause": "They ran a tender and did not say so.",
           "differently": "Ask directly about alternatives at the first vague answer.",
           "prevention": "Meet the economic buyer twice a year.",
           "lessons": ["relationship", "decision_process"]}


@pytest.fixture
def closed(roles):
    renewal = roles["renewal"]
    delay = DelayFactory(renewal=renewal, assessed_type="budget", category="risk", risk=70)
    renewal.stage = "churned"
    renewal.save()
    return {**roles, "delay": delay}


def test_no_post_mortem_while_the_renewal_is_open(roles):
    DelayFactory(renewal=roles["renewal"])
    with pytest.raises(ValidationError, match="once the renewal is closed"):
        postmortem_save(by=roles["users"]["owner"], renewal=roles["renewal"], **ANSWERS)


def test_no_post_mortem_without_a_delay(roles):
    renewal = roles["renewal"]
    renewal.stage = "renewed"
    renewal.save()
    with pytest.raises(ValidationError, match="had no delay"):
        postmortem_save(by=roles["users"]["owner"], renewal=renewal, **ANSWERS)


def test_reminded_until_written_then_archiving_is_allowed(closed):
    owner, renewal, delay = closed["users"]["owner"], closed["renewal"], closed["delay"]
    assert postmortems_due(owner) == [renewal]
    assert postmortems_due(owner, owner=closed["users"]["colleague"]) == []
    with pytest.raises(ValidationError, match="Write the post-mortem"):
        delay_archive(by=owner, delay=delay)
    delay.refresh_from_db()
    assert delay.archived_on is None

    postmortem = postmortem_save(by=owner, renewal=renewal, **ANSWERS)
    assert (postmortem.outcome, postmortem.written_by, postmortem.lessons) == (
        "churned", owner, ["relationship", "decision_process"])
    assert postmortems_due(owner) == []
    archived = delay_archive(by=owner, delay=delay)
    assert archived.archived_on == timezone.localdate()
    assert (archived.status, archived.resolved_on) == ("resolved", timezone.localdate())
    assert delay_archive(by=owner, delay=delay).archived_on == archived.archived_on
    assert archived.history.first().history_change_reason == "archived after the post-mortem"


def test_rewriting_keeps_one_post_mortem(closed):
    owner = closed["users"]["owner"]
    postmortem_save(by=owner, renewal=closed["renewal"], **ANSWERS)
    again = postmortem_save(by=closed["users"]["lead"], renewal=closed["renewal"],
                            **{**ANSWERS, "prevention": "Quarterly value reviews."})
    assert PostMortem.objects.count() == 1
    assert again.prevention == "Quarterly value reviews." and again.written_by == owner


def test_unknown_lessons_and_causes_are_refused(closed):
    owner = closed["users"]["owner"]
    with pytest.raises(ValidationError):
        postmortem_save(by=owner, renewal=closed["renewal"], **{**ANSWERS, "lessons": ["luck"]})
    with pytest.raises(ValidationError):
        postmortem_save(by=owner, renewal=closed["renewal"], **{**ANSWERS, "cause_type": "x"})
    with pytest.raises(ValidationError):
        postmortem_save(by=owner, renewal=closed["renewal"], **{**ANSWERS, "cause": "  "})


def test_only_those_who_may_change_the_renewal_write_or_archive(closed):
    colleague = closed["users"]["colleague"]
    with pytest.raises(PermissionDenied):
        postmortem_save(by=colleague, renewal=closed["renewal"], **ANSWERS)
    postmortem_save(by=closed["users"]["owner"], renewal=closed["renewal"], **ANSWERS)
    with pytest.raises(PermissionDenied):
        delay_archive(by=colleague, delay=closed["delay"])
    assert renewal_delays_archive(by=closed["users"]["lead"], renewal=closed["renewal"]) == 1


def test_the_page_asks_then_shows_and_archives(client, closed):
    client.force_login(closed["users"]["owner"])
    url = f"/renewals/{closed['renewal'].pk}/postmortem/"
    page = client.get(url)
    assert page.status_code == 200 and b"postmortem-form" in page.content
    assert b"disabled" in page.content  # archiving waits for the post-mortem
    refused = client.post(f"{url}archive/")
    assert refused.status_code == 302
    closed["delay"].refresh_from_db()
    assert closed["delay"].archived_on is None
    empty = client.post(url, {"cause_type": "shopping"})
    assert empty.status_code == 400
    saved = client.post(url, {**ANSWERS})
    assert saved.status_code == 302
    shown = client.get(url)
    assert b"They ran a tender" in shown.content and b"postmortem-form" not in shown.content
    client.post(f"{url}archive/")
    closed["delay"].refresh_from_db()
    assert closed["delay"].archived_on is not None


def test_the_page_of_an_open_renewal_explains_when_to_write(client, roles):
    client.force_login(roles["users"]["owner"])
    page = client.get(f"/renewals/{roles['renewal'].pk}/postmortem/")
    assert page.status_code == 200 and b"postmortem-form" not in page.content
    assert b"once the renewal is closed" in page.content


def test_the_api_writes_reads_and_archives(client, closed):
    from delaydesk.teams.services import token_create

    _record, token = token_create(user=closed["users"]["owner"])
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    renewal, delay = closed["renewal"], closed["delay"]
    assert client.get(f"/api/v1/renewals/{renewal.pk}/postmortem", **headers).status_code == 404
    due = client.get("/api/v1/reports/postmortems-due", **headers).json()
    assert [item["renewal"]["id"] for item in due] == [renewal.pk]
    assert due[0]["url"] == f"/renewals/{renewal.pk}/postmortem/"
    refused = client.post(f"/api/v1/delays/{delay.pk}/archive", **headers)
    assert refused.status_code == 422 and "post-mortem" in refused.json()["error"]["fields"][
        "__all__"][0]
    written = client.put(f"/api/v1/renewals/{renewal.pk}/postmortem", data=ANSWERS,
                         content_type="application/json", **headers)
    assert written.status_code == 200 and written.json()["outcome"] == "churned"
    assert client.get(f"/api/v1/renewals/{renewal.pk}/postmortem", **headers).json()[
        "lessons"] == ["relationship", "decision_process"]
    archived = client.post(f"/api/v1/delays/{delay.pk}/archive", **headers)
    assert archived.status_code == 200 and archived.json()["archived_on"]


def test_the_panel_for_the_renewal_page_prompts_then_summarises(client, closed):
    url = f"/renewals/{closed['renewal'].pk}/postmortem/panel/"
    client.force_login(closed["users"]["owner"])
    assert b"Write the post-mortem" in client.get(url).content
    postmortem_save(by=closed["users"]["owner"], renewal=closed["renewal"], **ANSWERS)
    summary = client.get(url).content
    assert b"Read the post-mortem" in summary and b"economic buyer" in summary
    client.force_login(closed["users"]["other"])
    assert client.get(url).status_code == 404


def test_the_panel_is_empty_while_the_renewal_is_open(client, roles):
    client.force_login(roles["users"]["owner"])
    response = client.get(f"/renewals/{roles['renewal'].pk}/postmortem/panel/")
    assert response.status_code == 200 and b"postmortem-panel" not in response.content
