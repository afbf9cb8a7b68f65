"""The command line: formats, errors as one line with exit status 2, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greenpolicy.core.cli import main
from greenpolicy.core.ledger_json import SCHEMA
from tests.conftest import SEED, SHARED_EVAL


def test_parse_json_follows_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    value = json.loads(capsys.readouterr().out)
    assert value["schema"] == SCHEMA
    assert list(value) == [
        "schema", "source", "encoding", "title", "doc_number", "issuers", "date", "recipients",
        "implements", "outline", "tasks", "diagnostics",
    ]  # fmt: skip
    task = value["tasks"][9]
    assert task["deadline"] == {"text": "持续推进", "kind": "ongoing", "due": None}
    assert task["departments"][0] == {
        "name": "市发展改革委",
        "canonical": "重庆市发展和改革委员会",
        "role": "lead",
    }
    assert set(task) == {
        "ref", "kind", "number", "section_path", "text", "actions", "deadline", "departments",
        "open_ended", "incomplete", "area",
    }  # fmt: skip


def test_parse_several_files_gives_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    other = SHARED_EVAL / "02_guobanfa-2020-6-wen-jiuye.txt"
    assert main(["parse", str(SEED), str(other)]) == 0
    assert [ledger["doc_number"] for ledger in json.loads(capsys.readouterr().out)] == [
        "渝发改资环〔2020〕1891号",
        "国办发〔2020〕6号",
    ]


def test_parse_table_shows_tasks_for_a_person(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "table", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "渝发改资环〔2020〕1891号" in out
    assert "市商务委" in out


def test_parse_xlsx_writes_the_ledger_sheet(tmp_path: Path) -> None:
    target = tmp_path / "ledger.xlsx"
    assert main(["parse", "--format", "xlsx", "-o", str(target), str(SEED)]) == 0
    sheet = load_workbook(target)["台账"]
    assert sheet.max_row == 25


def test_xlsx_without_output_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "xlsx", str(SEED)]) == 2
    assert capsys.readouterr().err.strip() == "greenpolicy: --format xlsx needs -o FILE"


def test_as_of_dates_relative_deadlines_of_an_undated_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "d.txt"
    document.write_text(
        "序号\t重点任务\t完成时限\t责任单位\n1\t完善标准\t年底前\t市市场监管局\n", encoding="utf-8"
    )
    assert main(["parse", "--as-of", "2024-03-01", str(document)]) == 0
    assert json.loads(capsys.readouterr().out)["tasks"][0]["deadline"]["due"] == "2024-12-31"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02\x03" * 100, "binary")],
)
def test_bad_input_is_one_line_on_stderr_with_status_2(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "greenpolicy.core.cli", "parse", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(bad) in result.stderr
    assert reason in result.stderr.lower()
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_eval_prints_scores_and_gates_on_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(SHARED_EVAL), "--fail-under", "0.95"]) == 0
    out = capsys.readouterr().out
    assert "overall" in out
    assert "recall" in out


def test_eval_of_a_directory_without_annotations_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["eval", str(tmp_path)]) == 2
