"""The columns of the ledger workbook, shared by the export and the import (which recognises them by name)."""

from __future__ import annotations

from dataclasses import dataclass

from greenpolicy.core.warnings import WarningLevel


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    width: int
    others: tuple[str, ...] = ()  # other headers the import recognises


COLUMNS: tuple[Column, ...] = (
    Column("number", "序号", 7, ("编号", "序")),
    Column(
        "document", "文件", 24, ("政策文件", "文件名称")
    ),  # only in the workbook of all documents together
    Column("area", "任务领域", 16, ("领域", "工作领域", "重点领域", "类别")),
    Column("text", "重点任务", 60, ("主要任务", "任务内容", "工作任务", "任务", "工作内容")),
    Column("deadline", "完成时限", 16, ("时限", "完成时间", "时间节点", "完成期限")),
    Column("lead", "牵头单位", 18, ("牵头部门", "责任单位", "牵头责任单位")),
    Column("co", "配合单位", 28, ("配合部门", "参与单位", "协同单位")),
    Column("progress", "进展情况", 40, ("工作进展", "推进情况", "完成情况")),
    Column("problems", "存在问题", 30, ("存在的问题", "问题", "困难问题")),
    Column("next_steps", "下步计划", 30, ("下一步计划", "下步工作计划", "下一步工作")),
    Column("status", "完成状态", 10, ("状态", "办理状态")),
    Column("warning", "预警", 22, ("预警情况", "预警等级")),
    Column(
        "key", "任务键", 14, ("key", "任务id")
    ),  # hidden: the task's id and ref, how an import matches rows back
)
BY_FIELD = {column.field: column for column in COLUMNS}
REPORT_FIELDS = ("progress", "problems", "next_steps")

WARNING_FILLS = {
    WarningLevel.RED: "FFC7CE",
    WarningLevel.YELLOW: "FFEB9C",
    WarningLevel.GREEN: "C6EFCE",
    WarningLevel.GREY: "D9D9D9",
}
WARNING_WORDS = {
    WarningLevel.RED: "红色",
    WarningLevel.YELLOW: "黄色",
    WarningLevel.GREEN: "绿色",
    WarningLevel.GREY: "灰色",
}
DEPARTMENT_SEPARATOR = "、"


def task_key(pk: int, ref: str) -> str:
    return f"{pk}:{ref}"
