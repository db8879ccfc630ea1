"""In-app notifications: created once per flag by ``remind``, read and unread on the page."""

from __future__ import annotations

import pytest
from django.utils import timezone

from delaydesk.reminders.models import Notification
from delaydesk.reminders.services import remind


@pytest.fixture
def notified(roles, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    renewal = roles["renewal"]
    renewal.stage, renewal.conversation_started_on = "upcoming", None
    renewal.save()
    remind(usernames=["owner"])
    return roles


def test_remind_creates_notifications_for_new_flags(notified):
    notes = Notification.objects.filter(user=notified["users"]["owner"])
    kinds = set(notes.values_list("kind", flat=True))
    assert {"no_conversation", "milestone", "missing_economic_buyer"} <= kinds
    assert all(n.read_at is None for n in notes)
    # Due steps are in the digest, not in the notifications: they are on the dashboard anyway.
    assert not kinds & {"step_overdue", "step_due_today", "step_upcoming"}


def test_page_lists_them_newest_first_with_unread_count(client, notified):
    client.force_login(notified["users"]["owner"])
    html = client.get("/notifications/").content.decode()
    count = Notification.objects.filter(user=notified["users"]["owner"]).count()
    assert f"{count} unread" in html
    assert "No renewal conversation started" in html
    assert f'href="/renewals/{notified["renewal"].pk}/"' in html


def test_read_unread_and_read_all(client, notified):
    owner = notified["users"]["owner"]
    client.force_login(owner)
    first = Notification.objects.filter(user=owner).first()
    response = client.post(f"/notifications/{first.pk}/read/")
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.is_read
    client.post(f"/notifications/{first.pk}/unread/")
    first.refresh_from_db()
    assert not first.is_read
    client.post("/notifications/read-all/")
    assert not Notification.objects.filter(user=owner, read_at__isnull=True).exists()


def test_htmx_gets_the_refreshed_list(client, notified):
    owner = notified["users"]["owner"]
    client.force_login(owner)
    note = Notification.objects.filter(user=owner).first()
    response = client.post(f"/notifications/{note.pk}/read/", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert "Mark as unread" in html


def test_read_time_is_kept_when_marked_twice(client, notified):
    owner = notified["users"]["owner"]
    client.force_login(owner)
    note = Notification.objects.filter(user=owner).first()
    client.post(f"/notifications/{note.pk}/read/")
    note.refresh_from_db()
    first_read = note.read_at
    client.post(f"/notifications/{note.pk}/read/")
    note.refresh_from_db()
    assert note.read_at == first_read <= timezone.now()


def test_the_navigation_shows_the_unread_count(client, db):
    from delaydesk.reminders.models import Notification
    from factories import UserFactory

    user = UserFactory(username="badge")
    Notification.objects.create(user=user, kind="milestone", key="k1")
    Notification.objects.create(user=user, kind="milestone", key="k2")
    client.force_login(user)
    html = client.get("/").content.decode()
    assert 'class="badge unread"' in html and ">2</span>" in html
