"""``python -m bench`` (``make bench``): run every scenario, print the table, write the JSON.

    python -m bench [--quick] [--only 1,4] [--output DIR]

Exit status 1 when a scenario could not run (its row says why); a missed target is a result,
reported in the table, not a failure.
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from bench import readme
from bench.config import ROOT, BenchConfig
from bench.harness import (
    Row,
    RunInfo,
    failed_row,
    load_average,
    machine_line,
    markdown_table,
    notes_list,
    write_results,
)
from bench.sandbox import STARTED_PIDS, SandboxProcess
from bench.scenarios import (
    cold_import,
    decoding,
    generation,
    memory,
    single_get,
    small_calls,
    whole_results,
)

SCENARIOS = {
    1: "whole-results search",
    2: "model decoding",
    3: "lazy iteration memory",
    4: "cold start",
    5: "generation",
    6: "many small calls",
    7: "single GET",
}


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds through the sandboxes' `with` blocks


def _attempt(rows: list[Row], run: RunInfo, number: int, scenario: Callable[[], list[Row]]) -> None:
    name = f"{number}. {SCENARIOS[number]}"
    print(f"-- {name}", file=sys.stderr, flush=True)
    gc.collect()  # what an earlier scenario left for the collector is not this one's to pay
    started = time.perf_counter()
    try:
        rows.extend(scenario())
    except Exception as error:
        traceback.print_exc()
        rows.append(failed_row(name, error))
        run.failed.append(name)
    print(f"   {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


def _selected(value: str) -> set[int]:
    chosen = {int(part) for part in value.split(",") if part.strip()}
    unknown = chosen - set(SCENARIOS)
    if unknown:
        raise argparse.ArgumentTypeError(f"no scenario {sorted(unknown)}; scenarios are 1..{len(SCENARIOS)}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks the harness only")
    parser.add_argument("--only", type=_selected, default=set(SCENARIOS), help="e.g. 1,4 (default: all)")
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="folder of latest.json (default: bench/results; --quick: a temp folder)",
    )
    args = parser.parse_args(argv)
    config = BenchConfig.tiny() if args.quick else BenchConfig()
    output = args.output or (
        Path(tempfile.mkdtemp(prefix="isogeo-bench-")) if args.quick else ROOT / "bench" / "results"
    )
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    run = RunInfo(mode="quick" if args.quick else "full", latency_ms=config.latency_ms)
    rows: list[Row] = []
    started = time.perf_counter()

    if args.only & {1, 2, 4, 6}:
        try:
            sandbox = SandboxProcess(
                seed=config.search_seed, latency_ms=config.latency_ms, metadata_count=config.search_count
            )
            with sandbox:
                if 1 in args.only:
                    _attempt(rows, run, 1, lambda: whole_results.run(sandbox, config))
                if 2 in args.only:
                    _attempt(rows, run, 2, lambda: decoding.run(sandbox, config))
                if 6 in args.only:
                    _attempt(rows, run, 6, lambda: small_calls.run(sandbox, config))
                if 4 in args.only:
                    _attempt(rows, run, 4, lambda: cold_import.first_call(sandbox, config))
        except Exception as error:  # the sandbox itself did not start
            traceback.print_exc()
            for number in sorted(args.only & {1, 2, 4, 6}):
                if not any(row.scenario.startswith(f"{number}.") for row in rows):
                    rows.append(failed_row(f"{number}. {SCENARIOS[number]}", error))
                    run.failed.append(f"{number}. {SCENARIOS[number]}")
    if 3 in args.only:

        def lazy_memory() -> list[Row]:
            with SandboxProcess(
                seed=config.memory_seed, latency_ms=config.latency_ms, metadata_count=config.memory_count
            ) as sandbox:
                return memory.run(sandbox, config)

        _attempt(rows, run, 3, lazy_memory)
    if 7 in args.only:

        def single_gets() -> list[Row]:
            with SandboxProcess(seed=config.single_get_seed, latency_ms=0.0) as sandbox:
                return single_get.run(sandbox, config)

        _attempt(rows, run, 7, single_gets)
    if 4 in args.only:
        _attempt(rows, run, 4, lambda: cold_import.run(config))
    if 5 in args.only:
        _attempt(rows, run, 5, lambda: generation.run(config))

    rows.sort(key=lambda row: row.scenario.split(".", 1)[0])
    run.total_s = time.perf_counter() - started
    run.server_pids = list(STARTED_PIDS)
    run.load_after = load_average()
    latest, _ = write_results(output, rows, run)
    if not args.quick and output.resolve() == (ROOT / "bench" / "results").resolve():
        readme.update(readme.DOCUMENT, output)  # CONTRIBUTING.md quotes the last full run
    print(
        f"\nBenchmarks of {run.started:%Y-%m-%d %H:%M} UTC on {machine_line(run.machine)} "
        f"({run.mode}; sandbox in its own process, {config.latency_ms:g} ms latency; "
        f"ratio = ours / floor, lower is better)\n"
    )
    print(markdown_table(rows))
    print("\nNotes:\n")
    print(notes_list(rows))
    print(
        f"\n{len(rows)} rows in {run.total_s:.0f} s; load average (1 min) {run.load_before[0]:.2f} before, "
        f"{run.load_after[0]:.2f} after (2 cores, shared); written to {latest}"
    )
    if run.failed:
        print(f"could not run: {', '.join(run.failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
