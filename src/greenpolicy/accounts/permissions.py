"""Rules of access that depend only on the user: the role's powers. Task and report rules build on these."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from greenpolicy.accounts.models import Role, User


def require(allowed: bool, message: str | None = None) -> None:
    """Raise PermissionDenied unless `allowed`: services call it before every write."""
    if not allowed:
        raise PermissionDenied(_("无权进行此操作") if message is None else message)


def can_supervise(user: User) -> bool:
    """Ingest documents, open cycles, review reports, close tasks, decide extensions."""
    return user.is_authenticated and user.supervises


def is_read_only(user: User) -> bool:
    return user.role == Role.LEADER
