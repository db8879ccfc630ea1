"""API of the reminders: the "Needs attention" list and notifications."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from . import selectors, services
from .models import Notification
from .schemas import AttentionOut, NotificationListOut, NotificationOut

router = Router(tags=["reminders"])


@router.get("/attention", response=AttentionOut)
def attention(request: HttpRequest, user: str | None = None) -> Any:
    """What needs attention now: flags on the renewals, overdue and due-today next steps.

    A CSM's list holds their renewals, a lead's the team's, an admin's all; ``user`` (a
    username or id) asks for someone else's list: admins anyone's, others their team's.
    """
    subject = selectors.subject_get(request.user, user)
    return selectors.attention_for(request.user, subject=subject).to_dict()


def _notification(n: Notification) -> dict[str, Any]:
    wording = n.wording
    return {
        "id": n.pk, "kind": n.kind, "severity": n.severity, "renewal_id": n.renewal_id,
        "account": n.renewal.account.name if n.renewal else None,
        "on": n.on.isoformat() if n.on else None, "title": wording.title,
        "hint": wording.hint, "url": n.url, "created_at": n.created_at.isoformat(),
        "read": n.is_read,
    }


@router.get("/notifications", response=NotificationListOut)
def notifications(request: HttpRequest, unread: bool = False, limit: int = 100) -> Any:
    """The user's own notifications, newest first (``unread=true`` for new ones only)."""
    queryset = selectors.notifications_of(request.user)
    if unread:
        queryset = queryset.filter(read_at__isnull=True)
    limit = max(1, min(limit, 500))
    return {"count": queryset.count(), "unread": selectors.unread_count(request.user),
            "items": [_notification(n) for n in queryset[:limit]]}


@router.post("/notifications/{notification_id}/read", response=NotificationOut)
def notification_read(request: HttpRequest, notification_id: int) -> Any:
    """Mark one of your notifications as read."""
    notification = selectors.notification_get(request.user, notification_id)
    return _notification(services.notification_mark_read(by=request.user,
                                                         notification=notification))
