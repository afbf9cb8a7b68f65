"""The first run and the demonstration: what a newcomer sees on `make run` and `greenpolicy demo`."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate

from greenpolicy.ledger.models import Task
from greenpolicy.operations.demo import PEOPLE, build_demo
from greenpolicy.operations.firstrun import prepare
from greenpolicy.reporting.models import ProgressReport


@pytest.mark.django_db
def test_first_run_loads_the_seed_and_an_administrator_with_a_random_password() -> None:
    first = prepare()
    assert first.document is not None and first.document.tasks.count() == 24
    assert first.administrator == "admin" and first.password
    assert authenticate(username="admin", password=first.password) is not None
    again = prepare()
    assert (again.administrator, again.document, Task.objects.count()) == (None, None, 24)


@pytest.mark.django_db
def test_demo_shows_reports_in_every_state() -> None:
    demo = build_demo()
    assert set(demo.passwords) == {username for username, *_ in PEOPLE}
    states = set(ProgressReport.objects.values_list("state", flat=True))
    assert states == {"draft", "sent", "submitted", "signed_off", "accepted", "returned"}
    assert Task.objects.filter(status="closed").count() == 1
    with pytest.raises(ValueError, match="已存在"):
        build_demo()
