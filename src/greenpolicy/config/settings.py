"""Settings: embedded defaults (SQLite and files in var/), overridden by the environment through env.py."""

from __future__ import annotations

from pathlib import Path

import django_stubs_ext
from django.utils.translation import gettext_lazy as _

from greenpolicy.config import env

django_stubs_ext.monkeypatch()  # ModelAdmin[Task] and friends at run time, as the type checker reads them

PACKAGE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env.text("GREENPOLICY_VAR", str(Path.cwd() / "var"))).resolve()

SECRET_KEY = env.secret_key(VAR_DIR)
DEBUG = env.flag("DEBUG", False)
ALLOWED_HOSTS = env.words("ALLOWED_HOSTS", "127.0.0.1 localhost")
CSRF_TRUSTED_ORIGINS = env.words("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "greenpolicy.accounts",
    "greenpolicy.audit",
    "greenpolicy.ledger",
    "greenpolicy.reporting",
    "greenpolicy.notifications",
    "greenpolicy.operations",
    "greenpolicy.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "greenpolicy.config.urls"
WSGI_APPLICATION = "greenpolicy.config.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.database(VAR_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("简体中文")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    # Originals and evidence live outside the web root and are served only through views that check rights.
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": VAR_DIR / "files"},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024

# E-mail for reminders: the console by default; SMTP when EMAIL_HOST is set.
MAILERS = {"default": env.mailer()}
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "greenpolicy@localhost")

# Reminders run through Django's tasks framework; the immediate backend runs them in the scheduler's process.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.flag("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Supervision rules a deployment may tune (read through greenpolicy.ledger.conf, never at import time).
GREENPOLICY = {
    "ACKNOWLEDGE_WITHIN_WORKING_DAYS": env.integer("GREENPOLICY_ACKNOWLEDGE_DAYS", 3),
    "DUE_SOON_DAYS": env.integer("GREENPOLICY_DUE_SOON_DAYS", 30),
    "REPORT_DUE_SOON_WORKING_DAYS": env.integer("GREENPOLICY_REPORT_DUE_SOON_DAYS", 5),
    "BEHIND_PLAN_MARGIN": env.integer("GREENPOLICY_BEHIND_PLAN_MARGIN", 10),
    "EVIDENCE_MAX_BYTES": env.integer("GREENPOLICY_EVIDENCE_MAX_BYTES", 20 * 1024 * 1024),
    "DOCUMENT_MAX_BYTES": env.integer("GREENPOLICY_DOCUMENT_MAX_BYTES", 20 * 1024 * 1024),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO")},
}
