"""Every reading problem the engine can name has a message for the platform's users."""

from __future__ import annotations

import pytest
from django.utils import translation

from greenpolicy.core.reading import DocumentError, ReadingProblem, read_bytes
from greenpolicy.ledger.reading_problems import describe


@pytest.mark.parametrize("problem", list(ReadingProblem))
def test_each_problem_has_a_message_that_uses_its_details(problem: ReadingProblem) -> None:
    details = {"size": "25.0 MB", "limit": "20.0 MB", "cause": "permission denied", "format": "PDF",
               "encoding": "utf-16"}  # fmt: skip
    with translation.override("zh-hans"):
        message = describe(DocumentError("/uploads/通知.pdf", "reason", problem, **details))
    assert message.startswith("通知.pdf：")
    assert "%(" not in message


def test_a_real_reading_error_is_told_in_chinese() -> None:
    with pytest.raises(DocumentError) as caught:
        read_bytes(b"   ", name="空白.txt")
    with translation.override("zh-hans"):
        assert describe(caught.value) == "空白.txt：文件是空的"


def test_an_error_without_a_reading_problem_keeps_its_words() -> None:
    assert describe(DocumentError("abc", "暂存文件已不存在，请重新上传")) == "暂存文件已不存在，请重新上传"
