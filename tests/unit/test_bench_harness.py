"""The benchmark harness (bench/): rows, alternation, table, and the exit status of a failed scenario.

No time is asserted: only the shape of what the harness produces.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bench.__main__ as bench_main
from bench import readme
from bench.config import ROOT
from bench.harness import ROW_KEYS, Row, failed_row, interleaved, markdown_table, ratio_row


def test_ratio_row_is_ours_over_floor_and_met_against_the_target() -> None:
    row = ratio_row("x", 3.0, 2.0, 1.25, "n")
    assert (row.ratio, row.met) == (1.5, False)
    assert ratio_row("x", 2.0, 2.0, 1.25, "n").met is True
    assert ratio_row("x", 2.0, 1.0, None, "n").met is None


def test_row_json_has_exactly_the_documented_keys() -> None:
    assert tuple(ratio_row("x", 1.0, 1.0, 2.0, "n").as_json()) == ROW_KEYS


def test_interleaved_alternates_and_rotates_the_order() -> None:
    calls: list[str] = []
    samples = interleaved(
        {"a": lambda: calls.append("a"), "b": lambda: calls.append("b")}, repeat=2, warmup=1
    )
    assert calls == ["a", "b", "a", "b", "b", "a"]  # warm-up, round 1, round 2 rotated
    assert {name: len(values) for name, values in samples.items()} == {"a": 2, "b": 2}


def test_table_marks_missed_report_only_and_failed_rows() -> None:
    rows = [
        ratio_row("met", 1.0, 1.0, 2.0, "n"),
        ratio_row("missed", 3.0, 1.0, 2.0, "n"),
        Row("report", 1.0, None, None, None, None, "n"),
        failed_row("broken", RuntimeError("boom")),
    ]
    table = markdown_table(rows).splitlines()
    assert [line.rsplit("|", 2)[-2].strip() for line in table[2:]] == [
        "yes",
        "**no**",
        "report",
        "**failed**",
    ]


def test_a_scenario_that_cannot_run_is_a_row_and_a_non_zero_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(config: object) -> list[Row]:
        raise RuntimeError("no generator here")

    monkeypatch.setattr(bench_main.generation, "run", broken)
    assert bench_main.main(["--quick", "--only", "5", "--output", str(tmp_path)]) == 1
    rows = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert [row["scenario"] for row in rows] == ["5. generation"]
    assert rows[0]["notes"] == "could not run: RuntimeError: no generator here"
    assert json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))["failed"] == ["5. generation"]


def test_unknown_scenarios_are_refused() -> None:
    with pytest.raises(SystemExit):
        bench_main.main(["--only", "8"])


def test_contributing_quotes_the_committed_results() -> None:
    assert readme.DOCUMENT == ROOT / "CONTRIBUTING.md"
    quoted = readme.block(readme.DOCUMENT.read_text(encoding="utf-8"))
    assert quoted == readme.render(*readme.load(ROOT / "bench" / "results")), (
        "CONTRIBUTING.md's benchmark table is not the one of bench/results: run `make bench` (it "
        "rewrites both), or python -c 'from pathlib import Path; from bench import readme; "
        'readme.update(readme.DOCUMENT, Path("bench/results"))\''
    )


def test_update_rewrites_only_the_block(tmp_path: Path) -> None:
    document = tmp_path / "CONTRIBUTING.md"
    document.write_text(f"# Title\n\n{readme.START}\nold table\n{readme.END}\n\nAfter.\n", encoding="utf-8")

    assert readme.update(document, ROOT / "bench" / "results")

    text = document.read_text(encoding="utf-8")
    assert text.startswith("# Title\n\n") and text.endswith("\n\nAfter.\n") and "old table" not in text
    assert readme.block(text) == readme.render(*readme.load(ROOT / "bench" / "results"))

    without = tmp_path / "without.md"
    without.write_text("no block here\n", encoding="utf-8")
    assert not readme.update(without, ROOT / "bench" / "results")
    assert without.read_text(encoding="utf-8") == "no block here\n"


def test_per_object_times_keep_their_precision_in_json() -> None:
    # A quick run's decoding row: a few µs per object. Rounding to 6 decimals turned 5.052 into
    # 5 µs and broke ratio == ours_s / floor_s in latest.json.
    row = ratio_row("2. decoding", 5.052e-6, 1.0e-6, 8.0, "per object").as_json()
    assert row["ours_s"] == pytest.approx(5.052e-6, rel=1e-5)
    assert row["ratio"] == pytest.approx(row["ours_s"] / row["floor_s"], rel=1e-3)


def test_met_is_judged_on_the_ratio_as_written() -> None:
    row = ratio_row("x", 2.0004, 1.0, 2.0, "")
    assert row.as_json()["ratio"] == 2.0
    assert row.met is True
    assert ratio_row("x", 2.0006, 1.0, 2.0, "").met is False
