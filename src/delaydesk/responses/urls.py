"""Pages of the playbook panel, below /renewals/<id>/playbook/."""

from django.urls import path

from . import views

app_name = "responses"
urlpatterns = [
    path("renewals/<int:pk>/playbook/", views.playbook_panel, name="panel"),
    path("renewals/<int:pk>/playbook/steps/", views.playbook_step_add, name="step_add"),
    path("renewals/<int:pk>/playbook/plan/", views.mutual_plan_accept, name="plan_accept"),
    path("renewals/<int:pk>/playbook/facts/", views.response_facts_save, name="facts_save"),
    path("renewals/<int:pk>/playbook/check/", views.draft_check, name="draft_check"),
]
