"""Initial passwords: random, shown once to the person who creates the account, never fixed."""

from __future__ import annotations

import secrets


def new_password() -> str:
    """A random password to print once."""
    return secrets.token_urlsafe(12)
