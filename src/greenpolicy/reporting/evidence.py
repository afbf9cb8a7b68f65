"""Which files may be attached as evidence: known office formats, recognised by their content, within a size."""

from __future__ import annotations

from pathlib import PurePath

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
        raise WorkflowError(f"不支持的文件类型“{suffix or name}”，请上传：{allowed}")
    if not content:
        raise WorkflowError(f"文件“{name}”为空")
    if len(content) > limit:
        raise WorkflowError(f"文件“{name}”超过{limit // (1024 * 1024)}MB上限")
    content_type, signatures = _ALLOWED[suffix]
    if not content.startswith(signatures):
        raise WorkflowError(f"文件“{name}”的内容与扩展名不符")
    return content_type
