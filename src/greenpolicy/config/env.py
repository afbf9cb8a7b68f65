"""Every value a deployment sets comes in here, from the environment, and fails fast when it is malformed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_ENGINES = {
    "postgres": "django.db.backends.postgresql",
    "postgresql": "django.db.backends.postgresql",
    "sqlite": "django.db.backends.sqlite3",
}


def text(name: str, default: str) -> str:
    return os.environ.get(name, default)


def flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off", ""):
        return False
    raise ImproperlyConfigured(f"{name}={value!r}: expected true or false")


def integer(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: expected a whole number") from None


def words(name: str, default: str) -> list[str]:
    return [word for word in os.environ.get(name, default).replace(",", " ").split() if word]


def database(var_dir: Path) -> dict[str, Any]:
    """DATABASE_URL (postgres://user:password@host:port/name or sqlite:///path), else SQLite in var/ with WAL."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return _sqlite(var_dir / "greenpolicy.sqlite3")
    parts = urlsplit(url)
    engine = _ENGINES.get(parts.scheme)
    if engine is None:
        raise ImproperlyConfigured(f"DATABASE_URL: unsupported scheme {parts.scheme!r} (postgres or sqlite)")
    if engine.endswith("sqlite3"):
        return _sqlite(Path(unquote(parts.path)))
    name = parts.path.lstrip("/")
    if not name:
        raise ImproperlyConfigured("DATABASE_URL: the database name is missing")
    return {
        "ENGINE": engine,
        "NAME": unquote(name),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def _sqlite(path: Path) -> dict[str, Any]:
    path.parent.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": path,
        # WAL lets pages read while a report is written; IMMEDIATE avoids lock upgrades failing mid-transaction.
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }


def secret_key(var_dir: Path) -> str:
    """SECRET_KEY from the environment, else one generated once and kept in var/ (never a fixed key)."""
    value = os.environ.get("SECRET_KEY")
    if value:
        return value
    path = var_dir / "secret_key"
    if not path.exists():
        from django.core.management.utils import get_random_secret_key

        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(get_random_secret_key(), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def mailer() -> dict[str, Any]:
    """The default mailer: SMTP to EMAIL_HOST when it is set, else mail printed on the console."""
    host = os.environ.get("EMAIL_HOST")
    if not host:
        return {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
    return {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": host,
            "port": integer("EMAIL_PORT", 25),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": flag("EMAIL_USE_TLS", False),
        },
    }
