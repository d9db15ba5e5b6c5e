"""1. Whole-results search: ``isogeo.search(whole_results=True)`` sync and async against raw httpx.

The floor fetches the same pages (100 results each, the first one alone to learn the total,
then the others ``concurrency`` at a time) with ``httpx.AsyncClient`` and ``json.loads`` only.
Ours is the whole path: argument checks, OAuth2 flow, request hooks, retry transport, typed
errors, generated models, page merge and duplicate check.

Against the sandbox first (the setting the targets are set for). The sandbox searches and serialises its whole
catalogue for every page, on one core: it, not the network, sets the pace of every client. The
same pages are then replayed by :mod:`bench.replay` (the latency and a socket write per answer)
to show what the network allows and how close the client gets to it.

The sequential rows compare ours with the same pages fetched one after another: at concurrency
c and P pages the latency-bound best is P / (1 + ceil((P - 1) / c)) — the first page plans the
others. The concurrency sweep (from the search engineer's ``whole_results.py``, the measure
behind the default of 5) shows where more concurrency stops paying.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bench import floor
from bench.config import BenchConfig
from bench.harness import Row, counted, interleaved, median, ratio_row, spread
from bench.replay import REPLAY_TOKEN, ReplayProcess, record
from bench.sandbox import SandboxProcess
from isogeo import AsyncIsogeo, Isogeo

INCLUDE = ("contacts", "keywords", "links")
VARIANTS: tuple[tuple[str, ...], ...] = ((), INCLUDE)


def best_speedup(pages: int, concurrency: int) -> float:
    """The latency-bound speed-up over sequential pages: the first page alone, then rounds of c."""
    return pages / (1 + math.ceil((pages - 1) / concurrency))


def _label(include: Sequence[str]) -> str:
    return f"_include={','.join(include)}" if include else "no _include"


@dataclass
class _Server:
    """Clients of one server (sandbox or replay): ours sync and async, and the raw floor."""

    name: str
    total: int
    client_id: str
    secret: str
    options: dict[str, Any]
    token: str
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.new_event_loop)

    def __post_init__(self) -> None:
        self.isogeo = Isogeo(self.client_id, self.secret, **self.options)
        self.aisogeo = AsyncIsogeo(self.client_id, self.secret, **self.options)
        self.raw = floor.async_client(self.options["api_url"], self.token)
        self.isogeo.authenticate()
        self.loop.run_until_complete(self.aisogeo.authenticate())

    def close(self) -> None:
        self.isogeo.close()
        self.loop.run_until_complete(self.aisogeo.close())
        self.loop.run_until_complete(self.raw.aclose())
        self.loop.close()

    def _checked(self, run: Callable[[], int]) -> Callable[[], None]:
        return counted(self.total, "results", run)

    def runners(self, concurrency: int, include: Sequence[str]) -> dict[str, Callable[[], None]]:
        wanted = list(include) or None
        loop = self.loop

        def ours_async() -> int:
            found = loop.run_until_complete(
                self.aisogeo.search(whole_results=True, include=wanted, concurrency=concurrency)
            )
            return len(found.results or [])

        def ours_sync() -> int:
            found = self.isogeo.search(whole_results=True, include=wanted, concurrency=concurrency)
            return len(found.results or [])

        def raw_concurrent() -> int:
            pages = floor.whole_results(self.raw, concurrency=concurrency, include=include)
            return len(loop.run_until_complete(pages))

        def raw_sequential() -> int:
            return len(loop.run_until_complete(floor.sequential_results(self.raw, include=include)))

        return {
            "floor": self._checked(raw_concurrent),
            "ours async": self._checked(ours_async),
            "ours sync": self._checked(ours_sync),
            "sequential": self._checked(raw_sequential),
        }


def _compare(server: _Server, config: BenchConfig, include: Sequence[str], repeat: int) -> list[Row]:
    """Ours sync and async vs the floor, and ours async vs sequential pages, at the default concurrency."""
    c = config.concurrency
    pages = math.ceil(server.total / floor.PAGE_SIZE)
    cpu: dict[str, list[float]] = {}
    samples = interleaved(server.runners(c, include), repeat=repeat, cpu=cpu)
    client_cpu = ", ".join(
        f"{side} {median(cpu[side]):.3f} s" for side in ("ours async", "ours sync", "floor")
    )
    floor_s, sequential_s = median(samples["floor"]), median(samples["sequential"])
    ours_async_s = median(samples["ours async"])
    where = f"{server.name}, {_label(include)}"
    context = (
        f"{server.name}: {server.total:,} metadata, {pages} pages of {floor.PAGE_SIZE}, {_label(include)}, "
        f"concurrency {c}, {config.latency_ms:g} ms latency; medians of {repeat} alternating runs"
    )
    rows = [
        ratio_row(
            f"1. whole results, {where}: {side} vs raw httpx",
            median(samples[side]),
            floor_s,
            1.25,
            f"{context}. Ours {spread(samples[side])}; floor (httpx.AsyncClient + json.loads, same pages "
            f"and concurrency) {spread(samples['floor'])}. Client CPU per run (medians): {client_cpu}.",
        )
        for side in ("ours async", "ours sync")
    ]
    rows.append(
        ratio_row(
            f"1. whole results, {where}: ours async vs pages one after another",
            ours_async_s,
            sequential_s,
            0.2,
            f"{context}. Speed-up over sequential pages: x{sequential_s / ours_async_s:.2f} async, "
            f"x{sequential_s / median(samples['ours sync']):.2f} sync, x{sequential_s / floor_s:.2f} raw "
            f"httpx (target x5, i.e. ratio <= 0.2); the latency-bound best at concurrency {c} is "
            f"x{best_speedup(pages, c):.2f} (first page alone, then {math.ceil((pages - 1) / c)} rounds). "
            f"Sequential {spread(samples['sequential'])}.",
        )
    )
    return rows


def _sweep(
    server: _Server, config: BenchConfig, levels: Sequence[int], sequential_s: float | None
) -> list[Row]:
    pages = math.ceil(server.total / floor.PAGE_SIZE)
    rows = []
    for level in levels:
        runners = server.runners(level, ())
        samples = interleaved(
            {"floor": runners["floor"], "ours async": runners["ours async"]}, repeat=config.sweep_repeat
        )
        ours_s = median(samples["ours async"])
        measured = "" if sequential_s is None else f"x{sequential_s / ours_s:.2f}, "
        rows.append(
            ratio_row(
                f"1. whole results sweep, {server.name}, concurrency {level}: ours async vs raw httpx",
                ours_s,
                median(samples["floor"]),
                None,
                f"Report only (the concurrency sweep behind the default of {config.concurrency}): "
                f"{server.total:,} metadata, no _include, medians of {config.sweep_repeat}. Ours "
                f"{spread(samples['ours async'])}; floor {spread(samples['floor'])}. Speed-up over "
                f"sequential pages {measured}latency-bound best x{best_speedup(pages, level):.2f}.",
            )
        )
    return rows


def _sequential_s(rows: list[Row], server: str) -> float | None:
    for row in rows:
        if row.scenario == f"1. whole results, {server}, no _include: ours async vs pages one after another":
            return row.floor_s
    return None


def run(sandbox: SandboxProcess, config: BenchConfig) -> list[Row]:
    client_id, secret, options = sandbox.client_options()
    total = int(sandbox.info["metadata_count"])
    rows: list[Row] = []
    on_sandbox = _Server("sandbox", total, client_id, secret, options, sandbox.access_token())
    try:
        for include in VARIANTS:
            rows += _compare(on_sandbox, config, include, config.search_repeat)
        rows += _sweep(on_sandbox, config, config.sweep_levels, _sequential_s(rows, "sandbox"))
        recorded = on_sandbox.loop.run_until_complete(record(on_sandbox.raw, total=total, includes=VARIANTS))
    finally:
        on_sandbox.close()

    with ReplayProcess(recorded, latency_ms=config.latency_ms) as replay:
        replayed = {**options, "api_url": replay.url, "id_url": replay.url}
        on_replay = _Server("replay", total, client_id, secret, replayed, REPLAY_TOKEN)
        try:
            for include in VARIANTS:
                rows += _compare(on_replay, config, include, config.search_repeat)
            rows += _sweep(on_replay, config, config.replay_sweep_levels, _sequential_s(rows, "replay"))
        finally:
            on_replay.close()
    return rows
