"""The forms of the pages: they check the shape of the input; the services decide what is allowed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from greenpolicy.accounts.models import Department
from greenpolicy.ledger.choices import AssignmentRole, DeadlineKind, TaskStatus
from greenpolicy.ledger.conf import supervision_settings
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.warnings import WarningLevel

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class BoundedFileField(forms.FileField):
    """A file no larger than `max_bytes` (a number, or a function of the settings), refused by its size alone:
    the services read what they check into memory, so an oversized upload must not reach them."""

    def __init__(self, *, max_bytes: int | Callable[[], int], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_bytes = max_bytes

    def validate(self, value: Any) -> None:
        super().validate(value)
        limit = self.max_bytes() if callable(self.max_bytes) else self.max_bytes
        if value is not None and value.size > limit:
            raise forms.ValidationError(
                _("文件过大（上限 %(limit)d MB）") % {"limit": limit // (1024 * 1024)}, code="too_large"
            )


WARNING_LABELS = {
    WarningLevel.RED: _("红色"),
    WarningLevel.YELLOW: _("黄色"),
    WarningLevel.GREEN: _("绿色"),
    WarningLevel.GREY: _("灰色"),
}


class DocumentUploadForm(forms.Form):
    file = BoundedFileField(
        label=_("政策文件"),
        help_text=_("支持 txt、html、docx、pdf"),
        max_bytes=lambda: supervision_settings().document_max_bytes,
    )


class LedgerFilterForm(forms.Form):
    """The ledger's filters, search and order; every field optional."""

    SORTS = (("number", _("按序号")), ("due", _("按完成时限")), ("status", _("按状态")))

    document = forms.ModelChoiceField(
        label=_("政策文件"), queryset=PolicyDocument.objects.none(), required=False
    )
    area = forms.ChoiceField(label=_("任务领域"), required=False)
    department = forms.ModelChoiceField(
        label=_("责任单位"), queryset=Department.objects.none(), required=False
    )
    role = forms.ChoiceField(
        label=_("分工"), required=False, choices=[("", _("牵头或配合")), *AssignmentRole.choices]
    )
    status = forms.ChoiceField(
        label=_("状态"), required=False, choices=[("", _("全部状态")), *TaskStatus.choices]
    )
    warning = forms.ChoiceField(
        label=_("预警"),
        required=False,
        choices=[("", _("全部预警")), *[(k.value, v) for k, v in WARNING_LABELS.items()]],
    )
    deadline_kind = forms.ChoiceField(
        label=_("时限类型"), required=False, choices=[("", _("全部类型")), *DeadlineKind.choices]
    )
    year = forms.TypedChoiceField(label=_("到期年份"), required=False, coerce=int, empty_value=None)
    quarter = forms.TypedChoiceField(
        label=_("到期季度"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[
            ("", _("全部季度")),
            (1, _("第一季度")),
            (2, _("第二季度")),
            (3, _("第三季度")),
            (4, _("第四季度")),
        ],
    )
    q = forms.CharField(label=_("搜索"), required=False, max_length=100)
    sort = forms.ChoiceField(label=_("排序"), required=False, choices=SORTS)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        current = Task.objects.current()
        documents = PolicyDocument.objects.filter(superseded_by__isnull=True)
        self.fields["document"].queryset = documents  # type: ignore[attr-defined]
        self.fields["document"].empty_label = _("全部文件")  # type: ignore[attr-defined]
        self.fields["department"].queryset = current.departments()  # type: ignore[attr-defined]
        self.fields["department"].empty_label = _("全部单位")  # type: ignore[attr-defined]
        areas = current.exclude(area="").order_by("area").values_list("area", flat=True).distinct()
        self.fields["area"].choices = [("", _("全部领域")), *((area, area) for area in areas)]  # type: ignore[attr-defined]
        years = current.filter(due_on__isnull=False).dates("due_on", "year")
        self.fields["year"].choices = [("", _("全部年份")), *((d.year, d.year) for d in years)]  # type: ignore[attr-defined]

    def criteria(self) -> dict[str, Any]:
        """What `TaskQuerySet.filtered` takes."""
        data = self.cleaned_data
        keys = ("document", "area", "department", "role", "status", "deadline_kind", "year", "quarter", "q")
        return {key: data.get(key) for key in keys}


class MilestoneForm(forms.Form):
    title = forms.CharField(label=_("阶段目标"), max_length=200)
    due_on = forms.DateField(label=_("计划完成日期"), widget=DATE_INPUT)
    planned_percent = forms.IntegerField(label=_("计划累计进度（%）"), min_value=1, max_value=100)


class ExtensionRequestForm(forms.Form):
    new_due_on = forms.DateField(label=_("申请延至"), widget=DATE_INPUT)
    reason = forms.CharField(label=_("延期理由"), widget=forms.Textarea(attrs={"rows": 3}))


class ExtensionDecisionForm(forms.Form):
    approve = forms.TypedChoiceField(
        label=_("审批意见"), choices=(("1", _("同意")), ("0", _("不同意"))), coerce=lambda value: value == "1"
    )
    note = forms.CharField(label=_("说明"), max_length=300, required=False)


class TriggerForm(forms.Form):
    on = forms.DateField(label=_("触发日期"), widget=DATE_INPUT)
    note = forms.CharField(label=_("触发依据"), max_length=300)


class TaskCloseForm(forms.Form):
    evidence = forms.CharField(label=_("销号依据"), max_length=300, help_text=_("如出台文件的文号"))
    version = forms.IntegerField(widget=forms.HiddenInput)


class CommentForm(forms.Form):
    body = forms.CharField(label=_("评论"), widget=forms.Textarea(attrs={"rows": 3}))


class ReportForm(forms.Form):
    progress = forms.CharField(label=_("进展情况"), widget=forms.Textarea(attrs={"rows": 6}), required=False)
    problems = forms.CharField(label=_("存在问题"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
    next_steps = forms.CharField(
        label=_("下步计划"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    percent = forms.IntegerField(label=_("完成进度（%）"), min_value=0, max_value=100, required=False)
    completed = forms.BooleanField(label=_("申请销号"), required=False)
    closure_evidence = forms.CharField(label=_("销号依据"), max_length=300, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput)


class VersionForm(forms.Form):
    """A step on a record opened at a given version (报送, 提交审签)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("退回理由"), max_length=300)


class AcceptForm(forms.Form):
    close = forms.BooleanField(label=_("同时销号"), required=False)
    evidence = forms.CharField(label=_("销号依据"), max_length=300, required=False)


class EvidenceForm(forms.Form):
    file = BoundedFileField(label=_("佐证材料"), max_bytes=lambda: supervision_settings().evidence_max_bytes)


class CycleForm(forms.Form):
    document = forms.ModelChoiceField(label=_("政策文件"), queryset=PolicyDocument.objects.none())
    name = forms.CharField(label=_("名称"), max_length=80, help_text=_("如：2021年第一季度"))
    opens_on = forms.DateField(label=_("开始日期"), widget=DATE_INPUT)
    due_on = forms.DateField(label=_("报送截止日期"), widget=DATE_INPUT)
    co_input_due_on = forms.DateField(label=_("配合单位报送截止日期"), widget=DATE_INPUT, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = PolicyDocument.objects.filter(  # type: ignore[attr-defined]
            superseded_by__isnull=True
        )
