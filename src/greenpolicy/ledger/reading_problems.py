"""Why an uploaded file could not be read, told to the platform's users in their language.

The engine names the problem (`ReadingProblem`) with its details; the wording belongs to the platform, through i18n.
"""

from __future__ import annotations

from pathlib import PurePath

from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from greenpolicy.core.reading import DocumentError, ReadingProblem

_MESSAGES: dict[ReadingProblem, Promise] = {
    ReadingProblem.DIRECTORY: _("这是一个文件夹，不是文件"),
    ReadingProblem.TOO_LARGE: _("文件大小为%(size)s，超过%(limit)s的上限"),
    ReadingProblem.NOT_FOUND: _("找不到该文件"),
    ReadingProblem.UNREADABLE: _("无法读取该文件（%(cause)s）"),
    ReadingProblem.EMPTY: _("文件是空的"),
    ReadingProblem.WRONG_CONTENT: _("扩展名是%(format)s，但内容不是%(format)s文件"),
    ReadingProblem.NOT_TEXT: _("不是UTF-8、UTF-16或GB18030编码的文本（可能是二进制文件或已损坏）"),
    ReadingProblem.BAD_BYTE_ORDER_MARK: _("以%(encoding)s字节顺序标记开头，但内容不是有效的%(encoding)s文本"),
    ReadingProblem.BINARY: _("含有二进制数据，不是文本"),
    ReadingProblem.NOT_WORD: _("不是可读取的Word文档（.docx）"),
    ReadingProblem.DAMAGED_WORD: _("Word文档已损坏"),
    ReadingProblem.NOT_HTML: _("不是可读取的网页"),
    ReadingProblem.NO_TEXT: _("文件中没有文字"),
    ReadingProblem.ENCRYPTED_PDF: _("PDF文件已加密，请提供未加密的版本"),
    ReadingProblem.DAMAGED_PDF: _("PDF文件已损坏或无法读取"),
    ReadingProblem.NO_TEXT_LAYER: _("PDF文件没有文字层（可能是扫描件），请提供可复制文字的版本"),
}


def describe(error: DocumentError) -> str:
    """The file's name and what is wrong with it; the raiser's own words when it named no reading problem."""
    if error.problem is None:
        return error.reason
    reason = str(_MESSAGES[error.problem]) % error.details
    return gettext("%(name)s：%(reason)s") % {"name": PurePath(error.source).name, "reason": reason}
