"""Pages: "Needs attention", notifications, the calendar feed and its management page."""

from __future__ import annotations

import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from . import selectors, services
from .feed import feed_for


@login_required
@require_GET
def attention(request: HttpRequest) -> HttpResponse:
    """The "Needs attention" dashboard of the signed-in user, or of a user they may follow."""
    subject = selectors.subject_get(request.user, request.GET.get("user"))
    listing = selectors.attention_for(request.user, subject=subject)
    subjects = selectors.visible_subjects(request.user)
    return render(request, "reminders/attention.html", {
        "listing": listing,
        "subject": subject,
        "subjects": subjects if len(subjects) > 1 else [],
    })


@login_required
@require_GET
def notifications(request: HttpRequest) -> HttpResponse:
    """The user's notifications, unread first in attention, newest on top."""
    page = Paginator(selectors.notifications_of(request.user), 50).get_page(
        request.GET.get("page"))
    return render(request, "reminders/notifications.html", {
        "page": page,
        "unread": selectors.unread_count(request.user),
        "feed": selectors.active_feed(request.user),
    })


def _back(request: HttpRequest) -> HttpResponse:
    """htmx: the refreshed list (counts included); plain POST: back to the page."""
    if request.htmx:  # type: ignore[attr-defined]
        return _list_fragment(request)
    return redirect("reminders:notifications")


def _list_fragment(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.notifications_of(request.user), 50).get_page(
        request.POST.get("page"))
    return render(request, "reminders/notification_list.html", {
        "page": page, "unread": selectors.unread_count(request.user)})


@login_required
@require_POST
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one notification as read."""
    notification = selectors.notification_get(request.user, pk)
    services.notification_mark_read(by=request.user, notification=notification)
    return _back(request)


@login_required
@require_POST
def notification_unread(request: HttpRequest, pk: int) -> HttpResponse:
    """Show one notification as new again."""
    notification = selectors.notification_get(request.user, pk)
    services.notification_mark_unread(by=request.user, notification=notification)
    return _back(request)


@login_required
@require_POST
def notifications_read_all(request: HttpRequest) -> HttpResponse:
    """Mark every notification as read."""
    count = services.notifications_mark_all_read(by=request.user)
    if not request.htmx:  # type: ignore[attr-defined]
        messages.success(request, _("All notifications marked as read.") if count
                         else _("There were no unread notifications."))
    return _back(request)


@login_required
@require_GET
def calendar_page(request: HttpRequest) -> HttpResponse:
    """Show, create and revoke the secret address of the user's calendar feed."""
    feed = selectors.active_feed(request.user)
    # The address as this browser reaches the site (behind a proxy too), not a configured one.
    feed_url = request.build_absolute_uri(
        reverse("reminders:calendar_feed", args=[feed.token])) if feed else ""
    return render(request, "reminders/calendar.html", {"feed": feed, "feed_url": feed_url})


@login_required
@require_POST
def calendar_create(request: HttpRequest) -> HttpResponse:
    """Create a new feed address; an older one stops working."""
    had_one = selectors.active_feed(request.user) is not None
    services.calendar_feed_create(by=request.user)
    messages.success(request, _("New calendar address created. The old one no longer works; "
                                "update it in your calendar app.") if had_one
                     else _("Calendar address created. Add it to your calendar app."))
    return redirect("reminders:calendar")


@login_required
@require_POST
def calendar_revoke(request: HttpRequest) -> HttpResponse:
    """Revoke the feed address at once."""
    services.calendar_feed_revoke(by=request.user)
    messages.success(request, _("The calendar address was revoked and no longer works."))
    return redirect("reminders:calendar")


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The .ics behind a secret address (no login: calendar apps cannot sign in)."""
    feed = selectors.feed_by_token(token)
    body = feed_for(feed.user)
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    services.calendar_feed_touch(feed=feed)
    if etag in request.headers.get("If-None-Match", ""):
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="delaydesk.ics"'
    response["ETag"] = etag
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response
