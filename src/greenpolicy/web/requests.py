"""The request type of the pages: LoginRequiredMiddleware lets only signed-in users through, so `user` is a User."""

from __future__ import annotations

from django.http import HttpRequest

from greenpolicy.accounts.models import User


class SignedInRequest(HttpRequest):
    user: User
