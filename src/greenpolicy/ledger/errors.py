"""The ways a write can be refused besides permissions; pages show their messages as they are."""

from __future__ import annotations

from django.utils.translation import gettext as _


class WorkflowError(ValueError):
    """The step does not fit the state the task or report is in (e.g. signing off a draft)."""


class StaleEditError(WorkflowError):
    """Someone else changed the record after the form was opened; nothing was overwritten."""


def expect_version(record: object, version: int | None) -> None:
    """Refuse a write made from a form opened on an older version of `record`."""
    current = getattr(record, "version")  # noqa: B009 - any versioned model
    if version is not None and version != current:
        raise StaleEditError(_("该记录已被他人修改，请刷新页面后重新填写（未覆盖他人的修改）"))
