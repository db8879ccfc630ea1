"""Pages of the portfolio: the pipeline, accounts and the renewal page."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from delaydesk.delays.forms import ActionForm, DelayForm, NextStepForm
from delaydesk.teams.models import AuthenticatedRequest, Team, User
from delaydesk.views import form_save

from . import selectors, services
from .forms import AccountForm, ContactForm, PipelineFilterForm, RenewalForm, StageForm


@login_required
def pipeline(request: AuthenticatedRequest) -> HttpResponse:
    """“My renewals”: contract end ascending, with the open delay and the next step due."""
    user = request.user
    if user.is_admin:
        visible_teams = Team.objects.all()
    elif user.team_id is None:  # no team to offer; filtering by a null pk found none either
        visible_teams = Team.objects.none()
    else:
        visible_teams = Team.objects.filter(pk=user.team_id)
    owners = User.objects.filter(is_active=True)
    if not user.is_admin:
        # ``team=``, not ``team_id=``: the same SQL, but the stubs only accept None for ``team``.
        owners = owners.filter(team=user.team_id) | User.objects.filter(pk=user.pk)
    data = request.GET.copy()
    if "owner" not in data and not user.is_admin and not user.is_team_lead:
        data["owner"] = str(user.pk)  # a CSM starts with their own renewals
    form = PipelineFilterForm(
        data,
        owners=[(u.pk, str(u)) for u in owners.distinct()],
        teams=[(t.pk, t.name) for t in visible_teams],
    )
    filters = selectors.PipelineFilters()
    if form.is_valid():
        c = form.cleaned_data
        filters = selectors.PipelineFilters(
            owner_id=c["owner"], team_id=c["team"], stage=c["stage"], category=c["category"],
            due_within_days=c["due"], query=c["q"],
        )
    page = Paginator(selectors.pipeline(user, filters), 50).get_page(request.GET.get("page"))
    template = "portfolio/pipeline_table.html" if request.htmx else "portfolio/pipeline.html"
    return render(request, template, {"form": form, "page": page})


@login_required
def account_list(request: AuthenticatedRequest) -> HttpResponse:
    accounts = selectors.accounts_for(request.user)
    query = request.GET.get("q", "").strip()
    if query:
        accounts = accounts.filter(name__icontains=query)
    page = Paginator(accounts, 50).get_page(request.GET.get("page"))
    return render(request, "portfolio/account_list.html", {"page": page, "q": query})


@login_required
def account_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    account = selectors.account_get(request.user, pk)
    return _account_page(request, account, ContactForm())


def _account_page(request: AuthenticatedRequest, account: Any, contact_form: ContactForm,
                  status: int = 200) -> HttpResponse:
    user = request.user
    renewals = selectors.renewals_for(user).filter(account=account)
    can_edit = selectors.can_edit_account(user, account) or renewals.filter(owner=user).exists()
    return render(request, "portfolio/account_detail.html", {
        "account": account,
        "contacts": account.contacts.all(),
        "renewals": renewals,
        "history": selectors.account_history(account)[:100],
        "can_edit": can_edit,
        "contact_form": contact_form,
    }, status=status)


@login_required
@require_POST
def contact_add(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    account = selectors.account_get(request.user, pk)
    form = ContactForm(request.POST)
    if form_save(form, lambda data: services.contact_create(
            by=request.user, account=account, **data)):
        messages.success(request, _("Contact added."))
        return redirect("account", pk=account.pk)
    return _account_page(request, account, form, status=400)


@login_required
def renewal_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    renewal = selectors.renewal_get(request.user, pk)
    return renewal_page(request, renewal)


def renewal_page(request: AuthenticatedRequest, renewal: Any, *, status: int = 200,
                 **forms: Any) -> HttpResponse:
    """The renewal page; views that post to it pass their bound form back on errors."""
    delays = list(renewal.delays.prefetch_related("actions").select_related("created_by"))
    for delay in delays:  # one action form per delay, prefixed so their fields stay distinct
        delay.action_form = (forms["action_form"] if forms.get("action_delay_id") == delay.pk
                             else ActionForm(prefix=f"delay{delay.pk}"))
    context = {
        "renewal": renewal,
        "account": renewal.account,
        "delays": delays,
        "open_steps": renewal.next_steps.filter(done_on__isnull=True).select_related("owner"),
        "done_steps": renewal.next_steps.filter(done_on__isnull=False).order_by("-done_on")[:20],
        "can_edit": selectors.can_edit_renewal(request.user, renewal),
        "delay_form": forms.get("delay_form") or DelayForm(),
        "step_form": forms.get("step_form") or NextStepForm(),
        "stage_form": forms.get("stage_form") or StageForm(instance=renewal),
        "history": selectors.renewal_history(renewal)[:50],
        "contacts": renewal.account.contacts.all(),
    }
    context.update(forms.get("extra_context") or {})
    return render(request, "portfolio/renewal_detail.html", context, status=status)


@login_required
@require_POST
def renewal_stage(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    renewal = selectors.renewal_get(request.user, pk)
    form = StageForm(request.POST, instance=selectors.renewal_get(request.user, pk))
    if form_save(form, lambda data: services.renewal_update(
            by=request.user, renewal=renewal, stage=data["stage"],
            forecast_category=data["forecast_category"])):
        messages.success(request, _("Stage saved."))
        return redirect("renewal", pk=renewal.pk)
    return renewal_page(request, renewal, status=400, stage_form=form)


@login_required
def account_create(request: AuthenticatedRequest) -> HttpResponse:
    """A new account, owned by the CSM who creates it, in their team."""
    form = AccountForm(request.POST or None)
    account = form_save(form, lambda data: services.account_create(
        by=request.user, owner=request.user, team=request.user.team, **data))
    if account is not None:
        messages.success(request, _("Account created."))
        return redirect("account", pk=account.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "portfolio/account_form.html", {"form": form}, status=status)


@login_required
def account_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    account = selectors.account_get(request.user, pk)
    if not selectors.can_edit_account(request.user, account):
        raise PermissionDenied
    form = AccountForm(request.POST or None, instance=selectors.account_get(request.user, pk))
    if form_save(form, lambda data: services.account_update(
            by=request.user, account=account, **data)):
        messages.success(request, _("Account saved."))
        return redirect("account", pk=account.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "portfolio/account_form.html", {"form": form, "account": account},
                  status=status)


@login_required
def renewal_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """A new renewal on an account; the creator owns it."""
    account = selectors.account_get(request.user, pk)
    form = RenewalForm(request.POST or None)
    renewal = form_save(form, lambda data: services.renewal_create(
        by=request.user, account=account, **data))
    if renewal is not None:
        messages.success(request, _("Renewal created."))
        return redirect("renewal", pk=renewal.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "portfolio/renewal_form.html",
                  {"form": form, "account": account}, status=status)


@login_required
def renewal_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    renewal = selectors.renewal_get(request.user, pk)
    if not selectors.can_edit_renewal(request.user, renewal):
        raise PermissionDenied
    form = RenewalForm(request.POST or None, instance=selectors.renewal_get(request.user, pk))
    if form_save(form, lambda data: services.renewal_update(
            by=request.user, renewal=renewal, **data)):
        messages.success(request, _("Renewal saved."))
        return redirect("renewal", pk=renewal.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "portfolio/renewal_form.html",
                  {"form": form, "account": renewal.account, "renewal": renewal}, status=status)
