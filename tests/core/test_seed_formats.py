"""The seed gives the same ledger as GBK text, as Word with a real table, as HTML and as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from greenpolicy.core import parse_path
from greenpolicy.core.model import Ledger, Task
from tests.conftest import SEED
from tests.fixtures.seed_variants import seed_docx, seed_gbk, seed_html, seed_pdf


def _summary(task: Task) -> tuple[object, ...]:
    return (
        task.kind,
        task.number,
        task.text.replace("\n", "")[:20],
        task.deadline,
        tuple((d.name, d.role) for d in task.departments),
        task.incomplete,
        task.area,
    )


@pytest.fixture(scope="module")
def reference() -> Ledger:
    return parse_path(SEED)


@pytest.mark.parametrize(
    ("build", "name", "encoding"),
    [
        (seed_gbk, "seed.txt", "gb18030"),
        (seed_docx, "seed.docx", "docx"),
        (seed_html, "seed.html", "utf-8"),
        (seed_pdf, "seed.pdf", "pdf"),
    ],
    ids=["gbk", "docx", "html", "pdf"],
)
def test_every_format_gives_the_same_tasks(
    build: Callable[[Path], Path], name: str, encoding: str, reference: Ledger, tmp_path: Path
) -> None:
    ledger = parse_path(build(tmp_path / name))
    assert ledger.encoding == encoding
    assert [_summary(task) for task in ledger.tasks] == [_summary(task) for task in reference.tasks]
    assert (ledger.title, ledger.doc_number, ledger.date, ledger.issuers) == (
        reference.title,
        reference.doc_number,
        reference.date,
        reference.issuers,
    )
