"""6. Many small calls: 2,000 ``GET /resources/{id}`` with bounded concurrency.

Ours: ``metadata.get_many(ids, concurrency=c)`` — async (tasks) and sync (threads) — the whole
path of each call (id checks, OAuth2 flow, hooks, retry transport, typed errors, a decoded
``Metadata``) plus the batch's order and missing-id bookkeeping. Floor: ``httpx.AsyncClient``
with a semaphore of c and ``json.loads``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bench import floor
from bench.config import BenchConfig
from bench.harness import Row, counted, interleaved, median, ratio_row, spread
from bench.sandbox import SandboxProcess
from isogeo import AsyncIsogeo, Isogeo


def run(sandbox: SandboxProcess, config: BenchConfig) -> list[Row]:
    client_id, secret, options = sandbox.client_options()
    concurrency = config.calls_concurrency
    loop = asyncio.new_event_loop()
    isogeo = Isogeo(client_id, secret, **options)
    aisogeo = AsyncIsogeo(client_id, secret, **options)
    raw = floor.async_client(sandbox.api_url, sandbox.access_token())
    cpu: dict[str, list[float]] = {}
    try:
        results = loop.run_until_complete(floor.whole_results(raw, concurrency=5))
        ids = [record["_id"] for record in results[: config.calls]]
        if len(ids) < config.calls:
            raise RuntimeError(f"the sandbox holds {len(ids)} metadata, fewer than {config.calls}")
        isogeo.authenticate()
        loop.run_until_complete(aisogeo.authenticate())

        def checked(count: Callable[[], int]) -> Callable[[], None]:
            return counted(len(ids), "metadata", count)

        samples = interleaved(
            {
                "floor": checked(
                    lambda: len(loop.run_until_complete(floor.get_many(raw, ids, concurrency=concurrency)))
                ),
                "ours async": checked(
                    lambda: len(
                        list(loop.run_until_complete(aisogeo.metadata.get_many(ids, concurrency=concurrency)))
                    )
                ),
                "ours sync": checked(
                    lambda: len(list(isogeo.metadata.get_many(ids, concurrency=concurrency)))
                ),
            },
            repeat=config.calls_repeat,
            cpu=cpu,
        )
    finally:
        isogeo.close()
        loop.run_until_complete(aisogeo.close())
        loop.run_until_complete(raw.aclose())
        loop.close()
    floor_s = median(samples["floor"])
    context = (
        f"{len(ids):,} GET /resources/{{id}}, concurrency {concurrency}, {config.latency_ms:g} ms latency, "
        f"medians of {config.calls_repeat} alternating runs; floor (httpx.AsyncClient + semaphore + "
        f"json.loads) {spread(samples['floor'])}, {floor_s / len(ids) * 1e3:.2f} ms per call"
    )
    return [
        ratio_row(
            f"6. many small calls: metadata.get_many {side.removeprefix('ours ')} vs raw httpx",
            median(samples[side]),
            floor_s,
            1.3,
            f"{context}; ours {spread(samples[side])}, "
            f"{median(samples[side]) / len(ids) * 1e3:.2f} ms per call. Client CPU per call: ours "
            f"{median(cpu[side]) / len(ids) * 1e6:.0f} µs, "
            f"floor {median(cpu['floor']) / len(ids) * 1e6:.0f} µs.",
        )
        for side in ("ours async", "ours sync")
    ]
