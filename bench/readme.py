"""The benchmark table of CONTRIBUTING.md: written by ``make bench`` from ``bench/results``; a test checks it.

The block between :data:`START` and :data:`END` in :data:`DOCUMENT` (CONTRIBUTING.md, section
"Benchmarks") is the table of the last full run, with its date, machine and load, so that the
document always quotes what ``latest.json`` holds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.harness import Row, machine_line, markdown_table

DOCUMENT = Path(__file__).resolve().parents[1] / "CONTRIBUTING.md"
"""The document that quotes the last full run."""

START = "<!-- bench:start — written by `make bench` from bench/results; do not edit by hand -->"
END = "<!-- bench:end -->"


def load(results: Path) -> tuple[list[Row], dict[str, Any]]:
    """The rows of ``latest.json`` and the facts of ``run.json`` in ``results``."""
    rows = [Row(**row) for row in json.loads((results / "latest.json").read_text(encoding="utf-8"))]
    run: dict[str, Any] = json.loads((results / "run.json").read_text(encoding="utf-8"))
    return rows, run


def render(rows: Sequence[Row], run: dict[str, Any]) -> str:
    load_before = run.get("load_average_before") or [0.0]
    date = run["date"].replace("T", " ").replace("+00:00", " UTC")
    return "\n".join(
        [
            START,
            f"Run of {date} on {machine_line(run['machine'])}; "
            f"`make bench` took {run['total_s']:.0f} s (load average {load_before[0]:.2f} when it started: "
            "the machine is shared). Ratio = ours ÷ floor, lower is better; a target is met when the ratio "
            "is at most it. Each row's notes (medians, spread, client CPU) are in "
            "`bench/results/latest.json`.",
            "",
            markdown_table(rows),
            END,
        ]
    )


def block(text: str) -> str | None:
    """The current block of a document's text, or None when it has none."""
    if START not in text or END not in text:
        return None
    return text[text.index(START) : text.index(END) + len(END)]


def update(document: Path, results: Path) -> bool:
    """Replace the document's block with the table of ``results``; False when it has no block."""
    text = document.read_text(encoding="utf-8")
    current = block(text)
    if current is None:
        return False
    document.write_text(text.replace(current, render(*load(results))), encoding="utf-8")
    return True
