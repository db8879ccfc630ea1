"""DelayDesk settings, read from environment variables through small typed helpers.

Zero configuration gives a working SQLite installation in ``DELAYDESK_DATA_DIR``.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from django.utils.translation import gettext_lazy as _


def envstr(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(envstr("DELAYDESK_DATA_DIR", str(Path.home() / ".local/share/delaydesk"))).resolve()


def _secret_key() -> str:
    """The key from the environment, else from DATA_DIR/secret_key (created once, mode 0600)."""
    if os.environ.get("DELAYDESK_SECRET_KEY"):
        return os.environ["DELAYDESK_SECRET_KEY"]
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / "secret_key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(50))
    return path.read_text(encoding="ascii").strip()


SECRET_KEY = _secret_key()
DEBUG = envbool("DELAYDESK_DEBUG", False)
ALLOWED_HOSTS = envlist("DELAYDESK_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("DELAYDESK_CSRF_TRUSTED_ORIGINS")
SITE_URL = envstr("DELAYDESK_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
COMPANY_NAME = envstr("DELAYDESK_COMPANY_NAME", "DelayDesk")

if envbool("DELAYDESK_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
SESSION_COOKIE_SECURE = envbool("DELAYDESK_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "simple_history",
    "delaydesk",
    "delaydesk.teams",
    "delaydesk.portfolio",
    "delaydesk.delays",
    "delaydesk.offers",
    "delaydesk.responses",
    "delaydesk.reports",
    "delaydesk.reminders",
    "delaydesk.imports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "delaydesk.teams.middleware.UserPreferencesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "delaydesk.api.middleware.ApiErrorFormatMiddleware",
]

ROOT_URLCONF = "delaydesk.urls"
WSGI_APPLICATION = "delaydesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "delaydesk.reminders.context_processors.unread_notifications",
            ],
            "builtins": ["delaydesk.templatetags.delaydesk"],
        },
    }
]

# SQLite by default (WAL, busy timeout, IMMEDIATE transactions); PostgreSQL through DATABASE_URL.
# Wide on purpose: dj_database_url's TypedDict wants NAME as str, SQLite's here is a Path.
DATABASES: dict[str, Any]
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "delaydesk.sqlite3",
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "teams.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "pipeline"
LOGOUT_REDIRECT_URL = "login"
# Failed logins per username and per address within the window before logins are refused.
LOGIN_MAX_FAILURES = envint("DELAYDESK_LOGIN_MAX_FAILURES", 5)
LOGIN_LOCKOUT_MINUTES = envint("DELAYDESK_LOGIN_LOCKOUT_MINUTES", 15)

LANGUAGE_CODE = envstr("DELAYDESK_LANGUAGE", "en")
LANGUAGES = [("en", _("English")), ("de", _("German"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["delaydesk.formats"]
TIME_ZONE = envstr("DELAYDESK_TIME_ZONE", "Europe/Berlin")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# whitenoise expects it even when serving from finders
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_ROOT = DATA_DIR / "uploads"

EMAIL_HOST = envstr("DELAYDESK_SMTP_HOST", "localhost")
EMAIL_PORT = envint("DELAYDESK_SMTP_PORT", 25)
EMAIL_HOST_USER = envstr("DELAYDESK_SMTP_USER")
EMAIL_HOST_PASSWORD = envstr("DELAYDESK_SMTP_PASSWORD")
EMAIL_USE_TLS = envbool("DELAYDESK_SMTP_STARTTLS", False)
DEFAULT_FROM_EMAIL = envstr("DELAYDESK_FROM_EMAIL", "delaydesk@localhost")

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("DELAYDESK_LOG_LEVEL", "WARNING")},
}
