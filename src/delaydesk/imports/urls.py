from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [
    path("imports/", views.import_page, name="page"),
    path("imports/portfolio.csv", views.export_download, name="export"),
]
