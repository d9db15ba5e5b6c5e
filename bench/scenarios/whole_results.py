"""1. Whole-results search: ``isogeo.search(whole_results=True)`` sync and async against raw httpx.

The floor fetches the same pages (100 results each, the first one alone to learn the total,
then the others ``concurrency`` at a time) with ``httpx.AsyncClient`` and ``json.loads`` only.
Ours is the whole path: argument checks, OAuth2 flow, request hooks, retry transport, typed
errors, generated models, page merge and duplicate check.

The sequential row compares ours with the same pages fetched one after another: at
``concurrency`` c and P pages the latency-bound best is P / (1 + ceil((P - 1) / c)) — the first
page plans the others. The concurrency sweep (from the search engineer's ``whole_results.py``,
the measure behind the default of 5) shows where more concurrency stops paying: on this
machine the sandbox's own search and serialisation work, on one core, is the limit.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Sequence
from typing import Any

from bench import floor
from bench.config import BenchConfig
from bench.harness import Row, interleaved, median, ratio_row, spread
from bench.sandbox import SandboxProcess
from isogeo import AsyncIsogeo, Isogeo

INCLUDE = ("contacts", "keywords", "links")


def best_speedup(pages: int, concurrency: int) -> float:
    """The latency-bound speed-up over sequential pages: the first page alone, then rounds of c."""
    return pages / (1 + math.ceil((pages - 1) / concurrency))


def _checked(expected: int, run: Callable[[], Any]) -> Callable[[], None]:
    def checked() -> None:
        count = run()
        if count != expected:
            raise RuntimeError(f"expected {expected} results, got {count}")

    return checked


def run(sandbox: SandboxProcess, config: BenchConfig) -> list[Row]:
    client_id, secret, options = sandbox.client_options()
    total = int(sandbox.info["metadata_count"])
    pages = math.ceil(total / floor.PAGE_SIZE)
    loop = asyncio.new_event_loop()
    isogeo = Isogeo(client_id, secret, **options)
    aisogeo = AsyncIsogeo(client_id, secret, **options)
    raw = floor.async_client(sandbox.api_url, sandbox.access_token())
    rows: list[Row] = []
    sequential_by_include: dict[tuple[str, ...], float] = {}
    try:
        isogeo.authenticate()
        loop.run_until_complete(aisogeo.authenticate())

        def runners(concurrency: int, include: Sequence[str]) -> dict[str, Callable[[], None]]:
            wanted = list(include) or None

            def ours_async() -> int:
                found = loop.run_until_complete(
                    aisogeo.search(whole_results=True, include=wanted, concurrency=concurrency)
                )
                return len(found.results or [])

            def ours_sync() -> int:
                return len(
                    isogeo.search(whole_results=True, include=wanted, concurrency=concurrency).results or []
                )

            def raw_concurrent() -> int:
                return len(
                    loop.run_until_complete(
                        floor.whole_results(raw, concurrency=concurrency, include=include)
                    )
                )

            return {
                "floor": _checked(total, raw_concurrent),
                "ours async": _checked(total, ours_async),
                "ours sync": _checked(total, ours_sync),
            }

        for include in ((), INCLUDE):
            label = f"_include={','.join(include)}" if include else "no _include"

            def raw_sequential(include: Sequence[str] = include) -> int:
                return len(loop.run_until_complete(floor.sequential_results(raw, include=include)))

            timed = runners(config.concurrency, include) | {"sequential": _checked(total, raw_sequential)}
            samples = interleaved(timed, repeat=config.search_repeat)
            floor_s = median(samples["floor"])
            sequential_s = median(samples["sequential"])
            sequential_by_include[include] = sequential_s
            context = (
                f"{total:,} metadata, {pages} pages of {floor.PAGE_SIZE}, {label}, concurrency "
                f"{config.concurrency}, {config.latency_ms:g} ms latency; medians of {config.search_repeat} "
                "alternating runs"
            )
            for side in ("ours async", "ours sync"):
                rows.append(
                    ratio_row(
                        f"1. whole results, {label}: {side} vs raw httpx",
                        median(samples[side]),
                        floor_s,
                        1.25,
                        f"{context}. Ours {spread(samples[side])}; floor (httpx.AsyncClient + json.loads, "
                        f"same pages and concurrency) {spread(samples['floor'])}.",
                    )
                )
            ours_async_s = median(samples["ours async"])
            rows.append(
                ratio_row(
                    f"1. whole results, {label}: ours async vs pages one after another",
                    ours_async_s,
                    sequential_s,
                    0.2,
                    f"{context}. Speed-up over sequential pages: x{sequential_s / ours_async_s:.2f} async, "
                    f"x{sequential_s / median(samples['ours sync']):.2f} sync, "
                    f"x{sequential_s / floor_s:.2f} raw httpx (target x5, i.e. ratio <= 0.2). The "
                    f"latency-bound best at concurrency {config.concurrency} is "
                    f"x{best_speedup(pages, config.concurrency):.2f} (first page alone, then "
                    f"{math.ceil((pages - 1) / config.concurrency)} rounds); below it, the sandbox's "
                    "own work per page (one process) is what limits. Sequential "
                    f"{spread(samples['sequential'])}.",
                )
            )

        for level in config.sweep_levels:
            sweep = runners(level, ())
            samples = interleaved(
                {"floor": sweep["floor"], "ours async": sweep["ours async"]}, repeat=config.sweep_repeat
            )
            ours_s, floor_s = median(samples["ours async"]), median(samples["floor"])
            rows.append(
                ratio_row(
                    f"1. whole results sweep, concurrency {level}: ours async vs raw httpx",
                    ours_s,
                    floor_s,
                    None,
                    f"Report only (the concurrency sweep behind the default of {config.concurrency}): "
                    f"{total:,} metadata, no _include, medians of {config.sweep_repeat}. Ours "
                    f"{spread(samples['ours async'])}; floor {spread(samples['floor'])}. Speed-up over "
                    f"sequential pages x{sequential_by_include[()] / ours_s:.2f} (latency-bound best "
                    f"x{best_speedup(pages, level):.2f}).",
                )
            )
    finally:
        isogeo.close()
        loop.run_until_complete(aisogeo.close())
        loop.run_until_complete(raw.aclose())
        loop.close()
    return rows
