"""Deadlines: what a deadline cell means, and which dates inside a task's text are completion dates."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from greenpolicy.core import parse_text
from greenpolicy.core.deadlines import _DATE, _RELATIVE, find_completion_dates, parse_deadline
from greenpolicy.core.model import DeadlineKind

ISSUED = date(2020, 12, 10)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("2021年", date(2021, 12, 31)),
        ("2021年底前", date(2021, 12, 31)),
        ("2021年年底前", date(2021, 12, 31)),
        ("2021年末", date(2021, 12, 31)),
        ("2021年12月底前", date(2021, 12, 31)),
        ("2021年6月底", date(2021, 6, 30)),
        ("2021年6月", date(2021, 6, 30)),
        ("2021年6月30日前", date(2021, 6, 30)),
        ("2021年6月15日", date(2021, 6, 15)),
        ("2021年上半年", date(2021, 6, 30)),
        ("2021年下半年", date(2021, 12, 31)),
        ("2021年第一季度", date(2021, 3, 31)),
        ("2021年三季度", date(2021, 9, 30)),
        ("2021—2022年", date(2022, 12, 31)),
        ("2021-2022年", date(2022, 12, 31)),
        ("2021年至2022年", date(2022, 12, 31)),
        ("二〇二一年六月底", date(2021, 6, 30)),
        ("年底前", date(2020, 12, 31)),
        ("年内", date(2020, 12, 31)),
        ("明年", date(2021, 12, 31)),
        ("全年", date(2020, 12, 31)),
        ("6月底前", date(2020, 6, 30)),
        ("本意见印发之日起30日内", date(2021, 1, 9)),
        ("印发后3个月内", date(2021, 3, 10)),
        ("自发布之日起一年内", date(2021, 12, 10)),
        ("2021年底前完成，持续推进", date(2021, 12, 31)),
        ("3月底前完成选址；6月底前开工；11月底前建成", date(2020, 11, 30)),  # milestones: the last closes it
        ("2月上旬前完成方案，5月底前全面推开", date(2020, 5, 31)),
    ],
)
def test_deadline_cells_with_a_due_date(text: str, due: date) -> None:
    deadline = parse_deadline(text, issued_on=ISSUED)
    assert (deadline.text, deadline.kind, deadline.due) == (text, DeadlineKind.DATE, due)


def test_year_end_phrase_resolves_to_december_31() -> None:
    assert parse_deadline("2022年", issued_on=None).due == date(2022, 12, 31)


def test_month_end_in_a_leap_year() -> None:
    assert parse_deadline("2024年2月底前", issued_on=None).due == date(2024, 2, 29)


def test_months_after_issue_clip_to_the_month_end() -> None:
    assert parse_deadline("印发之日起1个月内", issued_on=date(2021, 1, 31)).due == date(2021, 2, 28)


@pytest.mark.parametrize(
    "text",
    [
        "持续推进",
        "长期坚持",
        "长期",
        "常态化推进",
        "常态工作",
        "每年",
        "每季度",
        "2021年起持续推进",
        "每年12月底前",
    ],
)
def test_ongoing_deadlines(text: str) -> None:
    deadline = parse_deadline(text, issued_on=ISSUED)
    assert (deadline.kind, deadline.due) == (DeadlineKind.ONGOING, None)


@pytest.mark.parametrize(
    "text",
    [
        "视国家政策出台情况适时推进落实", "视情况适时推进", "根据国家部署推进", "按国家要求落实",
        "省出台文件后 2 个月完成", "上级文件出台后3个月内",  # counted from another body's act, not from this one's
    ],
)  # fmt: skip
def test_conditional_deadlines(text: str) -> None:
    assert parse_deadline(text, issued_on=ISSUED).kind is DeadlineKind.CONDITIONAL


# 2020 National Day and Mid-Autumn (国办发明电〔2019〕16号): 10月1日至8日 off, 9月27日 (Sunday) and 10月10日
# (Saturday) worked. From Monday 28 September, working days 1–5 are 9.29, 9.30, 10.9, 10.10 and 10.12.
@pytest.mark.parametrize(
    ("text", "issued", "due"),
    [
        ("本意见印发之日起5个工作日内", date(2020, 9, 28), date(2020, 10, 12)),
        ("印发之日起2个工作日内", date(2020, 10, 9), date(2020, 10, 12)),
        ("印发之日起3个工作日内", date(2020, 9, 26), date(2020, 9, 29)),
        ("印发之日起15个工作日内", date(2020, 9, 28), date(2020, 10, 26)),
    ],
)
def test_working_days_after_issue_follow_the_holiday_calendar(text: str, issued: date, due: date) -> None:
    assert parse_deadline(text, issued_on=issued).due == due
    assert [m.deadline.due for m in find_completion_dates(f"{text}报送实施方案。", issued_on=issued)] == [due]


def test_working_days_in_a_document_follow_the_holiday_calendar() -> None:
    ledger = parse_text(
        "重庆市发展和改革委员会关于做好节能工作的通知\n渝发改环资〔2020〕1号\n\n"
        "1.制定实施细则。本意见印发之日起5个工作日内报送方案。（市发展改革委负责）\n\n"
        "重庆市发展和改革委员会\n2020年9月28日\n"
    )
    assert ledger.date == date(2020, 9, 28)
    assert ledger.tasks[0].deadline.due == date(2020, 10, 12)


def test_relative_deadline_without_an_issue_date_has_no_due_date() -> None:
    deadline = parse_deadline("年底前", issued_on=None)
    assert (deadline.kind, deadline.due) == (DeadlineKind.DATE, None)


@pytest.mark.parametrize(("text", "expected"), [("", None), ("   ", None), ("另行通知", "另行通知")])
def test_cells_without_a_deadline(text: str, expected: str | None) -> None:
    deadline = parse_deadline(text, issued_on=ISSUED)
    assert (deadline.text, deadline.kind, deadline.due) == (expected, DeadlineKind.NONE, None)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("放宽失业保险申领期限，2020年4月底前实现线上申领失业保险金。", ["2020年4月底前"]),
        ("2020年3月底前开放线上失业登记。", ["2020年3月底前"]),
        ("2022年底前完成改造。", ["2022年底前"]),
        ("于2021年6月30日前完成。", ["2021年6月30日前"]),
        ("本意见印发之日起30日内制定细则。", ["本意见印发之日起30日内"]),
        ("2021年6月底前完成摸底，2021年底前全面推开。", ["2021年6月底前", "2021年底前"]),
        ("于7月11日前与县供电公司完成衔接工作，确保电线杆迁移问题于7月底完成。", ["7月11日前", "7月底"]),
        ("县交运局负责督促汽车客运站在一周内完成旅游特色商品商店设置", ["一周内"]),
        ("新集镇负责督促凤凰山景区五天内完成旅游特色商品商店设置", ["五天内"]),
        ("于3月10日内完成。", ["3月10日内"]),
        ("自文件印发之日起30日内完成。", ["文件印发之日起30日内"]),
    ],
)
def test_completion_dates_inside_a_task(text: str, phrases: list[str]) -> None:
    assert [m.deadline.text for m in find_completion_dates(text, issued_on=ISSUED)] == phrases


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("督促汽车客运站在一周内完成商店设置", ISSUED + timedelta(weeks=1)),
        ("五天内完成整改", ISSUED + timedelta(days=5)),
        ("两个月内完成整改", date(2021, 2, 10)),
    ],
)
def test_a_period_to_finish_in_counts_from_the_document_date(text: str, due: date) -> None:
    (mention,) = find_completion_dates(text, issued_on=ISSUED)
    assert mention.deadline.due == due


@pytest.mark.parametrize(
    "text",
    [
        "2020年6月底前，允许工程建设项目暂缓缴存农民工工资保证金。",
        "受理截止期限为2020年12月31日。",
        "2020年1月1日起施行。",
        "对符合条件的申请，14个工作日内办结。",
        "对符合条件的申请，5个工作日内完成审批。",
        "受理后3日内完成审核。",
        "到2025年，基本建立制度框架。",
        "2021—2025年，每年安排资金。",
        "“十四五”期间，持续推进。",
        "扩大2020年硕士研究生招生规模。",
        "政策文件发布后3天内，公开政策解读信息。",  # counted from each policy document, not this one
    ],
)
def test_windows_limits_and_programme_periods_are_not_completion_dates(text: str) -> None:
    assert find_completion_dates(text, issued_on=ISSUED) == []


@given(
    st.text(max_size=120),
    st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))),
)
def test_never_raises_and_due_only_with_kind_date(text: str, issued: date | None) -> None:
    deadlines = [parse_deadline(text, issued_on=issued)] + [
        m.deadline for m in find_completion_dates(text, issued_on=issued)
    ]
    for deadline in deadlines:
        assert deadline.due is None or deadline.kind is DeadlineKind.DATE
        assert deadline.due != date.min


_DATE_TEXT = st.text(
    alphabet="2021〇二一十两年月日上下半第季度底末中旬份内今本当明全—-至 \t，。", max_size=16
)
_RELATIVE_TEXT = st.text(
    alphabet="30一十本意见方案文件印发布出台实施行之日起后个工作月天周年内 ，", max_size=20
)


@pytest.mark.parametrize(("pattern", "texts"), [(_DATE, _DATE_TEXT), (_RELATIVE, _RELATIVE_TEXT)])
@given(data=st.data())
def test_start_lookahead_only_skips_positions_where_nothing_matches(
    pattern: re.Pattern[str], texts: st.SearchStrategy[str], data: st.DataObject
) -> None:
    """The leading lookahead lists the characters a match can start with; without it, the matches are the same."""
    lookahead, rest = pattern.pattern.split(")", 1)
    assert lookahead.startswith("(?=[")
    bare = re.compile(rest)
    text = data.draw(texts)
    found = [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]
    assert found == [(m.span(), m.lastgroup, m.groups()) for m in bare.finditer(text)]


def test_a_completion_date_without_its_year_falls_in_the_documents_year() -> None:
    (mention,) = find_completion_dates("于7月17日前完成河道治理项目的征迁工作。", issued_on=date(2019, 7, 9))
    assert (mention.deadline.text, mention.deadline.due) == ("7月17日前", date(2019, 7, 17))
    assert find_completion_dates("于2月30日前完成。", issued_on=date(2019, 7, 9)) == []


def test_a_month_the_work_is_to_be_completed_in_is_its_deadline_not_a_month_it_was_done_in() -> None:
    found = find_completion_dates("建设自然村内道路硬化,预计2021年11月份完成。", issued_on=None)
    assert [(mention.deadline.text, mention.deadline.due) for mention in found] == [
        ("2021年11月份", date(2021, 11, 30))
    ]
    assert find_completion_dates("该项目已于2021年11月完成验收。", issued_on=None) == []
    assert find_completion_dates("确保年内完成投资60亿元。", issued_on=None) == []


def test_a_completion_date_due_again_each_year_keeps_its_every_and_is_ongoing() -> None:
    (mention,) = find_completion_dates(
        "各镇要建立信息员队伍,每年3月底前完成信息员的调整补充。", issued_on=None
    )
    assert (mention.deadline.text, mention.deadline.kind, mention.deadline.due) == (
        "每年3月底前",
        DeadlineKind.ONGOING,
        None,
    )
