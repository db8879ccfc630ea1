from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("reports/weekly/", views.weekly, name="weekly"),
    path("reports/forecast/", views.forecast, name="forecast"),
    path("reports/patterns/", views.patterns, name="patterns"),
    path("reports/postmortems/", views.postmortems, name="postmortems"),
    path("renewals/<int:pk>/postmortem/", views.postmortem, name="postmortem"),
    path("renewals/<int:pk>/postmortem/archive/", views.postmortem_archive,
         name="postmortem_archive"),
    path("renewals/<int:pk>/postmortem/panel/", views.postmortem_panel,
         name="postmortem_panel"),
]
