"""Cross-checks that flag what a person must look at."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from greenpolicy.core import parse_text
from greenpolicy.core.parsing.checks import _AreaKey, match_areas


def test_numbering_gap_and_duplicate_are_flagged() -> None:
    rows = "\n".join(
        f"{number}\t任务{index}\t2022年\t市发展改革委"
        for index, number in enumerate(["1", "2", "2", "5"], start=1)
    )
    ledger = parse_text("序号\t重点任务\t完成时限\t责任单位\n" + rows)
    codes = [(d.code, d.message) for d in ledger.diagnostics]
    assert sum(code == "duplicate_number" for code, _ in codes) == 2
    assert ("numbering_gap", "序号不连续：缺少第3、4项") in codes


def test_task_without_departments_or_deadline_is_flagged() -> None:
    ledger = parse_text(
        "序号\t重点任务\t完成时限\t责任单位\n1\t推进立法\t\t市司法局\n2\t完善标准\t2022年\t\n"
    )
    codes = {(d.code, d.ref) for d in ledger.diagnostics}
    assert ("missing_deadline", "K1") in codes
    assert ("missing_departments", "K2") in codes


def test_a_document_without_any_task_is_flagged_and_one_with_tasks_is_not() -> None:
    notice = parse_text("关于召开年度工作会议的通知\n各单位：\n定于12月10日召开年度工作会议，请准时参加。\n")
    assert [(d.level.value, d.code) for d in notice.diagnostics if d.code == "no_tasks"] == [
        ("warning", "no_tasks")
    ]
    tasks = parse_text("一、推进立法工作。（市司法局负责）\n")
    assert "no_tasks" not in {d.code for d in tasks.diagnostics}


def test_areas_pair_by_ordinal_and_wording() -> None:
    pairs = match_areas(
        ["一、推行绿色设计", "五、促进清洁能源发展", "十、完全不同的内容"],
        ["（一）推行绿色设计", "（五）促进能源清洁发展", "（六）推进农业绿色发展"],
    )
    assert pairs == {
        "一、推行绿色设计": "（一）推行绿色设计",
        "五、促进清洁能源发展": "（五）促进能源清洁发展",
    }


@given(
    st.text(alphabet="绿色发展促进能源清洁", max_size=12),
    st.text(alphabet="绿色发展促进能源清洁", max_size=12),
)
def test_area_similarity_counts_repeated_characters_as_a_multiset(first: str, second: str) -> None:
    """The share of characters in common, a character repeated in both titles counted as often as both have it."""
    common = sum((Counter(first) & Counter(second)).values())
    expected = common / max(len(first), len(second)) if first and second else 0.0
    assert _AreaKey.of(first).similarity(_AreaKey.of(second)) == expected


def test_numbers_in_other_styles_or_other_attachments_are_other_series() -> None:
    ledger = parse_text(
        "一、推进绿色设计。健全政策。（市发展改革委负责）\n（一）强化清洁生产。制定方案。（市生态环境局负责）\n"
        "（二）发展循环经济。完善体系。（市经济信息委负责）\n"
        "附件1\n重点任务清单\n序号\t重点任务\t责任单位\n1\t完善标准\t市市场监管局\n2\t推广产品\t市商务委\n"
        "附件2\n民生实事清单\n序号\t重点任务\t责任单位\n1\t新建学校\t市教委\n"
    )
    codes = [d.code for d in ledger.diagnostics]
    assert "duplicate_number" not in codes
    assert "numbering_gap" not in codes
