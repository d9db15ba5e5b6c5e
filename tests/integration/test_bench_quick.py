"""``python -m bench --quick`` runs every scenario end to end on a tiny configuration.

So that the benchmark code cannot rot: the sandbox starts in its own process and stops, every
scenario produces well-formed rows, and the table is printed. Times are not asserted (a tiny
run measures nothing useful, and the machines are shared).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.config import ROOT
from bench.harness import ROW_KEYS

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]


def test_quick_bench_writes_a_row_for_every_scenario(tmp_path: Path) -> None:
    completed = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bench", "--quick", "--output", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=580,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    rows = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert {row["scenario"].split(".", 1)[0] for row in rows} == {"1", "2", "3", "4", "5", "6", "7"}
    for row in rows:
        assert tuple(row) == ROW_KEYS
        assert isinstance(row["scenario"], str)
        assert isinstance(row["notes"], str)
        assert row["notes"]
        assert not row["notes"].startswith("could not run")
        assert isinstance(row["ours_s"], float)
        assert math.isfinite(row["ours_s"])
        assert row["ours_s"] > 0
        if row["floor_s"] is not None:
            assert row["floor_s"] > 0
            assert row["ratio"] == pytest.approx(row["ours_s"] / row["floor_s"], rel=1e-2)
        if row["target_ratio"] is not None:
            assert row["met"] == (row["ratio"] <= row["target_ratio"])
        assert row["met"] in (True, False, None)
    (generation,) = [row for row in rows if row["scenario"].startswith("5.")]
    # The copy must hold everything `make generate` reads (templates/ was once missing).
    assert "identical to the committed generated/isogeo_api" in generation["notes"]
    run = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert run["mode"] == "quick"
    assert run["failed"] == []
    assert {"cpu", "cores", "python"} <= set(run["machine"])
    assert "| # | Scenario | Ours | Floor | Ratio | Target | Met |" in completed.stdout
    # Three sandboxes (search, memory and single-GET scenarios) and the replay server, all stopped.
    assert len(run["server_pids"]) == 4
    for pid in run["server_pids"]:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
