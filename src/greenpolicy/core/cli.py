"""`greenpolicy parse` and `greenpolicy eval`: the engine from the command line, no database, no settings."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from greenpolicy.core.departments import DepartmentRegistry
from greenpolicy.core.evaluation import (
    METRICS,
    DocumentScore,
    annotated_documents,
    load_annotation,
    score_document,
)
from greenpolicy.core.ledger_json import dumps
from greenpolicy.core.model import Ledger
from greenpolicy.core.parsing import parse_source
from greenpolicy.core.reading import DEFAULT_MAX_BYTES, read_path
from greenpolicy.core.reading.blocks import DocumentError
from greenpolicy.core.rendering.table import render_table
from greenpolicy.core.rendering.xlsx import write_ledger_xlsx

EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """A command line that cannot be carried out; the message says why."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the return value is the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except (DocumentError, UsageError) as error:
        print(f"greenpolicy: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="greenpolicy", description="绿色生产和消费法规政策体系实施管理平台")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", help="decompose policy documents into their task ledger")
    parse.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".txt .md .docx .pdf .html files")
    parse.add_argument("--format", choices=("json", "table", "xlsx"), default="json")
    parse.add_argument("-o", "--output", type=Path, help="write to this file (required for xlsx)")
    parse.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="DATE",
        help="date to count relative deadlines from when a document states no date (YYYY-MM-DD)",
    )
    _add_reading_options(parse)
    parse.set_defaults(run=_parse)

    evaluate = commands.add_parser(
        "eval", help="score the parser on annotated documents (X.txt beside X.json)"
    )
    evaluate.add_argument("directory", type=Path, metavar="DIR")
    evaluate.add_argument(
        "--fail-under",
        type=float,
        metavar="RATIO",
        help="exit 1 when overall recall, lead, dept_f1 or deadline is below RATIO",
    )
    _add_reading_options(evaluate)
    evaluate.set_defaults(run=_evaluate)
    return parser


def _add_reading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--registry",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="extra department registry (TOML)",
    )
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest file accepted")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _registry(paths: Sequence[Path]) -> DepartmentRegistry:
    for path in paths:
        if not path.is_file():
            raise UsageError(f"{path}: registry file not found")
    try:
        return DepartmentRegistry.load(paths) if paths else DepartmentRegistry.default()
    except (OSError, ValueError) as error:
        raise UsageError(f"registry: {error}") from error


def _read(path: Path, args: argparse.Namespace, registry: DepartmentRegistry) -> Ledger:
    as_of: date | None = getattr(args, "as_of", None)
    return parse_source(read_path(path, max_bytes=args.max_bytes), registry=registry, as_of=as_of)


def _parse(args: argparse.Namespace) -> int:
    registry = _registry(args.registry)
    ledgers = [_read(path, args, registry) for path in args.paths]
    if args.format == "xlsx":
        if args.output is None:
            raise UsageError("--format xlsx needs -o FILE")
        write_ledger_xlsx(ledgers, args.output)
        return 0
    text = (
        dumps(ledgers) if args.format == "json" else "\n\n".join(render_table(ledger) for ledger in ledgers)
    )
    if args.output is not None:
        args.output.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    if not args.directory.is_dir():
        raise UsageError(f"{args.directory}: not a directory")
    pairs = annotated_documents(args.directory)
    if not pairs:
        raise UsageError(f"{args.directory}: no annotated documents (X.txt beside X.json)")
    registry = _registry(args.registry)
    scores = [
        score_document(document.name, _read(document, args, registry), load_annotation(annotation))
        for document, annotation in pairs
    ]
    overall = sum(scores[1:], scores[0])
    print(_score_table([*scores, overall]))
    for score in scores:
        for text in score.unmatched_gold:
            print(f"  unmatched in {score.name}: {text}")
    gates = ("recall", "lead", "dept_f1", "deadline")
    if args.fail_under is not None and any(METRICS[gate](overall) < args.fail_under for gate in gates):
        return 1
    return 0


def _score_table(scores: Sequence[DocumentScore]) -> str:
    names = [score.name for score in scores]
    width = max(len(name) for name in names)
    header = f"{'document':<{width}}  {'tasks':>5} {'found':>5}  " + " ".join(f"{m:>9}" for m in METRICS)
    rows = [header, "-" * len(header)]
    for score in scores:
        figures = " ".join(f"{metric(score):>9.3f}" for metric in METRICS.values())
        rows.append(f"{score.name:<{width}}  {score.gold_tasks:>5} {score.parsed_tasks:>5}  {figures}")
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
