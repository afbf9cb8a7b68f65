"""The scorer, and the parser's scores on the annotated real documents it was developed on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from greenpolicy.core import parse_path, parse_text
from greenpolicy.core.evaluation import annotated_documents, fold, load_annotation, score_document
from tests.conftest import SHARED_EVAL


def test_fold_ignores_width_and_white_space() -> None:
    assert fold("（一）推动 企业：复工") == fold("(一)推动企业:复工")


def test_a_gold_task_matches_by_text_prefix_and_scores_its_fields() -> None:
    ledger = parse_text("1.建立健全政策机制，完善标准。（市发展改革委、市科技局按职责分工负责）\n")
    gold = {
        "tasks": [
            {"text": "建立健全政策机制", "departments": ["市发展改革委", "市财政局"], "lead": "市发展改革委"},
            {"text": "不存在的任务", "departments": [], "lead": None},
        ]
    }
    score = score_document("x", ledger, gold)
    assert (score.matched, score.gold_tasks, score.parsed_tasks) == (1, 2, 1)
    assert score.recall == 0.5
    assert score.lead_accuracy == 1.0
    assert score.department_f1 == pytest.approx(0.5)
    assert score.unmatched_gold == ("不存在的任务",)


def test_a_short_task_matches_the_gold_prefix_that_runs_into_its_assignment() -> None:
    # the annotation keeps thirty characters as written; a short task's run into its bracket, which the ledger
    # keeps apart as departments
    ledger = parse_text(
        "1.推动公共机构等重点领域节能降耗。(负责单位:发展改革委、国管局)\n2.开展节能。(负责单位:国管局)\n"
    )
    gold = {
        "tasks": [
            {"text": "推动公共机构等重点领域节能降耗。(负责单位:发展改", "departments": [], "lead": None},
            {"text": "开展节能。(负责单位:国管局)", "departments": [], "lead": None},
            {"text": "推动公共机构等重点领域节能降耗。另", "departments": [], "lead": None},
        ]
    }
    score = score_document("x", ledger, gold)
    assert (
        score.matched == 1
    )  # not a text too short to tell, nor one the gold goes on past without its assignment


def test_a_short_share_matches_the_gold_prefix_that_runs_into_the_next_units_share() -> None:
    # thirty characters as written run past a short share's semicolon into the next unit's; the ledger keeps it apart
    ledger = parse_text(
        "组织实施\n"
        "市委组织部负责局级领导干部法制宣传教育工作;市委政法委负责政法系统干警的法制宣传教育工作;"
        "市人力社保局负责公务员法制宣传教育工作。\n"
    )
    gold = {
        "tasks": [
            {
                "text": "市委政法委负责政法系统干警的法制宣传教育工作;市人力社保局负",
                "departments": [],
                "lead": None,
            },
            {"text": "市委组织部负责局级领导干部法制宣传教育工作;另行部署", "departments": [], "lead": None},
        ]
    }
    # (not a share the gold goes on past into words of no unit)
    assert score_document("x", ledger, gold).unmatched_gold == (
        "市委组织部负责局级领导干部法制宣传教育工作;另行部署",
    )


def test_a_deadline_matches_without_the_stop_of_the_sentence_it_was_copied_from() -> None:
    ledger = parse_text("1.建设学校。\n责任单位:市教育局\n进度安排:6月底前开工;12月底前全部落实。\n")
    task = {"text": "建设学校", "departments": ["市教育局"], "lead": "市教育局"}
    score = score_document(
        "x", ledger, {"tasks": [{**task, "deadline_text": "6月底前开工;12月底前全部落实。"}]}
    )
    assert (score.matched, score.deadlines_correct) == (1, 1)


@pytest.mark.parametrize("annotated", ["于5月10日前", "在5月10日前", "5月10日前完成"])
def test_a_deadline_matches_without_the_words_around_its_date(annotated: str) -> None:
    # annotators copy 于/在 before the date and 完成 after it; the ledger keeps the date alone
    ledger = parse_text("1.建设学校。\n责任单位:市教育局\n完成时限:5月10日前\n")
    task = {"text": "建设学校", "departments": ["市教育局"], "lead": "市教育局", "deadline_text": annotated}
    assert score_document("x", ledger, {"tasks": [task]}).deadlines_correct == 1


def test_a_completion_date_in_the_text_annotated_as_a_list_or_as_one_string() -> None:
    ledger = parse_text("（一）推进绿色设计。2021年底前出台实施细则。（市经济信息委负责）\n")
    task = {"text": "2021年底前出台实施细则", "departments": ["市经济信息委"], "lead": "市经济信息委"}
    as_list = score_document("x", ledger, {"tasks": [{**task, "deadline_in_text": ["2021年底前"]}]})
    as_string = score_document("x", ledger, {"tasks": [{**task, "deadline_in_text": "2021年底前"}]})
    assert as_list.matched == as_string.matched == 1
    assert as_list.deadline_accuracy == as_string.deadline_accuracy == 1.0


@pytest.mark.parametrize("pair", annotated_documents(SHARED_EVAL), ids=lambda pair: pair[0].stem)
def test_annotated_real_documents_score_at_least_the_acceptance_bar(pair: tuple[Path, Path]) -> None:
    document, annotation = pair
    score = score_document(document.name, parse_path(document), load_annotation(annotation))
    assert score.recall == 1.0
    assert score.precision == 1.0
    assert score.lead_accuracy == 1.0
    assert score.department_f1 == 1.0
    assert score.deadline_accuracy == 1.0
    assert score.metadata_accuracy == 1.0


def test_annotated_documents_pair_by_name(tmp_path: Path) -> None:
    shutil.copy(SHARED_EVAL / "07_lishui-2023-zhongdian-gongzuo-fenjie.txt", tmp_path / "a.txt")
    shutil.copy(SHARED_EVAL / "07_lishui-2023-zhongdian-gongzuo-fenjie.json", tmp_path / "a.json")
    (tmp_path / "orphan.json").write_text("{}", encoding="utf-8")
    assert annotated_documents(tmp_path) == [(tmp_path / "a.txt", tmp_path / "a.json")]
