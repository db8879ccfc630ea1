from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from delaydesk import views
from delaydesk.api.api import api
from delaydesk.delays import views as delay_views
from delaydesk.portfolio import views as portfolio_views
from delaydesk.teams import views as team_views

urlpatterns = [
    path("", portfolio_views.pipeline, name="pipeline"),
    path("healthz", views.healthz, name="healthz"),
    path("login/", team_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", auth_views.PasswordChangeView.as_view(
        template_name="teams/password_change.html", success_url="/password/done/"),
        name="password_change"),
    path("password/done/", auth_views.PasswordChangeDoneView.as_view(
        template_name="teams/password_change_done.html"), name="password_change_done"),
    path("language/", team_views.switch_language, name="switch_language"),
    path("me/", team_views.preferences, name="preferences"),
    path("me/tokens/", team_views.token_create, name="token_create"),
    path("me/tokens/<int:pk>/revoke/", team_views.token_revoke, name="token_revoke"),
    path("accounts/", portfolio_views.account_list, name="accounts"),
    path("accounts/new/", portfolio_views.account_create, name="account_create"),
    path("accounts/<int:pk>/", portfolio_views.account_detail, name="account"),
    path("accounts/<int:pk>/edit/", portfolio_views.account_edit, name="account_edit"),
    path("accounts/<int:pk>/renewals/new/", portfolio_views.renewal_create, name="renewal_create"),
    path("accounts/<int:pk>/contacts/", portfolio_views.contact_add, name="contact_add"),
    path("renewals/<int:pk>/", portfolio_views.renewal_detail, name="renewal"),
    path("renewals/<int:pk>/edit/", portfolio_views.renewal_edit, name="renewal_edit"),
    path("renewals/<int:pk>/stage/", portfolio_views.renewal_stage, name="renewal_stage"),
    path("renewals/<int:pk>/delays/", delay_views.delay_create, name="delay_create"),
    path("renewals/<int:pk>/diagnose/", delay_views.delay_diagnose, name="delay_diagnose"),
    path("renewals/<int:pk>/next-steps/", delay_views.next_step_create, name="next_step_create"),
    path("delays/<int:pk>/actions/", delay_views.action_create, name="action_create"),
    path("delays/<int:pk>/resolve/", delay_views.delay_resolve, name="delay_resolve"),
    path("next-steps/<int:pk>/done/", delay_views.next_step_complete, name="next_step_complete"),
    path("", include("delaydesk.offers.urls")),
    path("", include("delaydesk.responses.urls")),
    path("", include("delaydesk.reports.urls")),
    path("", include("delaydesk.reminders.urls")),
    path("", include("delaydesk.imports.urls")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]

handler403 = "delaydesk.views.forbidden"
handler404 = "delaydesk.views.not_found"
