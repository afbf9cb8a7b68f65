"""The red/yellow/green/grey warnings of supervision (督办预警), as pure rules over a task's facts on a given day.

- red: past the due date and not closed; a report whose due date has passed without it being submitted.
- yellow: due within `due_soon_days` calendar days (due today included); reported progress behind planned progress
  (序时进度) by more than `behind_plan_margin` points; a report not yet submitted and due within
  `report_due_soon_working_days` working days.
- yellow too: a department that has not acknowledged its assignment (签收) by the date it was due.
- grey: a conditional task (视国家政策出台情况…) whose trigger has not come; its reports still count.
- green: none of the above.

The due date and linear planned progress count only for dated tasks (`DeadlineKind.DATE`). Ongoing tasks, conditional
tasks whose trigger has come, and tasks with no deadline are judged by their reports and milestones; the last also get
a note that no deadline was set, which is green: a note, not a warning. A closed task (销号) is green and nothing
else counts; only closing completes a task, so a task reported 100% done but not closed is still overdue after its
due date. All judgements are as of `today`: a report submitted after `today` had not been submitted then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from greenpolicy.core.model import DeadlineKind
from greenpolicy.core.workdays import WorkingCalendar


class WarningLevel(StrEnum):
    """A warning colour."""

    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    GREY = "grey"

    @property
    def severity(self) -> int:
        """Higher is worse; sort with `reverse=True` for worst first. Grey is lowest: it waits, nothing to chase."""
        return _SEVERITY[self]


_SEVERITY = {WarningLevel.RED: 3, WarningLevel.YELLOW: 2, WarningLevel.GREEN: 1, WarningLevel.GREY: 0}


class ReasonCode(StrEnum):
    """Which rule gave a reason."""

    CLOSED = "closed"
    OVERDUE = "overdue"
    REPORT_OVERDUE = "report_overdue"
    DUE_SOON = "due_soon"
    BEHIND_PLAN = "behind_plan"
    REPORT_DUE_SOON = "report_due_soon"
    AWAITING_TRIGGER = "awaiting_trigger"
    ACKNOWLEDGEMENT_OVERDUE = "acknowledgement_overdue"
    NO_DEADLINE = "no_deadline"  # kind none: nothing stated
    DUE_DATE_UNKNOWN = "due_date_unknown"  # kind date, but the date could not be computed (no issue year)


@dataclass(frozen=True, slots=True)
class WarningThresholds:
    """How early warnings start and how much lag is tolerated."""

    due_soon_days: int = 30  # calendar days
    report_due_soon_working_days: int = 5
    behind_plan_margin: int = 10  # percentage points

    def __post_init__(self) -> None:
        if min(self.due_soon_days, self.report_due_soon_working_days, self.behind_plan_margin) < 0:
            raise ValueError(f"thresholds must not be negative: {self}")


DEFAULT_THRESHOLDS = WarningThresholds()


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """One reporting cycle's report from the lead department: when it is due and when it was submitted."""

    due_on: date
    submitted_on: date | None = None
    cycle: str | None = None  # as named in messages, e.g. 2021年第一季度


@dataclass(frozen=True, slots=True)
class AcknowledgementFacts:
    """A department's receipt of its assignment (签收): by when it is due and when it was made."""

    department: str
    due_on: date
    acknowledged_on: date | None = None


@dataclass(frozen=True, slots=True)
class MilestoneFacts:
    """A milestone (形象进度): the cumulative percent planned by its date."""

    due_on: date
    planned_percent: int

    def __post_init__(self) -> None:
        _check_percent(self.planned_percent)


@dataclass(frozen=True, slots=True)
class TaskFacts:
    """What supervision knows about one task on the day of assessment."""

    deadline_kind: DeadlineKind
    due_on: date | None
    closed: bool = False  # 销号
    trigger_met: bool = False  # conditional tasks: the national policy they wait on has been issued
    start_on: date | None = None  # when the work started, for linear planned progress
    reported_percent: int | None = None  # progress as last reported
    milestones: tuple[MilestoneFacts, ...] = ()
    reports: tuple[ReportFacts, ...] = ()
    acknowledgements: tuple[AcknowledgementFacts, ...] = ()

    def __post_init__(self) -> None:
        if self.reported_percent is not None:
            _check_percent(self.reported_percent)


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that fired, with its colour and a message for people."""

    code: ReasonCode
    message: str  # Chinese, for the people who read the warning
    level: WarningLevel


@dataclass(frozen=True, slots=True)
class Assessment:
    """A task's warning level and every reason for it, worst first."""

    level: WarningLevel
    reasons: tuple[Reason, ...]


def planned_progress(facts: TaskFacts, *, today: date) -> int | None:
    """序时进度 in percent: the last milestone reached, else linear from start to due date; None when unknown."""
    if facts.milestones:
        reached = [m for m in facts.milestones if m.due_on <= today]
        return max(reached, key=lambda m: m.due_on).planned_percent if reached else 0
    if facts.deadline_kind is not DeadlineKind.DATE or facts.due_on is None or facts.start_on is None:
        return None
    if today <= facts.start_on:
        return 0
    if today >= facts.due_on:
        return 100
    # Rounded down: a department is not held to a fraction of a point it has not yet reached.
    return (today - facts.start_on).days * 100 // (facts.due_on - facts.start_on).days


def assess(
    facts: TaskFacts,
    *,
    today: date,
    calendar: WorkingCalendar,
    thresholds: WarningThresholds = DEFAULT_THRESHOLDS,
) -> Assessment:
    """The warning level of a task as of `today`, with every rule that fired."""
    if facts.closed:
        return Assessment(WarningLevel.GREEN, (Reason(ReasonCode.CLOSED, "已销号", WarningLevel.GREEN),))
    awaiting = facts.deadline_kind is DeadlineKind.CONDITIONAL and not facts.trigger_met
    reasons: list[Reason] = []
    if awaiting:
        reasons.append(Reason(ReasonCode.AWAITING_TRIGGER, "视国家政策出台情况，待触发", WarningLevel.GREY))
    else:
        reasons.extend(_deadline_reasons(facts, today, thresholds))
        reasons.extend(_progress_reasons(facts, today, thresholds))
    reasons.extend(_report_reasons(facts.reports, today, calendar, thresholds))
    reasons.extend(_acknowledgement_reasons(facts.acknowledgements, today))
    reasons.sort(key=lambda reason: reason.level.severity, reverse=True)  # stable: rule order within a level
    level = reasons[0].level if reasons else WarningLevel.GREEN
    return Assessment(level, tuple(reasons))


def _deadline_reasons(facts: TaskFacts, today: date, thresholds: WarningThresholds) -> list[Reason]:
    if facts.deadline_kind is DeadlineKind.NONE:
        return [Reason(ReasonCode.NO_DEADLINE, "未明确完成时限", WarningLevel.GREEN)]
    if facts.deadline_kind is not DeadlineKind.DATE:
        return []
    if facts.due_on is None:
        return [Reason(ReasonCode.DUE_DATE_UNKNOWN, "完成时限未能确定具体日期", WarningLevel.GREEN)]
    days_left = (facts.due_on - today).days
    if days_left < 0:
        return [Reason(ReasonCode.OVERDUE, f"已逾期{-days_left}天", WarningLevel.RED)]
    if days_left == 0:
        return [Reason(ReasonCode.DUE_SOON, "今日到期", WarningLevel.YELLOW)]
    if days_left <= thresholds.due_soon_days:
        return [Reason(ReasonCode.DUE_SOON, f"距完成时限还有{days_left}天", WarningLevel.YELLOW)]
    return []


def _progress_reasons(facts: TaskFacts, today: date, thresholds: WarningThresholds) -> list[Reason]:
    planned = planned_progress(facts, today=today)
    if planned is None or facts.reported_percent is None:
        return []
    lag = planned - facts.reported_percent
    if lag <= thresholds.behind_plan_margin:
        return []
    return [Reason(ReasonCode.BEHIND_PLAN, f"进度落后序时进度{lag}个百分点", WarningLevel.YELLOW)]


def _report_reasons(
    reports: tuple[ReportFacts, ...], today: date, calendar: WorkingCalendar, thresholds: WarningThresholds
) -> list[Reason]:
    reasons: list[Reason] = []
    for report in sorted(reports, key=lambda r: r.due_on):
        if report.submitted_on is not None and report.submitted_on <= today:
            continue
        label = f"{report.cycle}报告" if report.cycle else f"{_cn_date(report.due_on)}应报的报告"
        if report.due_on < today:
            reasons.append(Reason(ReasonCode.REPORT_OVERDUE, f"{label}逾期未报", WarningLevel.RED))
            continue
        working_days_left = calendar.working_days_between(today, report.due_on)
        if working_days_left > thresholds.report_due_soon_working_days:
            continue
        message = (
            f"{label}今日截止" if report.due_on == today else f"{label}还有{working_days_left}个工作日截止"
        )
        reasons.append(Reason(ReasonCode.REPORT_DUE_SOON, message, WarningLevel.YELLOW))
    return reasons


def _acknowledgement_reasons(acknowledgements: tuple[AcknowledgementFacts, ...], today: date) -> list[Reason]:
    """An assignment not acknowledged by its date is yellow: the department may not know its task yet."""
    return [
        Reason(
            ReasonCode.ACKNOWLEDGEMENT_OVERDUE,
            f"{item.department}逾期未签收（应于{_cn_date(item.due_on)}前签收）",
            WarningLevel.YELLOW,
        )
        for item in acknowledgements
        if item.due_on < today and (item.acknowledged_on is None or item.acknowledged_on > today)
    ]


def _cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _check_percent(value: int) -> None:
    if not 0 <= value <= 100:
        raise ValueError(f"percent out of 0..100: {value}")
