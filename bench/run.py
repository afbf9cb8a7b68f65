"""`make bench`: parse throughput on the seed, a generated corpus and every input format, beside the floor.

The floor is what no parser can beat: reading the same bytes from disk, decoding them and splitting them into lines.
Targets (issue #2): the seed parses in under 10 ms, text input stays within 20× the floor, and 1,000 documents
parse on one core in seconds. Run `python -m bench.run --quick` for a short pass.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import SEED
from tests.fixtures import seed_variants

from bench.corpus import generate
from greenpolicy.core import parse_path
from greenpolicy.core.reading.text import decode


@dataclass(frozen=True)
class Row:
    subject: str
    documents: int
    megabytes: float
    seconds: float
    median_ms: float
    p95_ms: float
    floor_seconds: float | None

    @property
    def cells(self) -> list[str]:
        ratio = f"{self.seconds / self.floor_seconds:.1f}×" if self.floor_seconds else "–"
        return [
            self.subject,
            str(self.documents),
            f"{self.documents / self.seconds:,.0f}",
            f"{self.megabytes / self.seconds:.2f}",
            f"{self.median_ms:.2f}",
            f"{self.p95_ms:.2f}",
            f"{self.floor_seconds * 1000:.3f}" if self.floor_seconds else "–",
            f"{self.seconds * 1000:.1f}",
            ratio,
        ]


HEADER = ["subject", "docs", "docs/s", "MB/s", "median ms", "p95 ms", "floor ms", "total ms", "× floor"]


def floor_of(path: Path) -> Callable[[Path], object]:
    """Read, decode and split into lines: the least any text pipeline must do, its encoding known in advance."""
    encoding = "gbk" if decode(path.read_bytes(), name=str(path))[1] in ("gbk", "gb18030") else "utf-8-sig"
    return lambda _: path.read_bytes().decode(encoding).splitlines()


def forget_parses() -> None:
    """Empty the parser's bounded caches, so that a repeated round times a first parse, not a cache hit.

    Unbounded caches (`@cache`: the default registry, the working calendar) are set-up a process does once and stay.
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith("greenpolicy.core"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None:
                value.cache_clear()


def timings(paths: Sequence[Path], works: Sequence[Callable[[Path], object]], rounds: int) -> list[float]:
    """The best of `rounds` timings of each path's work, in seconds (the best drops scheduler noise)."""
    best = [float("inf")] * len(paths)
    for _ in range(rounds):
        for index, (path, work) in enumerate(zip(paths, works, strict=True)):
            forget_parses()
            start = time.perf_counter()
            work(path)
            best[index] = min(best[index], time.perf_counter() - start)
    return best


def measure(subject: str, paths: Sequence[Path], rounds: int, *, with_floor: bool) -> Row:
    parse_path(paths[0])  # warm the registry and the compiled patterns
    parsed = timings(paths, [parse_path] * len(paths), rounds)
    floor_seconds = sum(timings(paths, [floor_of(path) for path in paths], rounds)) if with_floor else None
    ordered = sorted(parsed)
    return Row(
        subject=subject,
        documents=len(paths),
        megabytes=sum(path.stat().st_size for path in paths) / 1e6,
        seconds=sum(parsed),
        median_ms=statistics.median(parsed) * 1000,
        p95_ms=ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000,
        floor_seconds=floor_seconds,
    )


def peak_memory(path: Path) -> float:
    """Peak Python allocation while parsing `path`, in MB."""
    tracemalloc.start()
    try:
        parse_path(path)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def render(rows: Sequence[list[str]]) -> str:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width) in
                       enumerate(zip(row, widths, strict=True))) for row in rows]  # fmt: skip
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="100 generated documents and fewer rounds")
    options = parser.parse_args(argv)
    count, rounds = (100, 2) if options.quick else (1000, 3)

    with tempfile.TemporaryDirectory(prefix="greenpolicy-bench-") as scratch:
        root = Path(scratch)
        corpus = []
        for document in generate(count):
            path = root / document.name
            path.write_bytes(document.data)
            corpus.append(path)
        variants = {
            "seed, GBK": seed_variants.seed_gbk(root / "seed-gbk.txt"),
            "seed, docx": seed_variants.seed_docx(root / "seed.docx"),
            "seed, html": seed_variants.seed_html(root / "seed.html"),
            "seed, pdf": seed_variants.seed_pdf(root / "seed.pdf"),
        }
        rows = [
            measure("seed, UTF-8", [SEED], rounds * 10, with_floor=True),
            measure(f"generated corpus ({count})", corpus, rounds, with_floor=True),
            *(
                measure(subject, [path], rounds * 3, with_floor=subject.endswith("GBK"))
                for subject, path in variants.items()
            ),
        ]
        largest = max(corpus, key=lambda path: path.stat().st_size)
        memory = [
            ("seed, UTF-8", peak_memory(SEED)),
            ("seed, pdf", peak_memory(variants["seed, pdf"])),
            (f"largest generated ({largest.stat().st_size / 1000:.0f} KB)", peak_memory(largest)),
        ]

    print("Parse throughput (best of rounds, one core)\n")
    print(render([HEADER, *(row.cells for row in rows)]))
    print("\nPeak memory while parsing (tracemalloc)\n")
    print(render([["document", "peak MB"], *([name, f"{peak:.2f}"] for name, peak in memory)]))
    seed, generated = rows[0], rows[1]
    assert seed.floor_seconds is not None and generated.floor_seconds is not None
    print(
        "\nTargets: seed < 10 ms: {}; corpus ≤ 20× floor: {}; {} documents in {:.1f} s".format(
            "met" if seed.median_ms < 10 else "MISSED",
            "met" if generated.seconds <= 20 * generated.floor_seconds else "MISSED",
            generated.documents,
            generated.seconds,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
