"""Supervision warnings: one test per rule and per boundary, then how the rules combine."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from greenpolicy.core.model import DeadlineKind
from greenpolicy.core.warnings import (
    DEFAULT_THRESHOLDS,
    AcknowledgementFacts,
    Assessment,
    MilestoneFacts,
    Reason,
    ReasonCode,
    ReportFacts,
    TaskFacts,
    WarningLevel,
    WarningThresholds,
    assess,
    planned_progress,
)
from greenpolicy.core.workdays import WorkingCalendar

CALENDAR = WorkingCalendar.default()
TODAY = date(2026, 9, 30)  # a Wednesday, the last working day before the 国庆节 week


def dated(due_on: date | None, **kwargs: Any) -> TaskFacts:
    return TaskFacts(DeadlineKind.DATE, due_on, **kwargs)


def judge(facts: TaskFacts, *, thresholds: WarningThresholds = DEFAULT_THRESHOLDS) -> Assessment:
    return assess(facts, today=TODAY, calendar=CALENDAR, thresholds=thresholds)


def codes(assessment: Assessment) -> list[ReasonCode]:
    return [reason.code for reason in assessment.reasons]


def test_far_from_due_and_on_track_is_green_without_reasons() -> None:
    assert judge(dated(date(2026, 12, 31))) == Assessment(WarningLevel.GREEN, ())


def test_past_due_and_not_closed_is_red() -> None:
    assessment = judge(dated(date(2026, 9, 18)))
    assert assessment.level is WarningLevel.RED
    assert assessment.reasons == (Reason(ReasonCode.OVERDUE, "已逾期12天", WarningLevel.RED),)


def test_overdue_by_one_day_is_red() -> None:
    assessment = judge(dated(date(2026, 9, 29)))
    assert assessment.level is WarningLevel.RED
    assert assessment.reasons[0].message == "已逾期1天"


def test_due_today_is_not_yet_overdue_but_yellow() -> None:
    assessment = judge(dated(TODAY))
    assert assessment.level is WarningLevel.YELLOW
    assert assessment.reasons == (Reason(ReasonCode.DUE_SOON, "今日到期", WarningLevel.YELLOW),)


def test_due_in_twenty_days_is_yellow() -> None:
    assessment = judge(dated(date(2026, 10, 20)))
    assert assessment.level is WarningLevel.YELLOW
    assert assessment.reasons[0].message == "距完成时限还有20天"


def test_due_in_exactly_thirty_days_is_yellow() -> None:
    assert judge(dated(date(2026, 10, 30))).level is WarningLevel.YELLOW


def test_due_in_thirty_one_days_is_green() -> None:
    assert judge(dated(date(2026, 10, 31))).level is WarningLevel.GREEN


def test_due_soon_threshold_can_be_overridden() -> None:
    facts = dated(date(2026, 10, 20))
    assert judge(facts, thresholds=WarningThresholds(due_soon_days=15)).level is WarningLevel.GREEN
    assert judge(facts, thresholds=WarningThresholds(due_soon_days=20)).level is WarningLevel.YELLOW


def test_dated_task_without_a_computable_date_gets_a_note_not_a_colour() -> None:
    assessment = judge(dated(None))
    assert assessment.level is WarningLevel.GREEN
    assert codes(assessment) == [ReasonCode.DUE_DATE_UNKNOWN]


# Reports. From 9月30日, the working days are 10月8日, 9日, 10日 (a Saturday worked), 12日, 13日, 14日…


def test_report_past_due_and_not_submitted_is_red() -> None:
    report = ReportFacts(date(2026, 9, 25), cycle="2026年第三季度")
    assessment = judge(TaskFacts(DeadlineKind.ONGOING, None, reports=(report,)))
    assert assessment.level is WarningLevel.RED
    assert assessment.reasons == (
        Reason(ReasonCode.REPORT_OVERDUE, "2026年第三季度报告逾期未报", WarningLevel.RED),
    )


def test_report_without_a_cycle_is_named_by_its_due_date() -> None:
    assessment = judge(TaskFacts(DeadlineKind.ONGOING, None, reports=(ReportFacts(date(2026, 9, 25)),)))
    assert assessment.reasons[0].message == "2026年9月25日应报的报告逾期未报"


def test_report_submitted_late_is_no_longer_a_warning() -> None:
    report = ReportFacts(date(2026, 9, 25), submitted_on=date(2026, 9, 28))
    assert judge(TaskFacts(DeadlineKind.ONGOING, None, reports=(report,))).level is WarningLevel.GREEN


def test_report_submitted_after_today_was_not_submitted_as_of_today() -> None:
    report = ReportFacts(date(2026, 9, 25), submitted_on=date(2026, 10, 8))
    assert judge(TaskFacts(DeadlineKind.ONGOING, None, reports=(report,))).level is WarningLevel.RED


def test_report_due_today_and_not_submitted_is_yellow() -> None:
    report = ReportFacts(TODAY, cycle="9月")
    assessment = judge(TaskFacts(DeadlineKind.ONGOING, None, reports=(report,)))
    assert assessment.reasons == (Reason(ReasonCode.REPORT_DUE_SOON, "9月报告今日截止", WarningLevel.YELLOW),)


def test_report_due_within_five_working_days_is_yellow() -> None:
    # 10月13日 is 13 calendar days away but only 5 working days, the holiday week in between.
    report = ReportFacts(date(2026, 10, 13), cycle="2026年第三季度")
    assessment = judge(TaskFacts(DeadlineKind.ONGOING, None, reports=(report,)))
    assert assessment.level is WarningLevel.YELLOW
    assert assessment.reasons[0].message == "2026年第三季度报告还有5个工作日截止"


def test_report_due_in_six_working_days_is_green() -> None:
    report = ReportFacts(date(2026, 10, 14))
    assert judge(TaskFacts(DeadlineKind.ONGOING, None, reports=(report,))).level is WarningLevel.GREEN


def test_report_due_soon_but_already_submitted_is_green() -> None:
    report = ReportFacts(date(2026, 10, 13), submitted_on=date(2026, 9, 29))
    assert judge(TaskFacts(DeadlineKind.ONGOING, None, reports=(report,))).level is WarningLevel.GREEN


def test_report_warning_window_can_be_overridden() -> None:
    facts = TaskFacts(DeadlineKind.ONGOING, None, reports=(ReportFacts(date(2026, 10, 14)),))
    assert (
        judge(facts, thresholds=WarningThresholds(report_due_soon_working_days=6)).level
        is WarningLevel.YELLOW
    )


def test_every_overdue_report_gets_its_own_reason_oldest_first() -> None:
    reports = (ReportFacts(date(2026, 7, 25), cycle="7月"), ReportFacts(date(2026, 6, 25), cycle="6月"))
    assessment = judge(TaskFacts(DeadlineKind.ONGOING, None, reports=reports))
    assert [reason.message for reason in assessment.reasons] == ["6月报告逾期未报", "7月报告逾期未报"]


# Planned progress (序时进度).


def test_planned_progress_follows_the_last_milestone_reached() -> None:
    milestones = tuple(
        MilestoneFacts(due, percent)
        for due, percent in [
            (date(2026, 3, 31), 25),
            (date(2026, 6, 30), 50),
            (date(2026, 9, 30), 75),
            (date(2026, 12, 31), 100),
        ]
    )
    facts = dated(date(2026, 12, 31), start_on=date(2026, 1, 1), milestones=milestones)
    assert planned_progress(facts, today=date(2026, 3, 30)) == 0
    assert planned_progress(facts, today=date(2026, 3, 31)) == 25
    assert planned_progress(facts, today=date(2026, 9, 29)) == 50
    assert planned_progress(facts, today=TODAY) == 75
    assert planned_progress(facts, today=date(2027, 1, 1)) == 100


def test_milestones_take_precedence_over_linear_progress() -> None:
    milestones = (MilestoneFacts(date(2026, 12, 31), 100), MilestoneFacts(date(2026, 6, 30), 30))
    facts = dated(date(2026, 12, 31), start_on=date(2026, 1, 1), milestones=milestones)
    assert planned_progress(facts, today=TODAY) == 30  # linear would be 74


def test_planned_progress_is_linear_between_start_and_due_date_without_milestones() -> None:
    facts = dated(date(2026, 12, 31), start_on=date(2026, 7, 1))
    assert planned_progress(facts, today=date(2026, 6, 1)) == 0
    assert planned_progress(facts, today=date(2026, 7, 1)) == 0
    assert planned_progress(facts, today=TODAY) == 49  # 91 of 183 days, rounded down
    assert planned_progress(facts, today=date(2026, 12, 31)) == 100
    assert planned_progress(facts, today=date(2027, 3, 1)) == 100


def test_planned_progress_is_unknown_without_a_start_or_for_undated_tasks() -> None:
    assert planned_progress(dated(date(2026, 12, 31)), today=TODAY) is None
    for kind in (DeadlineKind.ONGOING, DeadlineKind.CONDITIONAL, DeadlineKind.NONE):
        assert planned_progress(TaskFacts(kind, None, start_on=date(2026, 1, 1)), today=TODAY) is None


def test_ongoing_task_with_milestones_has_planned_progress() -> None:
    facts = TaskFacts(DeadlineKind.ONGOING, None, milestones=(MilestoneFacts(date(2026, 6, 30), 40),))
    assert planned_progress(facts, today=TODAY) == 40


def test_behind_planned_progress_by_more_than_ten_points_is_yellow() -> None:
    facts = dated(date(2026, 12, 31), start_on=date(2026, 7, 1), reported_percent=34)  # planned 49
    assessment = judge(facts)
    assert assessment.level is WarningLevel.YELLOW
    assert assessment.reasons == (
        Reason(ReasonCode.BEHIND_PLAN, "进度落后序时进度15个百分点", WarningLevel.YELLOW),
    )


def test_behind_planned_progress_by_exactly_the_margin_is_green() -> None:
    facts = dated(date(2026, 12, 31), start_on=date(2026, 7, 1), reported_percent=39)  # planned 49
    assert judge(facts).level is WarningLevel.GREEN


def test_ahead_of_planned_progress_is_green() -> None:
    facts = dated(date(2026, 12, 31), start_on=date(2026, 7, 1), reported_percent=80)
    assert judge(facts).level is WarningLevel.GREEN


def test_behind_plan_margin_can_be_overridden() -> None:
    facts = dated(date(2026, 12, 31), start_on=date(2026, 7, 1), reported_percent=39)  # 10 points behind
    assert judge(facts, thresholds=WarningThresholds(behind_plan_margin=5)).level is WarningLevel.YELLOW


def test_no_reported_progress_is_not_judged_behind() -> None:
    assert judge(dated(date(2026, 12, 31), start_on=date(2026, 1, 1))).level is WarningLevel.GREEN


def test_ongoing_task_behind_its_milestones_is_yellow() -> None:
    facts = TaskFacts(
        DeadlineKind.ONGOING, None, reported_percent=20, milestones=(MilestoneFacts(date(2026, 6, 30), 50),)
    )
    assert codes(judge(facts)) == [ReasonCode.BEHIND_PLAN]


# Kinds of deadline.


def test_conditional_task_awaiting_its_trigger_is_grey() -> None:
    assessment = judge(TaskFacts(DeadlineKind.CONDITIONAL, None))
    assert assessment.level is WarningLevel.GREY
    assert assessment.reasons == (
        Reason(ReasonCode.AWAITING_TRIGGER, "视国家政策出台情况，待触发", WarningLevel.GREY),
    )


def test_conditional_task_awaiting_its_trigger_ignores_progress() -> None:
    facts = TaskFacts(
        DeadlineKind.CONDITIONAL,
        None,
        reported_percent=0,
        milestones=(MilestoneFacts(date(2026, 6, 30), 50),),
    )
    assert judge(facts).level is WarningLevel.GREY


def test_conditional_task_awaiting_its_trigger_still_owes_its_reports() -> None:
    facts = TaskFacts(DeadlineKind.CONDITIONAL, None, reports=(ReportFacts(date(2026, 9, 25)),))
    assessment = judge(facts)
    assert assessment.level is WarningLevel.RED
    assert codes(assessment) == [ReasonCode.REPORT_OVERDUE, ReasonCode.AWAITING_TRIGGER]


def test_triggered_conditional_task_is_judged_by_its_reports() -> None:
    on_time = TaskFacts(DeadlineKind.CONDITIONAL, None, trigger_met=True)
    assert judge(on_time) == Assessment(WarningLevel.GREEN, ())
    late = TaskFacts(
        DeadlineKind.CONDITIONAL, None, trigger_met=True, reports=(ReportFacts(date(2026, 9, 25)),)
    )
    assert codes(judge(late)) == [ReasonCode.REPORT_OVERDUE]


def test_ongoing_task_has_no_due_date_warning() -> None:
    assert judge(TaskFacts(DeadlineKind.ONGOING, None)) == Assessment(WarningLevel.GREEN, ())


def test_task_without_deadline_gets_a_note_but_stays_green() -> None:
    assessment = judge(TaskFacts(DeadlineKind.NONE, None))
    assert assessment == Assessment(
        WarningLevel.GREEN, (Reason(ReasonCode.NO_DEADLINE, "未明确完成时限", WarningLevel.GREEN),)
    )


def test_task_without_deadline_is_judged_by_its_reports() -> None:
    facts = TaskFacts(DeadlineKind.NONE, None, reports=(ReportFacts(date(2026, 10, 9)),))
    assessment = judge(facts)
    assert assessment.level is WarningLevel.YELLOW
    assert codes(assessment) == [ReasonCode.REPORT_DUE_SOON, ReasonCode.NO_DEADLINE]


# Closing and combining.


@pytest.mark.parametrize(
    "facts",
    [
        dated(date(2026, 1, 1), reported_percent=0, reports=(ReportFacts(date(2026, 9, 1)),)),
        TaskFacts(DeadlineKind.CONDITIONAL, None, closed=True),
        TaskFacts(DeadlineKind.NONE, None),
    ],
)
def test_closed_task_is_green_whatever_else_holds(facts: TaskFacts) -> None:
    assert judge(replace(facts, closed=True)) == Assessment(
        WarningLevel.GREEN, (Reason(ReasonCode.CLOSED, "已销号", WarningLevel.GREEN),)
    )


def test_reported_complete_but_not_closed_is_still_overdue() -> None:
    assert judge(dated(date(2026, 9, 1), reported_percent=100)).level is WarningLevel.RED


def test_worst_level_wins_and_every_rule_is_listed_worst_first() -> None:
    facts = dated(
        date(2026, 10, 20),
        start_on=date(2026, 1, 1),
        reported_percent=10,
        reports=(ReportFacts(date(2026, 10, 12), cycle="9月"), ReportFacts(date(2026, 8, 25), cycle="8月")),
    )
    assessment = judge(facts)
    assert assessment.level is WarningLevel.RED
    assert codes(assessment) == [
        ReasonCode.REPORT_OVERDUE,
        ReasonCode.DUE_SOON,
        ReasonCode.BEHIND_PLAN,
        ReasonCode.REPORT_DUE_SOON,
    ]
    assert [reason.level for reason in assessment.reasons] == [
        WarningLevel.RED,
        WarningLevel.YELLOW,
        WarningLevel.YELLOW,
        WarningLevel.YELLOW,
    ]


def test_severity_sorts_levels_worst_first() -> None:
    levels = [WarningLevel.GREEN, WarningLevel.GREY, WarningLevel.RED, WarningLevel.YELLOW]
    assert sorted(levels, key=lambda level: level.severity, reverse=True) == [
        WarningLevel.RED,
        WarningLevel.YELLOW,
        WarningLevel.GREEN,
        WarningLevel.GREY,
    ]


def test_levels_are_their_english_colour_names() -> None:
    assert [str(level) for level in WarningLevel] == ["red", "yellow", "green", "grey"]


@pytest.mark.parametrize("percent", [-1, 101])
def test_percentages_outside_zero_to_hundred_are_rejected(percent: int) -> None:
    with pytest.raises(ValueError, match="percent"):
        MilestoneFacts(date(2026, 3, 31), percent)
    with pytest.raises(ValueError, match="percent"):
        dated(date(2026, 12, 31), reported_percent=percent)


def test_negative_thresholds_are_rejected() -> None:
    with pytest.raises(ValueError, match="negative"):
        WarningThresholds(due_soon_days=-1)


def test_assignment_not_acknowledged_by_its_deadline_is_yellow() -> None:
    facts = dated(date(2027, 6, 30), acknowledgements=(AcknowledgementFacts("市科技局", date(2026, 9, 29)),))
    assessment = judge(facts)
    assert assessment.level == WarningLevel.YELLOW
    assert [(r.code, r.message) for r in assessment.reasons] == [
        (ReasonCode.ACKNOWLEDGEMENT_OVERDUE, "市科技局逾期未签收（应于2026年9月29日前签收）")
    ]


def test_acknowledgement_due_today_or_made_is_not_a_warning() -> None:
    pending_today = AcknowledgementFacts("市科技局", TODAY)
    made = AcknowledgementFacts("市水利局", date(2026, 9, 1), acknowledged_on=date(2026, 9, 2))
    assert judge(dated(date(2027, 6, 30), acknowledgements=(pending_today, made))).level == WarningLevel.GREEN


def test_acknowledgement_made_after_the_day_assessed_still_counts_as_missing() -> None:
    late = AcknowledgementFacts("市科技局", date(2026, 9, 20), acknowledged_on=date(2026, 10, 9))
    assert judge(dated(date(2027, 6, 30), acknowledgements=(late,))).level == WarningLevel.YELLOW
