"""The platform's pages (namespace "web")."""

from __future__ import annotations

from django.urls import path

from greenpolicy.web.views import (
    accounts,
    cycles,
    documents,
    home,
    ingest,
    ledger,
    notifications,
    reporting,
    tasks,
)

app_name = "web"
urlpatterns = [
    path("", home.home, name="home"),
    path("documents/", documents.document_list, name="documents"),
    path("documents/ingest/", ingest.ingest_upload, name="ingest"),
    path("documents/ingest/<str:sha256>/", ingest.ingest_review, name="ingest_review"),
    path("documents/ingest/<str:sha256>/confirm/", ingest.ingest_confirm, name="ingest_confirm"),
    path("documents/<int:pk>/", documents.document_detail, name="document"),
    path("documents/<int:pk>/original/", documents.document_original, name="document_original"),
    path("ledger/", ledger.ledger, name="ledger"),
    path("tasks/<int:pk>/", tasks.task_detail, name="task"),
    path("tasks/<int:pk>/acknowledge/", tasks.task_acknowledge, name="task_acknowledge"),
    path("tasks/<int:pk>/start/", tasks.task_start, name="task_start"),
    path("tasks/<int:pk>/milestones/", tasks.task_milestone, name="task_milestone"),
    path("tasks/<int:pk>/extension/", tasks.task_extension, name="task_extension"),
    path("tasks/<int:pk>/trigger/", tasks.task_trigger, name="task_trigger"),
    path("tasks/<int:pk>/close/", tasks.task_close, name="task_close"),
    path("tasks/<int:pk>/comments/", tasks.task_comment, name="task_comment"),
    path("extensions/<int:pk>/decide/", tasks.extension_decide, name="extension_decide"),
    path("reporting/", reporting.inbox, name="reporting"),
    path("reporting/review/", reporting.review_queue, name="review_queue"),
    path("reports/<int:pk>/", reporting.report_detail, name="report"),
    path("reports/<int:pk>/save/", reporting.report_save, name="report_save"),
    path("reports/<int:pk>/send/", reporting.report_send, name="report_send"),
    path("reports/<int:pk>/submit/", reporting.report_submit, name="report_submit"),
    path("reports/<int:pk>/sign-off/", reporting.report_sign_off, name="report_sign_off"),
    path("reports/<int:pk>/decline/", reporting.report_decline, name="report_decline"),
    path("reports/<int:pk>/accept/", reporting.report_accept, name="report_accept"),
    path("reports/<int:pk>/return/", reporting.report_return, name="report_return"),
    path("reports/<int:pk>/evidence/", reporting.report_evidence, name="report_evidence"),
    path("evidence/<int:pk>/", reporting.evidence_download, name="evidence_download"),
    path("cycles/", cycles.cycle_list, name="cycles"),
    path("cycles/new/", cycles.cycle_create, name="cycle_create"),
    path("cycles/<int:pk>/", cycles.cycle_detail, name="cycle"),
    path("cycles/<int:pk>/remind/", cycles.cycle_remind, name="cycle_remind"),
    path("notifications/", notifications.notification_list, name="notifications"),
    path("notifications/read/", notifications.notifications_mark_read, name="notifications_read"),
    path("accounts/import/", accounts.accounts_import, name="accounts_import"),
    path("accounts/import/template.xlsx", accounts.accounts_import_template, name="accounts_import_template"),
    path("accounts/import/confirm/", accounts.accounts_import_confirm, name="accounts_import_confirm"),
    path("accounts/import/<str:sha256>/", accounts.accounts_import_review, name="accounts_import_review"),
]
