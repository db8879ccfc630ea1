"""The playbook panel on the renewal page: an htmx fragment and the forms posted from it.

Every form works with htmx (the panel is swapped in place) and as a plain POST (redirect back
to the renewal page with a message).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from delaydesk.dates import format_date
from delaydesk.playbooks.language import LANGS
from delaydesk.portfolio.models import Renewal
from delaydesk.portfolio.selectors import can_edit_renewal, renewal_get
from delaydesk.views import form_save

from . import selectors, services
from .forms import ResponseFactsForm


def _ui_lang(request: HttpRequest) -> str:
    lang = (getattr(request, "LANGUAGE_CODE", "") or get_language() or "en")[:2]
    return lang if lang in LANGS else "en"


def _mailto(email: str, subject: str, body: str) -> str:
    # quote(), not urlencode(): mail clients show "+" literally instead of a space.
    return f"mailto:{quote(email, safe='@')}?subject={quote(subject)}&body={quote(body)}"


def _panel(request: HttpRequest, renewal: Renewal, *, notice: str = "", error: str = "",
           facts_form: ResponseFactsForm | None = None, status: int = 200) -> HttpResponse:
    formal = request.GET.get("du", request.POST.get("du", "")) != "1"
    book = selectors.renewal_playbook(renewal, user=request.user, lang=_ui_lang(request),
                                      formal=formal)
    planned = set(renewal.next_steps.filter(done_on__isnull=True).values_list("what", flat=True))
    email = book.champion.email if book.champion else ""
    drafts = [
        {
            "draft": d,
            "mailto": _mailto(email, d.subject, d.body),
            "findings": selectors.draft_check(d.body, lang=book.draft_lang, renewal=renewal,
                                              today=book.today),
        }
        for d in book.drafts
    ]
    if facts_form is None:
        facts_form = ResponseFactsForm(initial={
            "price_increase_on": book.facts.price_increase_on,
            "budget_cycle_closes_on": book.facts.budget_cycle_closes_on,
            "executive_relationship": book.facts.executive_relationship,
            "decision_maker_level": book.escalation_facts.decision_maker_level,
            "csm_authority_exhausted": book.escalation_facts.csm_authority_exhausted,
            "escalated": book.escalation_facts.open,
        })
    context: dict[str, Any] = {
        "renewal": renewal,
        "book": book,
        "steps": [{"s": s, "planned": s.step.title[:300] in planned} for s in book.steps],
        "drafts": drafts,
        "email": email,
        "milestones": [
            {"key": key, "label": item["label"], "day": day,
             "display": format_date(day, book.lang)}
            for (key, day), item in zip(book.plan.dates.items(),
                                        book.plan.to_dict()["milestones"], strict=True)
        ],
        "incentives": book.incentives,
        "can_edit": can_edit_renewal(request.user, renewal) and not renewal.is_closed,
        "facts_form": facts_form,
        "notice": notice,
        "error": error,
    }
    return render(request, "responses/panel.html", context, status=status)


def _done(request: HttpRequest, renewal: Renewal, *, notice: str = "",
          error: str = "") -> HttpResponse:
    """htmx: the refreshed panel; plain POST: back to the renewal page with a message."""
    if request.htmx:  # type: ignore[attr-defined]
        return _panel(request, renewal, notice=notice, error=error)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, notice)
    return redirect("renewal", pk=renewal.pk)


@login_required
@require_GET
def playbook_panel(request: HttpRequest, pk: int) -> HttpResponse:
    """The playbook panel fragment for the renewal's latest open delay."""
    renewal = renewal_get(request.user, pk)
    return _panel(request, renewal)


@login_required
@require_POST
def playbook_step_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Turn one playbook step into a next step with its suggested due date."""
    renewal = renewal_get(request.user, pk)
    try:
        step = services.playbook_step_add(by=request.user, renewal=renewal,
                                          step_id=request.POST.get("step", ""),
                                          lang=_ui_lang(request))
    except ValidationError as error:
        return _done(request, renewal, error=" ".join(error.messages))
    return _done(request, renewal, notice=_("Next step added: %(what)s, due %(day)s.") % {
        "what": step.what, "day": format_date(step.due_on, _ui_lang(request))})


@login_required
@require_POST
def mutual_plan_accept(request: HttpRequest, pk: int) -> HttpResponse:
    """Add the mutual plan's four dates as next steps."""
    renewal = renewal_get(request.user, pk)
    try:
        created = services.mutual_plan_accept(by=request.user, renewal=renewal,
                                              lang=_ui_lang(request))
    except ValidationError as error:
        return _done(request, renewal, error=" ".join(error.messages))
    if not created:
        return _done(request, renewal, notice=_("The mutual plan's dates are already planned."))
    return _done(request, renewal, notice=_("%(count)d dates of the mutual plan added as next "
                                            "steps.") % {"count": len(created)})


@login_required
@require_POST
def response_facts_save(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the facts behind urgency and escalation."""
    renewal = renewal_get(request.user, pk)
    form = ResponseFactsForm(request.POST)
    if form_save(form, lambda data: services.response_facts_update(
            by=request.user, renewal=renewal, **data)):
        return _done(request, renewal, notice=_("Facts saved."))
    if request.htmx:  # type: ignore[attr-defined]
        return _panel(request, renewal, facts_form=form,
                      error=_("Please correct the facts below."))
    messages.error(request, _("The facts were not saved: %(errors)s") % {
        "errors": " ".join(str(e) for errors in form.errors.values() for e in errors)})
    return redirect("renewal", pk=renewal.pk)


@login_required
@require_POST
def draft_check(request: HttpRequest, pk: int) -> HttpResponse:
    """The urgency guard for a draft being typed: findings with better wording."""
    renewal = renewal_get(request.user, pk)
    lang = request.POST.get("lang", "")
    findings = selectors.draft_check(request.POST.get("text", ""),
                                     lang=lang if lang in LANGS else None, renewal=renewal)
    return render(request, "responses/guard.html", {"findings": findings})
