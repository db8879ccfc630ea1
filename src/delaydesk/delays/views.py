"""Pages that write to the delay log; each renders the renewal page again on errors."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from delaydesk.portfolio.selectors import renewal_get
from delaydesk.portfolio.views import renewal_page
from delaydesk.teams.models import AuthenticatedRequest
from delaydesk.views import form_save

from . import selectors, services
from .forms import ActionForm, DelayForm, NextStepForm


@login_required
@require_POST
def delay_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    renewal = renewal_get(request.user, pk)
    form = DelayForm(request.POST)
    if form_save(form, lambda data: services.delay_log(
            by=request.user, renewal=renewal, **data)):
        messages.success(request, _("Delay logged."))
        return redirect("renewal", pk=renewal.pk)
    return renewal_page(request, renewal, status=400, delay_form=form)


@login_required
@require_POST
def action_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    delay = selectors.delay_get(request.user, pk)
    form = ActionForm(request.POST, prefix=f"delay{delay.pk}")
    if form_save(form, lambda data: services.action_record(
            by=request.user, delay=delay, **data)):
        messages.success(request, _("Action recorded."))
        return redirect("renewal", pk=delay.renewal_id)
    return renewal_page(request, delay.renewal, status=400, action_form=form,
                        action_delay_id=delay.pk)


@login_required
@require_POST
def delay_resolve(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    delay = selectors.delay_get(request.user, pk)
    try:
        services.delay_resolve(by=request.user, delay=delay)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Delay marked as resolved."))
    return redirect("renewal", pk=delay.renewal_id)


@login_required
@require_POST
def next_step_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    renewal = renewal_get(request.user, pk)
    form = NextStepForm(request.POST)
    delay = None
    if request.POST.get("delay"):
        delay = selectors.delay_get(request.user, request.POST["delay"])
    if form_save(form, lambda data: services.next_step_add(
            by=request.user, renewal=renewal, delay=delay, **data)):
        messages.success(request, _("Next step added."))
        return redirect("renewal", pk=renewal.pk)
    return renewal_page(request, renewal, status=400, step_form=form)


@login_required
@require_POST
def next_step_complete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    step = selectors.next_step_get(request.user, pk)
    services.next_step_complete(by=request.user, step=step)
    messages.success(request, _("Next step done."))
    if _safe_next(request):
        return redirect(request.POST["next"])
    return redirect("renewal", pk=step.renewal_id)


def _safe_next(request: HttpRequest) -> bool:
    target = request.POST.get("next", "")
    return target.startswith("/") and not target.startswith("//")


@login_required
@require_POST
def delay_diagnose(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The diagnosis as the CSM types (htmx fragment inside the "Log a delay" form)."""
    renewal = renewal_get(request.user, pk)
    text = request.POST.get("customer_words", "")
    signals = {name: True for name in request.POST.getlist("signals")}
    context: dict = {"text": text}
    if text.strip():
        try:
            context["diagnosis"] = diagnosis_view(
                selectors.diagnosis_for(renewal, text, signals=signals),
                text, request.LANGUAGE_CODE)
        except ValueError as error:
            context["error"] = str(error)
    return render(request, "delays/diagnosis_preview.html", context)


def diagnosis_view(diagnosis: dict, text: str, lang: str) -> dict:
    """The diagnosis with labels in the user's language and the evidence marked in the text."""
    from delaydesk.diagnosis import missing_question, signal_label

    marked = []
    cursor = 0
    for item in sorted(diagnosis.get("evidence", []), key=lambda e: e["start"]):
        start, end = item["start"], item["end"]
        if start < cursor or end > len(text):
            continue  # overlapping spans: the first one is shown
        marked.append({"text": text[cursor:start]})
        marked.append({"text": text[start:end], "signal": item["signal"],
                       "label": signal_label(item["signal"], lang)})
        cursor = end
    marked.append({"text": text[cursor:]})
    return {
        **diagnosis,
        "marked": marked,
        "questions": [missing_question(item, lang) for item in diagnosis.get("missing", [])],
        "signal_labels": [signal_label(e["signal"], lang) for e in diagnosis.get("evidence", [])],
    }
