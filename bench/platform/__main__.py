"""`make bench`, second table: the platform's heavy reads and files at the scale of a whole province's programme.

- the dashboard's figures (`dashboard_figures`) over 20,000 tasks in four documents;
- the ledger workbook (`ledger_workbook`, .xlsx) of the same 20,000 tasks, one sheet per document;
- the compiled progress report (`compiled_progress_report`, .docx) of a 500-task cycle, every lead report accepted;
- that report as PDF through LibreOffice, where `soffice` is installed.

Each figure includes the queries behind it, on a throwaway SQLite database (the embedded default; on PostgreSQL
with `scripts/with-postgres .venv/bin/python -m bench.platform`), and is the best of several rounds; peak memory is
measured in a separate round under tracemalloc. The goals printed beside the figures are how long a user should
wait for a page or a download. Run `python -m bench.platform --quick` for a short pass.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as clock

from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from tests.fixtures.programmes import add_key_tasks

from bench.run import render
from greenpolicy.accounts.models import Department, Role, User
from greenpolicy.accounts.registry import sync_registry
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.dashboard import dashboard_figures
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportState
from greenpolicy.reporting.official.documents import compiled_progress_report
from greenpolicy.reporting.official.pdf import to_pdf
from greenpolicy.reporting.services import open_cycle
from greenpolicy.workbook.export import ledger_workbook

TODAY = date(2022, 5, 20)
PROGRESS = (
    "已完成年度目标任务的阶段性工作，出台配套实施细则，组织开展专项督导检查，相关指标达到序时进度要求。" * 3
)


@dataclass(frozen=True)
class Result:
    subject: str
    seconds: float
    peak_mb: float
    output_kb: float
    goal_seconds: float

    @property
    def cells(self) -> list[str]:
        met = "met" if self.seconds <= self.goal_seconds else "MISSED"
        return [
            self.subject,
            f"{self.seconds:.2f}",
            f"{self.peak_mb:.0f}",
            f"{self.output_kb:,.0f}" if self.output_kb else "–",
            f"≤ {self.goal_seconds:g} s: {met}",
        ]


HEADER = ["subject", "best s", "peak MB", "output KB", "goal"]


def document(number: int) -> PolicyDocument:
    return PolicyDocument.objects.create(
        title=f"基准文件{number}", original="documents/bench.txt", original_name="bench.txt",
        sha256=f"{number:064d}", encoding="utf-8", text="正文", issued_on=date(2020, 12, 10),
    )  # fmt: skip


def programme(tasks: int, cycle_tasks: int) -> tuple[ReportingCycle, User]:
    """Four documents sharing `tasks` key tasks; a cycle over the first `cycle_tasks`, every lead report accepted."""
    call_command("migrate", verbosity=0)
    sync_registry()
    lead, co = (
        Department.objects.get(short_name="市发展改革委"),
        Department.objects.get(short_name="市科技局"),
    )
    office = User.objects.create_user("bench-office", role=Role.SUPERVISOR, department=lead)
    documents = [document(number) for number in range(4)]
    first, *_others = (add_key_tasks(d, tasks // len(documents), lead, co, areas=9) for d in documents)
    cycle = open_cycle(
        documents[0], actor=office, name="2022年第一季度", opens_on=date(2022, 3, 20), due_on=date(2022, 4, 10),
        tasks=first[:cycle_tasks],
    )  # fmt: skip
    ProgressReport.objects.lead_reports().filter(cycle=cycle).update(
        state=ReportState.ACCEPTED,
        submitted_at=timezone.make_aware(datetime.combine(date(2022, 4, 8), clock(10))),
        progress=PROGRESS,
        problems="配套资金到位较慢。",
        next_steps="加快推进项目建设，按期完成年度目标。",
        percent=60,
    )
    return cycle, office


def best_of(rounds: int, work: Callable[[], object]) -> tuple[float, object]:
    best, output = float("inf"), None
    for _ in range(rounds):
        start = time.perf_counter()
        output = work()
        best = min(best, time.perf_counter() - start)
    return best, output


def peak_mb(work: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def measure(subject: str, work: Callable[[], object], rounds: int, goal_seconds: float) -> Result:
    seconds, output = best_of(rounds, work)
    size = len(output) / 1000 if isinstance(output, bytes) else 0.0
    return Result(subject, seconds, peak_mb(work), size, goal_seconds)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="2,000 tasks, a 100-task report, one round")
    options = parser.parse_args(argv)
    tasks, cycle_tasks, rounds = (2_000, 100, 1) if options.quick else (20_000, 500, 3)

    started = time.perf_counter()
    cycle, office = programme(tasks, cycle_tasks)
    print(f"Set-up: {tasks:,} tasks, a {cycle_tasks}-task cycle, in {time.perf_counter() - started:.1f} s\n")

    def workbook() -> bytes:
        return ledger_workbook(Task.objects.current().in_ledger_order().for_ledger(), today=TODAY)

    def report() -> bytes:
        return compiled_progress_report(cycle, reader=office, today=TODAY)

    results = [
        measure(f"dashboard figures, {tasks:,} tasks", lambda: dashboard_figures(today=TODAY), rounds, 3),
        measure(f"ledger xlsx, {tasks:,} tasks", workbook, rounds, 30),
        measure(f"compiled report docx, {cycle_tasks} tasks", report, rounds, 5),
    ]
    if shutil.which("soffice"):
        docx = report()
        results.append(measure(f"compiled report pdf, {cycle_tasks} tasks", lambda: to_pdf(docx), 1, 60))
    print(f"The platform at programme scale (best of rounds, one core, {connection.vendor})\n")
    print(render([HEADER, *(result.cells for result in results)]))
    if not shutil.which("soffice"):
        print("\nPDF: LibreOffice (soffice) is not installed here; scripts/system-packages installs it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
