"""Result rows, alternating timings, the Markdown table and the JSON files of a benchmark run."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.config import ROOT

ROW_KEYS = ("scenario", "ours_s", "floor_s", "ratio", "target_ratio", "met", "notes")


@dataclass
class Row:
    """One line of ``latest.json``: ``ratio`` is always ``ours_s / floor_s``, lower is better.

    ``met`` is ``ratio <= target_ratio`` when the target is a ratio; a scenario whose target is
    not a time (memory) sets it from that target and says so in ``notes``; ``None`` means
    report only.
    """

    scenario: str
    ours_s: float | None
    floor_s: float | None
    ratio: float | None
    target_ratio: float | None
    met: bool | None
    notes: str

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("ours_s", "floor_s"):
            if data[key] is not None:
                # Significant figures, not decimals: a per-object time of a few µs keeps its
                # precision, so that ``ratio`` stays ``ours_s / floor_s`` in the file too.
                data[key] = float(f"{data[key]:.6g}")
        if data["ratio"] is not None:
            data["ratio"] = round(data["ratio"], 3)
        return data


def ratio_row(scenario: str, ours_s: float, floor_s: float, target_ratio: float | None, notes: str) -> Row:
    """A row whose target (if any) is ``ours_s / floor_s <= target_ratio``."""
    # Judged on the ratio as written (3 decimals), so that a row never reads "2.0, target 2.0, missed".
    ratio = round(ours_s / floor_s, 3) if floor_s > 0 else None
    met = None if target_ratio is None or ratio is None else ratio <= target_ratio
    return Row(scenario, ours_s, floor_s, ratio, target_ratio, met, notes)


def failed_row(scenario: str, error: BaseException) -> Row:
    """The row of a scenario that could not run (``make bench`` then exits non-zero)."""
    return Row(scenario, None, None, None, None, None, f"could not run: {type(error).__name__}: {error}")


def interleaved(
    runners: Mapping[str, Callable[[], object]],
    *,
    repeat: int,
    warmup: int = 1,
    cpu: dict[str, list[float]] | None = None,
) -> dict[str, list[float]]:
    """Wall times of each runner over ``repeat`` rounds, alternating them within each round.

    The order rotates from one round to the next so that neither side always runs first (warm
    caches, CPU frequency, the neighbour's load); ``warmup`` untimed rounds open connections,
    fetch tokens and import lazily loaded modules before anything is timed. ``cpu``, if given,
    receives this process's CPU seconds of each run (all threads; the server is another process).
    """
    names = list(runners)
    for _ in range(warmup):
        for name in names:
            runners[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_index in range(repeat):
        shift = round_index % len(names)
        for name in names[shift:] + names[:shift]:
            started, cpu_started = time.perf_counter(), time.process_time()
            runners[name]()
            samples[name].append(time.perf_counter() - started)
            if cpu is not None:
                cpu.setdefault(name, []).append(time.process_time() - cpu_started)
    return samples


def counted(expected: int, what: str, run: Callable[[], int]) -> Callable[[], None]:
    """``run`` as a runner that fails (``RuntimeError``) when it does not count ``expected`` ``what``:
    a side that lost or mixed up results is not timed as if it had done the work."""

    def checked() -> None:
        count = run()
        if count != expected:
            raise RuntimeError(f"expected {expected} {what}, got {count}")

    return checked


def child_json(
    module: str, options: Mapping[str, Any], *, env: Mapping[str, str] | None = None, timeout: float = 600
) -> Any:
    """What ``python -m module '<options as JSON>'`` prints as JSON: a fresh interpreter run from the
    repository for at most ``timeout`` seconds; ``RuntimeError`` with the end of its stderr when it
    fails."""
    completed = subprocess.run(
        [sys.executable, "-m", module, json.dumps(options)],
        cwd=ROOT,
        env=None if env is None else dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{module} failed:\n{completed.stderr[-2000:]}")
    return json.loads(completed.stdout)


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def spread(samples: Sequence[float]) -> str:
    """``median (min-max, n=N)`` in seconds, for the notes."""
    return f"{median(samples):.3f} s (min {min(samples):.3f}, max {max(samples):.3f}, n={len(samples)})"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_info() -> dict[str, Any]:
    """CPU model, cores, Python and OS of this run."""
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": sys.implementation.name,
        "os": f"{platform.system()} {platform.release()}",
    }


def load_average() -> tuple[float, float, float]:
    """The 1, 5 and 15 minute load averages (others' work on a shared machine shows here)."""
    try:
        return os.getloadavg()
    except OSError:  # pragma: no cover - not on Linux/macOS
        return (0.0, 0.0, 0.0)


def machine_line(machine: Mapping[str, Any]) -> str:
    return f"{machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, {machine['os']}"


def _cell(value: float | None, unit: str = "s") -> str:
    if value is None:
        return "—"
    if unit == "s" and value < 0.01:
        return f"{value * 1e6:.1f} µs"
    return f"{value:.3f} {unit}"


def _met(row: Row) -> str:
    if row.met is None:
        return "report" if not row.notes.startswith("could not run") else "**failed**"
    return "yes" if row.met else "**no**"


def markdown_table(rows: Sequence[Row]) -> str:
    """The table of the run (ratio = ours ÷ floor; the target is met when the ratio is at most it)."""
    lines = [
        "| # | Scenario | Ours | Floor | Ratio | Target | Met |",
        "|---|---|---:|---:|---:|---:|:---:|",
    ]
    for index, row in enumerate(rows, 1):
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}"
        target = "—" if row.target_ratio is None else f"≤ {row.target_ratio:g}"
        lines.append(
            f"| {index} | {row.scenario} | {_cell(row.ours_s)} | {_cell(row.floor_s)} | {ratio} | "
            f"{target} | {_met(row)} |"
        )
    return "\n".join(lines)


def notes_list(rows: Sequence[Row]) -> str:
    return "\n".join(f"{index}. {row.notes}" for index, row in enumerate(rows, 1))


@dataclass
class RunInfo:
    """The top-level facts of a run, written to ``run.json`` beside ``latest.json``."""

    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    machine: dict[str, Any] = field(default_factory=machine_info)
    mode: str = "full"
    latency_ms: float = 20.0
    total_s: float | None = None
    failed: list[str] = field(default_factory=list)
    server_pids: list[int] = field(default_factory=list)
    load_before: tuple[float, float, float] = field(default_factory=lambda: load_average())
    load_after: tuple[float, float, float] | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "date": self.started.isoformat(timespec="seconds"),
            "machine": self.machine,
            "mode": self.mode,
            "latency_ms": self.latency_ms,
            "total_s": None if self.total_s is None else round(self.total_s, 1),
            "failed": self.failed,
            "server_pids": self.server_pids,
            "load_average_before": self.load_before,
            "load_average_after": self.load_after,
            "note": (
                "ratio = ours_s / floor_s (lower is better; met = ratio <= target_ratio). The sandbox "
                "runs in its own process on the same 2-core machine: server and client compete for "
                "the cores, and the server's own work is part of both ours and the floor."
            ),
        }


def write_results(directory: Path, rows: Sequence[Row], run: RunInfo) -> tuple[Path, Path]:
    """``latest.json`` (the rows) and ``run.json`` (date, machine, mode, total time)."""
    directory.mkdir(parents=True, exist_ok=True)
    latest = directory / "latest.json"
    meta = directory / "run.json"
    latest.write_text(
        json.dumps([row.as_json() for row in rows], indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    meta.write_text(json.dumps(run.as_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return latest, meta
