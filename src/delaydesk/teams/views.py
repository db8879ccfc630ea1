"""Login, language, preferences and API tokens."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .forms import PreferencesForm, ThrottledLoginForm, TokenForm
from .models import AuthenticatedRequest


class LoginView(auth_views.LoginView):
    form_class = ThrottledLoginForm
    template_name = "teams/login.html"
    redirect_authenticated_user = True


@require_POST
def switch_language(request: HttpRequest) -> HttpResponse:
    """Switch DE/EN; a signed-in user's choice is stored with their profile."""
    language = request.POST.get("language", "")
    target = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    response = HttpResponseRedirect(target)
    if language in dict(settings.LANGUAGES):
        if request.user.is_authenticated:
            services.user_set_preferences(user=request.user, language=language)
        translation.activate(language)
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, max_age=365 * 24 * 3600,
                            samesite="Lax")
    return response


@login_required
def preferences(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    form = PreferencesForm(request.POST or None,
                           initial={"language": user.language, "time_zone": user.time_zone})
    if request.method == "POST" and form.is_valid():
        services.user_set_preferences(user=user, **form.cleaned_data)
        translation.activate(user.language)
        messages.success(request, _("Your preferences were saved."))
        response = redirect("preferences")
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, user.language, samesite="Lax")
        return response
    return render(request, "teams/preferences.html", {
        "form": form, "tokens": user.api_tokens.all(), "token_form": TokenForm(),
        "new_token": request.session.pop("new_token", None),
    })


@login_required
@require_POST
def token_create(request: AuthenticatedRequest) -> HttpResponse:
    form = TokenForm(request.POST)
    if form.is_valid():
        _record, token = services.token_create(user=request.user, name=form.cleaned_data["name"])
        request.session["new_token"] = token
    return redirect("preferences")


@login_required
@require_POST
def token_revoke(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(request.user.api_tokens, pk=pk)
    services.token_revoke(token=token)
    messages.success(request, _("The token was revoked."))
    return redirect("preferences")
