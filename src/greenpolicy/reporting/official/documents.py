"""The official documents of a reporting cycle, as .docx bytes laid out to GB/T 9704-2012 (see `layout`).

- `compiled_progress_report`: 进展情况汇总报告, every task by area with its lead department's report.
- `department_report`: one department's report on its tasks in the cycle.
- `reminder_notice`: 催办通知 to the departments that have not reported.
- `bulletin`: 通报 naming overdue tasks, tasks behind 序时进度, and departments that reported late or not at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, wraps

from django.utils import timezone, translation

from greenpolicy.accounts.models import Department, User
from greenpolicy.core.warnings import Assessment, ReasonCode, WarningLevel
from greenpolicy.ledger.choices import AssignmentRole, TaskKind, TaskStatus
from greenpolicy.ledger.models import Task
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportKind, ReportState
from greenpolicy.reporting.official.layout import OfficialDocument, cn_date
from greenpolicy.reporting.permissions import can_read
from greenpolicy.reporting.queries import cycle_compliance
from greenpolicy.reporting.warnings import assess_tasks

__all__ = [
    "WARNING_LABELS",
    "bulletin",
    "compiled_progress_report",
    "cycle_facts",
    "department_report",
    "reminder_notice",
]

WARNING_LABELS = {
    WarningLevel.RED: "红色预警",
    WarningLevel.YELLOW: "黄色预警",
    WarningLevel.GREEN: "正常推进",
    WarningLevel.GREY: "待条件触发",
}
_OFFICE = "督查督办办公室"


@dataclass(frozen=True)
class CycleFacts:
    """What the documents read of a cycle, in a fixed number of queries."""

    cycle: ReportingCycle
    tasks: list[Task]  # in document order, assignments and milestones prefetched
    reports: list[ProgressReport]
    assessments: dict[int, Assessment]
    today: date

    def lead_report(self, task: Task) -> ProgressReport | None:
        return self._by_task_and_department.get((task.pk, None))

    def report_of(self, task: Task, department: Department) -> ProgressReport | None:
        return self._by_task_and_department.get((task.pk, department.pk))

    @cached_property
    def _by_task_and_department(self) -> dict[tuple[int, int | None], ProgressReport]:
        """Each report under (task, department), each lead report also under (task, None): one pass, not one a task."""
        index: dict[tuple[int, int | None], ProgressReport] = {}
        for report in self.reports:
            index[(report.task_id, report.department_id)] = report
            if report.kind == ReportKind.LEAD_REPORT:
                index.setdefault((report.task_id, None), report)
        return index

    def overdue(self) -> list[Task]:
        return [task for task in self.tasks if _has(self.assessments[task.pk], ReasonCode.OVERDUE)]

    def behind_plan(self) -> list[Task]:
        return [task for task in self.tasks if _has(self.assessments[task.pk], ReasonCode.BEHIND_PLAN)]

    def returned(self) -> list[ProgressReport]:
        return [report for report in self.reports if report.state == ReportState.RETURNED]


def cycle_facts(cycle: ReportingCycle, today: date | None = None) -> CycleFacts:
    today = today or timezone.localdate()
    tasks = list(Task.objects.filter(cycles=cycle).for_ledger().order_by("position"))
    reports = list(ProgressReport.objects.filter(cycle=cycle).select_related("department", "task"))
    return CycleFacts(cycle, tasks, reports, assess_tasks(tasks, today=today), today)


def _in_chinese[**P](build: Callable[P, bytes]) -> Callable[P, bytes]:
    """A 公文 is written in Chinese whatever the language of the page that asks for it: labels (已交办) included."""

    @wraps(build)
    def built(*args: P.args, **kwargs: P.kwargs) -> bytes:
        with translation.override(None):
            return build(*args, **kwargs)

    return built


def _has(assessment: Assessment, code: ReasonCode) -> bool:
    return any(reason.code == code for reason in assessment.reasons)


def _issuer(cycle: ReportingCycle) -> str:
    department = cycle.created_by.department
    return department.name if department else _OFFICE


def _lead_names(task: Task) -> str:
    return "、".join(str(a.department) for a in task.lead_assignments()) or "未明确"


def _task_label(task: Task) -> str:
    """重点任务6：出台《…》 — the task's kind and number as the document writes them, then its text."""
    text = task.text if len(task.text) <= 60 else f"{task.text[:60]}……"
    return f"{TaskKind(task.kind).label}{task.number}：{text}" if task.number else text


def _write_report(doc: OfficialDocument, report: ProgressReport | None, reader: User) -> None:
    """A filed report's texts (as its `reader` may read them), else why there are none yet."""
    if report is None or report.filed_at is None or not can_read(reader, report):
        awaiting = report is not None and report.state == ReportState.SUBMITTED
        doc.para("本期报告尚待报送单位负责人审签。" if awaiting else "本期尚未报送进展情况。")
        return
    percent = f"{report.percent}%" if report.percent is not None else "未填报"
    doc.para(f"{report.department}；完成进度：{percent}。", label="报送单位")
    doc.para(report.progress or "无。", label="进展情况")
    doc.para(report.problems or "无。", label="存在问题")
    doc.para(report.next_steps or "无。", label="下步计划")


def statistics(facts: CycleFacts) -> list[list[str]]:
    """Rows of the statistics table: tasks by status, then by warning, then the total."""
    statuses = Counter(task.status for task in facts.tasks)
    levels = Counter(facts.assessments[task.pk].level for task in facts.tasks)
    rows = [
        ["任务状态", str(status.label), str(statuses[status])] for status in TaskStatus if statuses[status]
    ]
    rows += [
        ["预警等级", WARNING_LABELS[level], str(levels[level])] for level in WarningLevel if levels[level]
    ]
    return [*rows, ["合计", "任务总数", str(len(facts.tasks))]]


@_in_chinese
def compiled_progress_report(cycle: ReportingCycle, *, reader: User, today: date | None = None) -> bytes:
    facts = cycle_facts(cycle, today)
    document = cycle.document
    doc = OfficialDocument()
    doc.title(f"关于{cycle.name}重点任务进展情况的汇总报告")
    doc.recipients("、".join(document.issuers) or "市人民政府")
    number = f"（{document.doc_number}）" if document.doc_number else ""
    doc.para(
        f"根据《{document.title}》{number}要求，现将{cycle.name}各牵头单位报送的任务进展情况汇总报告如下。"
    )
    doc.heading1("总体情况")
    filed = sum(1 for r in facts.reports if r.kind == ReportKind.LEAD_REPORT and r.filed_at is not None)
    leads = sum(1 for r in facts.reports if r.kind == ReportKind.LEAD_REPORT)
    doc.para(f"本期共督办任务{len(facts.tasks)}项，应报送牵头单位报告{leads}份，已报送{filed}份。")
    doc.table(["类别", "项目", "任务数（项）"], statistics(facts))
    doc.heading1("各项任务进展情况")
    areas: dict[str, list[Task]] = {}
    for task in facts.tasks:
        areas.setdefault(task.area or "其他任务", []).append(task)
    for area, tasks in areas.items():
        doc.heading2(area)
        for index, task in enumerate(tasks, start=1):
            doc.heading3(index, _task_label(task))
            doc.para(f"{_lead_names(task)}。", label="牵头单位")
            _write_report(doc, facts.lead_report(task), reader)
    doc.heading1("逾期及退回事项")
    overdue, returned = facts.overdue(), facts.returned()
    for task in overdue:
        doc.para(f"{_task_label(task)}（牵头单位：{_lead_names(task)}）已超过完成时限。", label="逾期")
    for report in returned:
        reason = f"，退回理由：{report.return_reason}" if report.return_reason else ""
        doc.para(
            f"{report.department}报送的“{_task_label(report.task)}”进展情况被退回{reason}。",
            label="退回",
        )
    if not overdue and not returned:
        doc.para("本期无逾期及退回事项。")
    doc.signature(_issuer(cycle), facts.today)
    return doc.to_bytes()


@_in_chinese
def department_report(
    cycle: ReportingCycle, department: Department, *, reader: User, today: date | None = None
) -> bytes:
    facts = cycle_facts(cycle, today)
    doc = OfficialDocument()
    doc.title(f"{department.name}关于{cycle.name}重点任务进展情况的报告")
    doc.recipients(_issuer(cycle))
    doc.para(f"现将我单位{cycle.name}牵头及配合的任务进展情况报告如下。")
    for role, heading in ((AssignmentRole.LEAD, "牵头任务"), (AssignmentRole.CO, "配合任务")):
        doc.heading1(heading)
        mine = [
            t
            for t in facts.tasks
            if any(a.department_id == department.pk and a.role == role for a in t.assignments.all())
        ]
        for index, task in enumerate(mine, start=1):
            doc.heading3(index, _task_label(task))
            _write_report(doc, facts.report_of(task, department), reader)
        if not mine:
            doc.para("无。")
    doc.signature(department.name, facts.today)
    return doc.to_bytes()


@_in_chinese
def reminder_notice(
    cycle: ReportingCycle, departments: Sequence[Department] | None = None, *, today: date | None = None
) -> bytes:
    """催办通知 to `departments` (by default every department with a report not yet filed) on what they still owe."""
    today = today or timezone.localdate()
    wanted = None if departments is None else {department.pk for department in departments}
    rows = [
        row
        for row in cycle_compliance(cycle)
        if row.not_filed and (wanted is None or row.department_id in wanted)
    ]
    doc = OfficialDocument()
    doc.title(f"关于催报{cycle.name}重点任务进展情况的通知")
    doc.recipients("、".join(row.department_name for row in rows) or "各有关单位")
    doc.para(
        f"{cycle.name}任务进展情况报送截止日期为{cn_date(cycle.due_on)}。截至{cn_date(today)}，以下单位尚有事项未报送，请于收到本通知后3个工作日内报送。"
    )
    for index, row in enumerate(rows, start=1):
        labels = "、".join(line.task_label for line in row.not_filed)
        doc.heading3(index, row.department_name)
        doc.para(f"未报送{len(row.not_filed)}项：{labels}。")
    doc.signature(_issuer(cycle), today)
    return doc.to_bytes()


@_in_chinese
def bulletin(cycle: ReportingCycle, *, today: date | None = None) -> bytes:
    """通报: tasks overdue or behind 序时进度, and departments that reported late or not at all."""
    facts = cycle_facts(cycle, today)
    doc = OfficialDocument()
    doc.title(f"关于{cycle.name}重点任务推进情况的通报")
    doc.recipients("各有关单位")
    doc.para(
        f"为推动《{cycle.document.title}》各项任务落地见效，现将{cycle.name}任务推进及报送情况通报如下。"
    )
    doc.heading1("进度滞后的任务")
    for heading, tasks, code in (
        ("超过完成时限的任务", facts.overdue(), ReasonCode.OVERDUE),
        ("落后于序时进度的任务", facts.behind_plan(), ReasonCode.BEHIND_PLAN),
    ):
        doc.heading2(heading)
        for index, task in enumerate(tasks, start=1):
            reason = next(r.message for r in facts.assessments[task.pk].reasons if r.code == code).rstrip(
                "。"
            )
            doc.para(f"{index}. {_task_label(task)}（牵头单位：{_lead_names(task)}）：{reason}。")
        if not tasks:
            doc.para("无。")
    doc.heading1("报送不及时的单位")
    slow = [row for row in cycle_compliance(cycle) if row.late or row.not_filed]
    for index, row in enumerate(slow, start=1):
        doc.para(f"{index}. {row.department_name}：逾期报送{len(row.late)}项，未报送{len(row.not_filed)}项。")
    if not slow:
        doc.para("无。")
    doc.heading1("有关要求")
    doc.para("请被通报单位高度重视，认真分析原因，加快推进相关工作，按时报送进展情况。")
    doc.signature(_issuer(cycle), facts.today)
    return doc.to_bytes()
