"""Whatever the input, parsing returns a ledger in the schema, or a DocumentError for unreadable bytes."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from greenpolicy.core import parse_source, parse_text
from greenpolicy.core.ledger_json import SCHEMA, ledger_to_dict
from greenpolicy.core.reading import read_bytes
from greenpolicy.core.reading.blocks import DocumentError

_GENRE = st.sampled_from(
    [
        "一、", "（一）", "(二)", "1.", "（1）", "①", "第三条", "附件", "\t", " |", "|", "\n", "\n\n", "。", "，", "、",
        "（", "）", "(", ")", "：", "责任单位：", "牵头单位：", "配合单位：", "完成时限：", "重点任务", "完成时限",
        "责任部门", "序号", "市发展改革委", "各区县（自治县）政府", "等按职责分工负责", "牵头", "配合", "分别牵头",
        "2021年", "年底前", "持续推进", "视国家政策出台情况适时推进落实", "〔2020〕", "号", "《", "》", "下同",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=400), st.lists(st.one_of(_GENRE, st.text(max_size=8)), max_size=80).map("".join)
)


def _assert_schema(value: dict[str, object]) -> None:
    assert value["schema"] == SCHEMA
    json.dumps(value, ensure_ascii=False)
    tasks = value["tasks"]
    assert isinstance(tasks, list)
    for task in tasks:
        assert task["kind"] in {"measure", "key_task", "item"}
        assert task["deadline"]["kind"] in {"date", "ongoing", "conditional", "none"}
        assert task["deadline"]["due"] is None or task["deadline"]["kind"] == "date"
        assert all(d["role"] in {"lead", "co"} for d in task["departments"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_TEXT)
@example(";")  # a paragraph of semicolons alone: no clause to share the work out
def test_parse_never_raises_on_arbitrary_text(text: str) -> None:
    _assert_schema(ledger_to_dict(parse_text(text)))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.docx", "a.pdf", "a.html", "a.bin"]))
def test_parse_never_raises_on_arbitrary_bytes(data: bytes, name: str) -> None:
    try:
        source = read_bytes(data, name=name)
    except DocumentError as error:
        assert error.reason
        return
    _assert_schema(ledger_to_dict(parse_source(source)))
