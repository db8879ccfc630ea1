"""What each finding says to a person, in the active language.

Titles name absolute dates rather than "in 3 days", so a notification still reads true a
week later; pages add the relative days themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

GROUP_LABELS = {
    "steps": gettext_lazy("Next steps due"),
    "calendar": gettext_lazy("Renewal calendar"),
    "stakeholders": gettext_lazy("Stakeholders"),
    "delays": gettext_lazy("Delays"),
}
SEVERITY_LABELS = {
    "urgent": gettext_lazy("urgent"),
    "warning": gettext_lazy("soon"),
    "info": gettext_lazy("note"),
}


@dataclass(frozen=True)
class Wording:
    title: str
    hint: str = ""
    action: str = ""  # label of a suggested link, if any


def day(value: dt.date | str | None) -> str:
    """A date in the active language's short format."""
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return date_format(value, "SHORT_DATE_FORMAT")


def _milestone_hint(milestone: int) -> str:
    if milestone >= 120:
        return _("Open the renewal conversation now and learn who decides and how.")
    if milestone >= 90:
        return _("Agree a timeline with the customer and confirm the decision makers.")
    if milestone >= 60:
        return _("The offer and every document should be with the customer by now.")
    if milestone >= 30:
        return _("The signature should be in sight; if it is not, prepare a bridge.")
    return _("Last weeks before the contract end: decide on a bridge or an escalation.")


def _bridge_label(kind: str) -> str:
    from delaydesk.offers.models import BridgeKind

    return str(dict(BridgeKind.choices).get(kind, kind))


def _delay_label(kind: str) -> str:
    from delaydesk.delays.models import DelayType

    return str(dict(DelayType.choices).get(kind, kind))


def describe(kind: str, params: dict[str, Any], on: dt.date | None) -> Wording:
    """Title, hint and suggested action for a finding of ``kind``."""
    p = params
    if kind == "no_conversation":
        return Wording(
            _("No renewal conversation started; the contract ends on %(day)s")
            % {"day": day(on)},
            _("Start renewal conversations 120 days before the contract end, not 60."))
    if kind == "milestone":
        return Wording(
            ngettext("%(n)d day before the contract end (%(day)s)",
                     "%(n)d days before the contract end (%(day)s)", p["milestone"])
            % {"n": p["milestone"], "day": day(on)},
            _milestone_hint(int(p["milestone"])))
    if kind == "notice_deadline":
        return Wording(
            _("Notice deadline of the automatic renewal: %(day)s") % {"day": day(on)},
            _("Until then the customer can still give notice; after it the contract renews "
              "automatically. Make sure nothing is left unresolved."))
    if kind == "bridge_expiry":
        return Wording(
            _("%(bridge)s ends on %(day)s") % {"bridge": _bridge_label(p["bridge_kind"]),
                                               "day": day(on)},
            _("Get the renewal signed before the bridge runs out, or agree what follows it."))
    if kind == "grace_expiry":
        return Wording(
            _("The grace period ends on %(day)s") % {"day": day(on)},
            _("After the grace period the service stops; finish the paperwork before then."))
    if kind == "contract_ended":
        return Wording(
            _("The contract ended on %(day)s and the renewal is still open") % {"day": day(on)},
            _("Agree a bridge, or close the renewal as renewed or lost."))
    if kind == "champion_left":
        return Wording(
            _("The champion %(name)s has left") % {"name": p.get("name", "")},
            _("Log a champion-change delay and restart the renewal conversation with the new "
              "owner, with usage data at hand."),
            _("Open the restart playbook"))
    if kind == "missing_economic_buyer":
        return Wording(_("No economic buyer recorded"),
                       _("Find out who signs off the budget before renewal season."))
    if kind == "missing_procurement":
        return Wording(_("No procurement contact recorded"),
                       _("Get the procurement contact directly: paperwork stalls without one."))
    if kind == "no_decision_process":
        return Wording(_("Decision process not documented"),
                       _("Note on the account who reviews at which stage and how long it "
                         "usually takes."))
    if kind == "single_contact":
        if not p.get("contacts"):
            return Wording(_("No contacts recorded for this account"),
                           _("Add the champion, the economic buyer and procurement."))
        return Wording(_("Only one contact at this account"),
                       _("A single contact is one resignation away from a champion change; "
                         "get to know more people."))
    if kind == "delay_without_step":
        return Wording(
            _("Open delay without a next step (%(type)s)")
            % {"type": _delay_label(p.get("delay_type", ""))},
            _("Agree with the customer what happens next and by when."))
    if kind == "risk_delay_quiet":
        return Wording(
            ngettext("Risk delay without activity for %(n)d day",
                     "Risk delay without activity for %(n)d days", p["quiet_days"])
            % {"n": p["quiet_days"]},
            _("A risk delay needs full intervention; waiting is the worst response."))
    if kind == "step_overdue":
        return Wording(_("Overdue since %(day)s: %(what)s") % {"day": day(on),
                                                                "what": p.get("what", "")})
    if kind == "step_due_today":
        return Wording(_("Due today: %(what)s") % {"what": p.get("what", "")})
    if kind == "step_upcoming":
        return Wording(_("Due on %(day)s: %(what)s") % {"day": day(on),
                                                         "what": p.get("what", "")})
    return Wording(kind)


ACCOUNT_KINDS = frozenset({"missing_economic_buyer", "missing_procurement", "no_decision_process",
                           "single_contact"})


def link_for(kind: str, params: dict[str, Any], *, renewal_id: int, account_id: int) -> str:
    """Where a finding is dealt with: the account for contacts, else the renewal page."""
    if kind in ACCOUNT_KINDS:
        return f"/accounts/{account_id}/"
    if "delay_id" in params:
        return f"/renewals/{renewal_id}/#delay-{params['delay_id']}"
    return f"/renewals/{renewal_id}/"
