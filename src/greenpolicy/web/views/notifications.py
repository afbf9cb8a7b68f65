"""The user's notifications, newest first, and marking them read."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from greenpolicy.notifications.models import Notification
from greenpolicy.notifications.services import mark_read
from greenpolicy.web.requests import SignedInRequest


def notification_list(request: SignedInRequest) -> HttpResponse:
    notifications = Notification.objects.filter(recipient=request.user)
    page = Paginator(notifications, 50).get_page(request.GET.get("page"))
    return render(request, "web/notifications/list.html", {"page": page})


@require_POST
def notifications_mark_read(request: SignedInRequest) -> HttpResponse:
    count = mark_read(request.user)
    messages.success(request, _("已将%(count)d条通知标为已读") % {"count": count})
    return redirect("web:notifications")
