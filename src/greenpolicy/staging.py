"""Uploads kept between their preview and its confirmation: in the private file storage, under their sha256.

What a user confirms is what was previewed: the confirming request names the sha256, never the file again.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

_ROOT = "staging"
_HEX = frozenset("0123456789abcdef")


class StagingError(ValueError):
    """The id is malformed or nothing is staged under it (any more)."""


def stage(area: str, data: bytes, name: str) -> str:
    """Keep `data` under its sha256 in `area` (documents, accounts); the same bytes twice are kept once."""
    sha256 = hashlib.sha256(data).hexdigest()
    path = f"{_ROOT}/{area}/{sha256}/{PurePath(name).name or 'upload'}"
    if not default_storage.exists(path):
        default_storage.save(path, ContentFile(data))
    return sha256


def read_staged(area: str, sha256: str) -> tuple[str, bytes]:
    """The staged file's name and content."""
    names = _names(area, sha256)
    if not names:
        raise StagingError(_("暂存文件已不存在，请重新上传"))
    with default_storage.open(f"{_ROOT}/{area}/{sha256}/{names[0]}", "rb") as handle:
        return names[0], handle.read()


def discard(area: str, sha256: str) -> None:
    for name in _names(area, sha256):
        default_storage.delete(f"{_ROOT}/{area}/{sha256}/{name}")


def _names(area: str, sha256: str) -> list[str]:
    if len(sha256) != 64 or not _HEX.issuperset(sha256):
        raise StagingError(_("不是有效的文件编号"))
    try:
        return default_storage.listdir(f"{_ROOT}/{area}/{sha256}")[1]
    except FileNotFoundError:
        return []
