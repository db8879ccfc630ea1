"""Pages of bridge offers: the panel on the renewal page and its buttons."""

from django.urls import path

from . import views

app_name = "offers"

urlpatterns = [
    path("renewals/<int:pk>/bridges/", views.bridges_panel, name="bridges_panel"),
    path("renewals/<int:pk>/bridges/propose/", views.bridge_offer_propose,
         name="bridge_offer_propose"),
    path("renewals/<int:pk>/walk-away/", views.renewal_walk_away, name="renewal_walk_away"),
    path("bridge-offers/<int:pk>/accept/", views.bridge_offer_accept, name="bridge_offer_accept"),
    path("bridge-offers/<int:pk>/decline/", views.bridge_offer_decline,
         name="bridge_offer_decline"),
]
