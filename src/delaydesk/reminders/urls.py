"""Pages of the reminders: /attention/, /notifications/ and /calendar/."""

from django.urls import path

from . import views

app_name = "reminders"
urlpatterns = [
    path("attention/", views.attention, name="attention"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/read-all/", views.notifications_read_all, name="read_all"),
    path("notifications/<int:pk>/read/", views.notification_read, name="read"),
    path("notifications/<int:pk>/unread/", views.notification_unread, name="unread"),
    path("calendar/", views.calendar_page, name="calendar"),
    path("calendar/new/", views.calendar_create, name="calendar_create"),
    path("calendar/revoke/", views.calendar_revoke, name="calendar_revoke"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
