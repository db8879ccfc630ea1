"""Reads for reminders: whose list, the facts the rules need, notifications and feeds.

Every list is restricted with the portfolio's permission rules: a viewer only ever sees
renewals ``renewals_for(viewer)`` returns, whatever list they look at.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Max, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone

from delaydesk.delays.models import Delay, DelayStatus, NextStep
from delaydesk.offers.models import BridgeOffer, OfferStatus
from delaydesk.portfolio.models import CLOSED_STAGES, Contact, Renewal
from delaydesk.portfolio.selectors import renewals_for
from delaydesk.teams.models import User

from . import rules
from .models import CalendarFeed, Notification, ReminderPolicy
from .texts import GROUP_LABELS, SEVERITY_LABELS, describe, link_for


def policy_settings() -> rules.ReminderSettings:
    """The admin's reminder thresholds as the rules' settings."""
    return ReminderPolicy.get().reminder_settings()


def user_today(user: Any) -> dt.date:
    """Today in the user's time zone (the server's when the user has none or a bad one)."""
    try:
        return timezone.localdate(timezone=zoneinfo.ZoneInfo(user.time_zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, AttributeError, TypeError):
        return timezone.localdate()


# --- whose list -----------------------------------------------------------------------------

def may_view_list_of(viewer: Any, subject: Any) -> bool:
    """Admins see anyone's list, everybody else the lists of their own team."""
    if not viewer.is_authenticated or not viewer.is_active:
        return False
    if viewer.is_admin or viewer.pk == subject.pk:
        return True
    return viewer.team_id is not None and viewer.team_id == subject.team_id


def subject_get(viewer: Any, who: str | int | None) -> Any:
    """The user whose list ``viewer`` asked for (a username or an id), or 404."""
    if who in (None, ""):
        return viewer
    lookup = Q(username=who)
    if str(who).isdigit():
        lookup |= Q(pk=int(str(who)))
    subject = User.objects.filter(lookup, is_active=True).first()
    if subject is None or not may_view_list_of(viewer, subject):
        raise Http404
    return subject


def visible_subjects(viewer: Any) -> QuerySet[User]:
    """The users whose lists ``viewer`` may pick from."""
    users = User.objects.filter(is_active=True).order_by("username")
    if viewer.is_admin:
        return users
    return users.filter(Q(team_id=viewer.team_id) | Q(pk=viewer.pk)) if viewer.team_id \
        else users.filter(pk=viewer.pk)


def scope_renewals(viewer: Any | None, subject: Any | None) -> QuerySet[Renewal]:
    """The renewals on ``subject``'s list as ``viewer`` may see them (all stages).

    A CSM's list holds their own renewals, a lead's their team's, an admin's everything.
    ``viewer`` None is the operator on the command line, who reads everything.
    """
    queryset = (Renewal.objects.select_related("account", "account__team", "owner")
                if viewer is None else renewals_for(viewer))
    if subject is None or subject.is_admin:
        return queryset
    own = Q(owner=subject) | Q(owner__isnull=True, account__owner=subject)
    if subject.is_team_lead and subject.team_id:
        return queryset.filter(own | Q(account__team_id=subject.team_id))
    return queryset.filter(own)


def steps_in_scope(viewer: Any | None, subject: Any | None,
                   scope: QuerySet[Renewal]) -> QuerySet[NextStep]:
    """Next steps on the renewals of ``scope``, and those assigned to ``subject`` elsewhere."""
    readable = Renewal.objects.all() if viewer is None else renewals_for(viewer)
    condition = Q(renewal__in=scope.values("pk"))
    if subject is not None:
        # Steps someone assigned to the subject on a renewal they can read count too.
        condition |= Q(owner=subject, renewal__in=readable.values("pk"))
    return NextStep.objects.filter(condition).select_related(
        "renewal", "renewal__account", "renewal__owner", "owner")


# --- facts for the rules --------------------------------------------------------------------

def _local_date(value: dt.datetime | None) -> dt.date | None:
    return timezone.localtime(value).date() if value else None


def _with_facts(queryset: QuerySet[Renewal]) -> QuerySet[Renewal]:
    """Everything the rules read, in a fixed number of queries however long the list."""
    steps = NextStep.objects.filter(renewal=OuterRef("pk"))
    return queryset.annotate(
        last_step_added=Subquery(steps.order_by("-created_at").values("created_at")[:1]),
        last_step_done=Subquery(steps.filter(done_on__isnull=False).order_by("-done_on")
                                .values("done_on")[:1]),
    ).prefetch_related(
        Prefetch("account__contacts", queryset=Contact.objects.order_by("pk")),
        Prefetch("bridge_offers", to_attr="accepted_bridges",
                 queryset=BridgeOffer.objects.filter(status=OfferStatus.ACCEPTED)),
        Prefetch("delays", to_attr="delay_list",
                 queryset=Delay.objects.annotate(last_action=Max("actions__taken_on"))
                 .order_by("communicated_on", "pk")),
        Prefetch("next_steps", to_attr="open_steps",
                 queryset=NextStep.objects.filter(done_on__isnull=True).order_by("due_on", "pk")),
    )


def renewal_facts(renewal: Any) -> rules.RenewalFacts:
    """The rules' view of a renewal loaded through ``_with_facts``."""
    step_dates = [d for d in (_local_date(getattr(renewal, "last_step_added", None)),
                              getattr(renewal, "last_step_done", None)) if d]
    delays = []
    for delay in renewal.delay_list:
        activity = [delay.communicated_on, *step_dates]
        if delay.last_action:
            activity.append(delay.last_action)
        delays.append(rules.DelayFacts(
            id=delay.pk, delay_type=delay.assessed_type, category=delay.category,
            open=delay.status == DelayStatus.OPEN, communicated_on=delay.communicated_on,
            last_activity=max(activity)))
    return rules.RenewalFacts(
        id=renewal.pk, contract_start=renewal.contract_start, contract_end=renewal.contract_end,
        stage=renewal.stage, conversation_started_on=renewal.conversation_started_on,
        auto_renew=renewal.auto_renew, notice_days=renewal.notice_days,
        grace_days=renewal.grace_days, decision_notes=renewal.account.notes,
        contacts=tuple(rules.ContactFacts(id=c.pk, name=c.name, role=c.role, active=c.active,
                                          left_on=c.left_on)
                       for c in renewal.account.contacts.all()),
        bridges=tuple(rules.BridgeFacts(id=b.pk, kind=b.kind, end=b.end)
                      for b in renewal.accepted_bridges),
        delays=tuple(delays),
        steps=tuple(rules.StepFacts(id=s.pk, what=s.what, due_on=s.due_on, kind=s.kind,
                                    delay_id=s.delay_id) for s in renewal.open_steps),
    )


# --- the attention list ---------------------------------------------------------------------

@dataclass
class AttentionItem:
    """A finding with the renewal it is about and its words in the active language."""

    finding: rules.Finding
    renewal: Renewal
    today: dt.date

    @property
    def kind(self) -> str:
        return self.finding.kind

    @property
    def severity(self) -> str:
        return self.finding.severity

    @property
    def severity_label(self) -> str:
        return str(SEVERITY_LABELS[self.finding.severity])

    @property
    def on(self) -> dt.date | None:
        return self.finding.on

    @property
    def days(self) -> int | None:
        return rules.days_between(self.today, self.finding.on) if self.finding.on else None

    @property
    def account(self) -> Any:
        return self.renewal.account

    @property
    def wording(self) -> Any:
        return describe(self.finding.kind, self.finding.params, self.finding.on)

    @property
    def url(self) -> str:
        return link_for(self.finding.kind, self.finding.params, renewal_id=self.renewal.pk,
                        account_id=self.renewal.account_id)

    @property
    def action_url(self) -> str:
        # The playbook panel on the renewal page shows the playbook for the open delay.
        return f"/renewals/{self.renewal.pk}/#playbook-panel" if self.wording.action else ""

    def to_dict(self) -> dict[str, Any]:
        wording = self.wording
        return {
            "kind": self.kind, "group": self.finding.group, "severity": self.severity,
            "key": self.finding.key, "renewal_id": self.renewal.pk,
            "account_id": self.renewal.account_id, "account": self.renewal.account.name,
            "owner": self.renewal.owner.username if self.renewal.owner else None,
            "on": self.on.isoformat() if self.on else None, "days": self.days,
            "title": wording.title, "hint": wording.hint, "url": self.url,
            "action": wording.action, "action_url": self.action_url,
            "params": self.finding.params,
        }


@dataclass
class AttentionList:
    """What needs attention for one person (or everybody) on one day."""

    subject: Any | None
    today: dt.date
    items: list[AttentionItem] = field(default_factory=list)

    @property
    def flags(self) -> list[AttentionItem]:
        return [i for i in self.items if i.finding.group != "steps"]

    def of_kind(self, *kinds: str) -> list[AttentionItem]:
        return [i for i in self.items if i.kind in kinds]

    def groups(self) -> list[dict[str, Any]]:
        """Items by group, in the order a person works through them."""
        result = []
        for key in ("steps", "calendar", "stakeholders", "delays"):
            items = [i for i in self.items if i.finding.group == key]
            result.append({"key": key, "label": GROUP_LABELS[key], "items": items})
        return result

    def to_dict(self) -> dict[str, Any]:
        return {
            "user": self.subject.username if self.subject is not None else None,
            "today": self.today.isoformat(),
            "count": len(self.items),
            "counts": {g["key"]: len(g["items"]) for g in self.groups()},
            "items": [i.to_dict() for i in self.items],
        }


def attention_for(viewer: Any | None, *, subject: Any | None = None,
                  today: dt.date | None = None, upcoming: bool = False,
                  policy: rules.ReminderSettings | None = None) -> AttentionList:
    """The "Needs attention" list of ``subject`` (default: the viewer) as ``viewer`` sees it.

    Flags on open renewals, overdue and due-today next steps, and with ``upcoming`` the steps
    due within the policy's look-ahead (for the digest). ``viewer`` None reads everything.
    """
    policy = policy or policy_settings()
    if subject is None and viewer is not None:
        subject = viewer
    today = today or (user_today(subject) if subject is not None else timezone.localdate())
    scope = scope_renewals(viewer, subject)
    renewals = list(_with_facts(scope.exclude(stage__in=CLOSED_STAGES)))
    items: list[AttentionItem] = []
    for renewal in renewals:
        for finding in rules.renewal_findings(renewal_facts(renewal), today, policy):
            items.append(AttentionItem(finding, renewal, today))
    horizon = today + dt.timedelta(days=policy.upcoming_days if upcoming else 0)
    steps = list(steps_in_scope(viewer, subject, scope)
                 .filter(done_on__isnull=True, due_on__lte=horizon).order_by("due_on", "pk"))
    step_facts = [rules.StepFacts(id=s.pk, what=s.what, due_on=s.due_on, kind=s.kind,
                                  delay_id=s.delay_id) for s in steps]
    by_id = {s.pk: s for s in steps}
    for finding in rules.step_findings(step_facts, {s.pk: s.renewal_id for s in steps}, today,
                                       policy, upcoming=upcoming):
        items.append(AttentionItem(finding, by_id[finding.params["step_id"]].renewal, today))
    items.sort(key=lambda item: (item.finding.sort_key(), item.renewal.account.name))
    return AttentionList(subject=subject, today=today, items=items)


# --- notifications and feeds ----------------------------------------------------------------

def notifications_of(user: Any) -> QuerySet[Notification]:
    """The user's notifications, newest first, with the renewal and account."""
    return Notification.objects.filter(user=user).select_related("renewal", "renewal__account")


def notification_get(user: Any, pk: int) -> Notification:
    """One of the user's own notifications, or 404."""
    try:
        return notifications_of(user).get(pk=pk)
    except (Notification.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def unread_count(user: Any) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def active_feed(user: Any) -> CalendarFeed | None:
    """The user's current calendar feed, if they created one."""
    return CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).first()


def feed_by_token(token: str) -> CalendarFeed:
    """The active feed behind a secret address, or 404 (also for revoked ones)."""
    feed = (CalendarFeed.objects.select_related("user")
            .filter(token=token, revoked_at__isnull=True).first()) if token else None
    if feed is None or not feed.user.is_active:
        raise Http404
    return feed

