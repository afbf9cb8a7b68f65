"""Which files may be attached as evidence: known office formats, recognised by their content, within a size."""

from __future__ import annotations

from pathlib import PurePath

from django.utils.translation import gettext as _

from greenpolicy.ledger.errors import WorkflowError

# Suffix → (content type, the bytes such a file starts with). Office Open XML files are zip archives.
_ALLOWED: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (b"PK\x03\x04",)),
    ".doc": ("application/msword", (b"\xd0\xcf\x11\xe0",)),
    ".xls": ("application/vnd.ms-excel", (b"\xd0\xcf\x11\xe0",)),
    ".ofd": ("application/ofd", (b"PK\x03\x04",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
}


def check_evidence(name: str, content: bytes, *, limit: int) -> str:
    """The content type of an acceptable evidence file; WorkflowError saying why otherwise."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in _ALLOWED:
        allowed = "、".join(sorted(s.lstrip(".") for s in _ALLOWED))
        raise WorkflowError(
            _("不支持的文件类型“%(type)s”，请上传：%(allowed)s")
            % {"type": suffix or name, "allowed": allowed}
        )
    if not content:
        raise WorkflowError(_("文件“%(name)s”为空") % {"name": name})
    if len(content) > limit:
        raise WorkflowError(
            _("文件“%(name)s”超过%(limit)dMB上限") % {"name": name, "limit": limit // (1024 * 1024)}
        )
    content_type, signatures = _ALLOWED[suffix]
    if not content.startswith(signatures):
        raise WorkflowError(_("文件“%(name)s”的内容与扩展名不符") % {"name": name})
    return content_type
