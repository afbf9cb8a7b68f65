"""The official documents' content on the seed: tasks by area, the overdue and returned items, the statistics."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from django.utils import timezone, translation
from docx import Document

from greenpolicy.accounts.models import Department, User
from greenpolicy.ledger.models import Milestone, PolicyDocument, Task
from greenpolicy.reporting import services as reporting
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportState
from greenpolicy.reporting.official import documents
from tests.platform.conftest import People

TODAY = timezone.localdate()
OPENS, DUE = TODAY - timedelta(days=20), TODAY - timedelta(days=5)


@dataclass
class Story:
    cycle: ReportingCycle
    ongoing: Task  # key task 1: filed on time, 10% against a 60% milestone: behind plan (yellow)
    dated: Task  # due in 2020: overdue (red), its report filed late
    conditional: Task  # waits on national policy; its report sent back: report overdue (red)
    open_ended: Task  # no deadline; accepted on time (green)
    office: User  # who compiles the documents


def at_noon(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


def first_led(seed: PolicyDocument, **lookups: object) -> Task:
    return next(
        t
        for t in Task.objects.filter(document=seed, **lookups).current().for_ledger()
        if t.lead_assignments()
    )


def file(cycle: ReportingCycle, task: Task, state: ReportState, day: date | None, **content: object) -> None:
    """The lead's report put in `state` on `day`; a signed-off report was signed the day it was submitted."""
    lead = task.lead_assignments()[0].department
    moment = at_noon(day) if day else None
    signed = state in (ReportState.SIGNED_OFF, ReportState.ACCEPTED)
    updated = ProgressReport.objects.filter(cycle=cycle, task=task, department=lead).update(
        state=state, submitted_at=moment, signed_off_at=moment if signed else None, **content
    )
    assert updated == 1


@pytest.fixture
def story(seed: PolicyDocument, people: People, key_task_1: Task) -> Story:
    dated = first_led(seed, deadline_kind="date", due_on__lt=date(2021, 1, 1))
    conditional = first_led(seed, deadline_kind="conditional")
    open_ended = first_led(seed, deadline_kind="none")
    tasks = [key_task_1, dated, conditional, open_ended]
    cycle = reporting.open_cycle(
        seed, actor=people.office, name="2021年第一季度", opens_on=OPENS, due_on=DUE, tasks=tasks
    )
    Task.objects.filter(pk=key_task_1.pk).update(progress_percent=10)
    Milestone.objects.create(
        task=key_task_1, title="阶段目标", due_on=TODAY - timedelta(days=10), planned_percent=60
    )
    file(
        cycle,
        key_task_1,
        ReportState.SIGNED_OFF,
        DUE - timedelta(days=1),
        progress="建立绿色技术创新联盟",
        problems="资金不足",
        next_steps="出台扶持办法",
        percent=10,
    )
    file(cycle, dated, ReportState.SIGNED_OFF, DUE + timedelta(days=2), progress="已完成立法调研", percent=80)
    file(
        cycle,
        conditional,
        ReportState.RETURNED,
        DUE - timedelta(days=3),
        progress="等待",
        return_reason="材料不全",
    )
    file(cycle, open_ended, ReportState.ACCEPTED, DUE, progress="按计划推进", percent=50)
    return Story(cycle, key_task_1, dated, conditional, open_ended, people.office)


def text_of(docx: bytes) -> list[str]:
    document = Document(io.BytesIO(docx))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return [paragraph.text for paragraph in document.paragraphs] + cells


def label(task: Task) -> str:
    return documents._task_label(task)


def test_compiled_report_lists_tasks_by_area_with_lead_reports(story: Story) -> None:
    lines = text_of(documents.compiled_progress_report(story.cycle, reader=story.office, today=TODAY))
    text = "\n".join(lines)
    assert (
        lines[0] == "关于2021年第一季度重点任务进展情况的\n汇总报告"
    )  # broken between words (layout.title_lines)
    assert "重庆市发展和改革委员会、重庆市司法局：" in lines  # 主送: the policy's issuers
    assert "渝发改资环〔2020〕1891号" in text
    areas = [line for line in lines if line.startswith("（")]
    tasks = [story.ongoing, story.dated, story.conditional, story.open_ended]
    assert {line.split("）", 1)[1] for line in areas} == {t.area or "其他任务" for t in tasks}
    for task in tasks:
        assert any(line.endswith(label(task)) for line in lines), task
    assert (
        "进展情况：建立绿色技术创新联盟" in lines
        and "存在问题：资金不足" in lines
        and "下步计划：出台扶持办法" in lines
    )
    assert text.count("本期尚未报送进展情况。") == 1  # the returned report only
    assert "进展情况：已完成立法调研" in lines  # filed late, but filed
    # 一、二、三 in order, and the signature at the end
    headings = [line for line in lines if line[:2] in ("一、", "二、", "三、")]
    assert headings == ["一、总体情况", "二、各项任务进展情况", "三、逾期及退回事项"]
    # 发文机关署名 (the office's department) and 成文日期 close the document
    paragraphs = [
        p.text
        for p in Document(
            io.BytesIO(documents.compiled_progress_report(story.cycle, reader=story.office, today=TODAY))
        ).paragraphs
        if p.text
    ]
    assert paragraphs[-2:] == ["重庆市发展和改革委员会", f"{TODAY.year}年{TODAY.month}月{TODAY.day}日"]


def test_a_report_awaiting_its_heads_signature_is_not_filed_yet(story: Story) -> None:
    ProgressReport.objects.filter(cycle=story.cycle, task=story.dated, kind="lead_report").update(
        state=ReportState.SUBMITTED, signed_off_at=None
    )
    text = "\n".join(
        text_of(documents.compiled_progress_report(story.cycle, reader=story.office, today=TODAY))
    )
    assert "已完成立法调研" not in text  # the office does not read it before the head signs it
    assert text.count("本期报告尚待报送单位负责人审签。") == 1
    assert "应报送牵头单位报告4份，已报送2份。" in text


def test_overdue_and_returned_items(story: Story) -> None:
    lines = text_of(documents.compiled_progress_report(story.cycle, reader=story.office, today=TODAY))
    overdue = [line for line in lines if line.startswith("逾期：")]
    returned = [line for line in lines if line.startswith("退回：")]
    assert overdue == [
        f"逾期：{label(story.dated)}（牵头单位：{documents._lead_names(story.dated)}）已超过完成时限。"
    ]
    assert len(returned) == 1 and "材料不全" in returned[0] and label(story.conditional) in returned[0]


def test_statistics_against_hand_counts(story: Story) -> None:
    facts = documents.cycle_facts(story.cycle, TODAY)
    rows = {(kind, item): int(count) for kind, item, count in documents.statistics(facts)}
    # By hand: key task 1 behind plan (yellow); the dated task overdue (red); the conditional task's report sent
    # back after its due date (red, over grey); the open-ended task accepted on time (green). None closed.
    assert rows[("预警等级", "红色预警")] == 2
    assert rows[("预警等级", "黄色预警")] == 1
    assert rows[("预警等级", "正常推进")] == 1
    assert ("预警等级", "待条件触发") not in rows
    assert rows[("任务状态", "已交办")] == 4
    assert rows[("合计", "任务总数")] == 4
    lines = text_of(documents.compiled_progress_report(story.cycle, reader=story.office, today=TODAY))
    assert "本期共督办任务4项，应报送牵头单位报告4份，已报送3份。" in lines
    assert "红色预警" in lines and "2" in lines


def test_bulletin_names_slow_tasks_and_departments(story: Story) -> None:
    text = "\n".join(text_of(documents.bulletin(story.cycle, today=TODAY)))
    assert "关于2021年第一季度重点任务推进情况的通报" in text
    assert f"{label(story.dated)}（牵头单位：{documents._lead_names(story.dated)}）：已逾期" in text
    assert f"{label(story.ongoing)}（牵头单位：市发展改革委）：进度落后序时进度50个百分点。" in text
    late = story.dated.lead_assignments()[0].department.name
    assert f"{late}：逾期报送1项" in text
    assert label(story.open_ended) not in text


def test_reminder_notice_and_department_report(story: Story) -> None:
    returned_to = story.conditional.lead_assignments()[0].department
    text = "\n".join(text_of(documents.reminder_notice(story.cycle, [returned_to], today=TODAY)))
    assert f"{returned_to.name}：" in text and "未报送" in text
    assert story.conditional.number in text or story.conditional.ref in text
    ndrc = Department.objects.get(short_name="市发展改革委")
    text = "\n".join(
        text_of(documents.department_report(story.cycle, ndrc, reader=story.office, today=TODAY))
    )
    assert text.startswith("重庆市发展和改革委员会\n关于2021年第一季度重点任务进展情况的报告")
    assert "进展情况：建立绿色技术创新联盟" in text


def test_documents_speak_chinese_whatever_the_page_language(story: Story) -> None:
    with translation.override("en"):
        compiled = "\n".join(text_of(documents.compiled_progress_report(story.cycle, reader=story.office)))
    assert "已交办" in compiled and "Assigned" not in compiled


def test_tasks_are_named_by_kind_and_number(story: Story) -> None:
    lines = text_of(documents.compiled_progress_report(story.cycle, reader=story.office, today=TODAY))
    assert f"2. 重点任务1：{story.ongoing.text}" in lines  # the second task of its area
    assert any(line.startswith("1. 主要任务（一）：健全推行绿色设计的政策机制") for line in lines)
