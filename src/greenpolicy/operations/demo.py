"""A programme in motion for newcomers: users of several departments and two cycles with reports in every state.

Everything goes through the services, so the audit trail, notifications and warnings are those of real use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from greenpolicy.accounts.models import Department, Role, User
from greenpolicy.accounts.passwords import new_password
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.ledger.services import supervision
from greenpolicy.operations.firstrun import prepare
from greenpolicy.reporting import services as reporting
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportKind

# (username, name, department short name, role)
PEOPLE = (
    ("duban", "督办员", "市发展改革委", Role.SUPERVISOR),
    ("sfj-duban", "司法局督办员", "市司法局", Role.SUPERVISOR),
    ("lingdao", "分管领导", "市发展改革委", Role.LEADER),
    ("fgw-lly", "发展改革委联络员", "市发展改革委", Role.REPORTER),
    ("fgw-fzr", "发展改革委负责人", "市发展改革委", Role.APPROVER),
    ("kjj-lly", "科技局联络员", "市科技局", Role.REPORTER),
    ("kjj-fzr", "科技局负责人", "市科技局", Role.APPROVER),
    ("scjg-lly", "市场监管局联络员", "市市场监管局", Role.REPORTER),
    ("jxw-lly", "经济信息委联络员", "市经济信息委", Role.REPORTER),
    ("jxw-fzr", "经济信息委负责人", "市经济信息委", Role.APPROVER),
    ("sthj-lly", "生态环境局联络员", "市生态环境局", Role.REPORTER),
    ("sthj-fzr", "生态环境局负责人", "市生态环境局", Role.APPROVER),
)


@dataclass(frozen=True)
class Demo:
    passwords: dict[str, str]  # new users only: printed once
    cycles: list[ReportingCycle]


@transaction.atomic
def build_demo(today: date | None = None) -> Demo:
    """Add the demonstration; refuses to run twice (its users already exist)."""
    today = today or timezone.localdate()
    if User.objects.filter(username=PEOPLE[0][0]).exists():
        raise ValueError("演示数据已存在")
    prepare()
    passwords = {}
    people: dict[str, User] = {}
    for username, name, short_name, role in PEOPLE:
        password = new_password()
        department = Department.objects.get(short_name=short_name)
        people[username] = User.objects.create_user(
            username, password=password, first_name=name, department=department, role=role,
            email=f"{username}@example.gov.cn",
        )  # fmt: skip
        passwords[username] = password
    document = PolicyDocument.objects.filter(superseded_by__isnull=True).order_by("pk").first()
    assert document is not None  # noqa: S101 - prepare() loads the sample
    office = people["duban"]
    previous = reporting.open_cycle(
        document, actor=office, name=_quarter_name(today - timedelta(days=90)),
        opens_on=today - timedelta(days=100), due_on=today - timedelta(days=70),
    )  # fmt: skip
    _walk_previous_cycle(previous, people)
    current = reporting.open_cycle(
        document, actor=office, name=_quarter_name(today), opens_on=today - timedelta(days=10),
        due_on=today + timedelta(days=4), co_input_due_on=today + timedelta(days=1),
    )  # fmt: skip
    _walk_current_cycle(current, people)
    return Demo(passwords, [previous, current])


def _walk_previous_cycle(cycle: ReportingCycle, people: dict[str, User]) -> None:
    """Lead reports of the development commission: one accepted and closed, one returned, one accepted."""
    fgw = _lead_reports(cycle, "市发展改革委")
    for task in {report.task for report in fgw}:
        for username in ("fgw-lly", "kjj-lly", "scjg-lly", "jxw-lly", "sthj-lly"):
            if _assigned(people[username], task):
                supervision.acknowledge_task(task, actor=people[username])
        supervision.start_task(task, actor=people["fgw-lly"], on=cycle.opens_on)
    closing, returned, accepted = fgw[0], fgw[1], fgw[2]
    _file_lead_report(closing, people, percent=100, completed=True, evidence="渝府办发〔2021〕12号")
    reporting.accept_report(closing, actor=people["duban"], close=True)
    _file_lead_report(returned, people, percent=40)
    reporting.return_report(returned, actor=people["duban"], reason="进展情况过于笼统，请补充具体措施和数据")
    _file_lead_report(accepted, people, percent=60)
    reporting.accept_report(accepted, actor=people["duban"])


def _walk_current_cycle(cycle: ReportingCycle, people: dict[str, User]) -> None:
    """A co-department's input sent, another in draft; lead reports submitted, signed off, and one draft."""
    inputs = list(
        ProgressReport.objects.co_inputs()
        .filter(cycle=cycle, department__short_name="市科技局")
        .select_related("task")
    )
    if inputs:
        _write(inputs[0], people["kjj-lly"], percent=50)
        reporting.send_co_input(inputs[0], actor=people["kjj-lly"])
    if len(inputs) > 1:
        _write(inputs[1], people["kjj-lly"], percent=30)
    fgw = _lead_reports(cycle, "市发展改革委")
    _write(fgw[0], people["fgw-lly"], percent=70)
    reporting.submit_lead_report(fgw[0], actor=people["fgw-lly"])
    _file_lead_report(fgw[1], people, percent=55)
    _write(fgw[2], people["fgw-lly"], percent=20)


def _lead_reports(cycle: ReportingCycle, short_name: str) -> list[ProgressReport]:
    reports = ProgressReport.objects.lead_reports().filter(cycle=cycle, department__short_name=short_name, task__status__in=(
        "assigned", "acknowledged", "in_progress", "returned"))  # fmt: skip
    return list(reports.select_related("task", "cycle", "department").order_by("task__position"))


def _assigned(user: User, task: Task) -> bool:
    return task.assignments.filter(department=user.department).exists()


def _write(
    report: ProgressReport, author: User, *, percent: int, completed: bool = False, evidence: str = ""
) -> None:
    reporting.save_report(
        report, actor=author, version=report.version, percent=percent, completed=completed,
        closure_evidence=evidence,
        progress=f"已制定工作方案，完成阶段任务的{percent}%。",
        problems="部分配套政策仍待国家层面出台。" if percent < 100 else "",
        next_steps="加强与国家部委对接，按计划推进。" if percent < 100 else "",
    )  # fmt: skip


def _file_lead_report(
    report: ProgressReport,
    people: dict[str, User],
    *,
    percent: int,
    completed: bool = False,
    evidence: str = "",
) -> None:
    assert report.kind == ReportKind.LEAD_REPORT  # noqa: S101
    _write(report, people["fgw-lly"], percent=percent, completed=completed, evidence=evidence)
    reporting.submit_lead_report(report, actor=people["fgw-lly"])
    reporting.sign_off_report(report, actor=people["fgw-fzr"])


def _quarter_name(day: date) -> str:
    return f"{day.year}年第{'一二三四'[(day.month - 1) // 3]}季度"
