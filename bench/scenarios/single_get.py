"""7. Single GET: the client's CPU per sequential ``GET /resources/{id}``, sandbox without latency.

Each run makes ``single_gets`` calls (100) and the four runs alternate over ``single_get_repeat``
rounds (21): short runs and many rounds keep the medians steady on a shared machine.

Ours: ``isogeo.metadata.get(id)`` — async and sync — the whole path of one call (argument checks,
OAuth2 flow, hooks, retry transport, deadlines, typed errors, a decoded ``Metadata``). Floor: the
same request with raw httpx, ``client.get(url, headers=bearer)`` on an ``httpx.AsyncClient`` /
``httpx.Client`` (the full URL with the same ``_lang``), then ``json.loads``. Calls are sequential,
so that the figure is the cost of one call, not of a concurrency strategy.

The target is on **client CPU per call** (this process's CPU; the sandbox is another process):
``ours_s`` and ``floor_s`` of the rows are CPU seconds per call, the wall times are in the notes.
The sandbox answers without latency (its own process, ``--latency-ms 0``): the rounds are short
and the client's CPU is what a call costs besides the network.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx

from bench import floor
from bench.config import BenchConfig
from bench.harness import Row, counted, interleaved, median, ratio_row, spread
from bench.sandbox import SandboxProcess
from isogeo import AsyncIsogeo, Isogeo

LANG = "fr"  # the client's default ``_lang``, sent by the floor too


def run(sandbox: SandboxProcess, config: BenchConfig) -> list[Row]:
    client_id, secret, options = sandbox.client_options()
    count = config.single_gets
    loop = asyncio.new_event_loop()
    isogeo = Isogeo(client_id, secret, **options)
    aisogeo = AsyncIsogeo(client_id, secret, **options)
    token = sandbox.access_token()
    # No base URL and no default headers: each call passes its full URL and the bearer header.
    raw = httpx.AsyncClient(timeout=60, trust_env=False)
    raw_sync = httpx.Client(timeout=60, trust_env=False)
    listing = floor.async_client(sandbox.api_url, token)
    cpu: dict[str, list[float]] = {}
    try:
        results = loop.run_until_complete(floor.whole_results(listing, concurrency=5))
        ids = [record["_id"] for record in results][:count]
        if len(ids) < count:
            raise RuntimeError(f"the sandbox holds {len(ids)} metadata, fewer than {count}")
        urls = [floor.metadata_url(sandbox.api_url, metadata_id, LANG) for metadata_id in ids]
        bearer = {"Authorization": f"Bearer {token}"}
        isogeo.authenticate()
        loop.run_until_complete(aisogeo.authenticate())

        async def ours_async() -> int:
            got = 0
            for metadata_id in ids:
                got += (await aisogeo.metadata.get(metadata_id)).sys_id == metadata_id
            return got

        def ours_sync() -> int:
            got = 0
            for metadata_id in ids:
                got += isogeo.metadata.get(metadata_id).sys_id == metadata_id
            return got

        async def floor_async() -> int:
            got = 0
            for url, metadata_id in zip(urls, ids, strict=True):
                got += (await floor.aget_one(raw, url, bearer))["_id"] == metadata_id
            return got

        def floor_sync() -> int:
            got = 0
            for url, metadata_id in zip(urls, ids, strict=True):
                got += floor.get_one(raw_sync, url, bearer)["_id"] == metadata_id
            return got

        def checked(calls: Callable[[], int]) -> Callable[[], None]:
            return counted(len(ids), "metadata, each the one asked for,", calls)

        samples = interleaved(
            {
                "floor async": checked(lambda: loop.run_until_complete(floor_async())),
                "ours async": checked(lambda: loop.run_until_complete(ours_async())),
                "floor sync": checked(floor_sync),
                "ours sync": checked(ours_sync),
            },
            repeat=config.single_get_repeat,
            cpu=cpu,
        )
    finally:
        isogeo.close()
        loop.run_until_complete(aisogeo.close())
        loop.run_until_complete(raw.aclose())
        loop.run_until_complete(listing.aclose())
        raw_sync.close()
        loop.close()

    def per_call(seconds: float) -> float:
        return seconds / len(ids)

    rows = []
    for side in ("async", "sync"):
        ours, base = f"ours {side}", f"floor {side}"
        paired = median([a / b for a, b in zip(cpu[ours], cpu[base], strict=True)])
        rows.append(
            ratio_row(
                f"7. single GET: metadata.get {side} vs raw httpx, client CPU per call",
                per_call(median(cpu[ours])),
                per_call(median(cpu[base])),
                1.1,
                f"{len(ids):,} sequential GET /resources/{{id}}, sandbox without latency, medians of "
                f"{config.single_get_repeat} alternating runs; client CPU per call: ours "
                f"{per_call(median(cpu[ours])) * 1e6:.0f} µs (min {per_call(min(cpu[ours])) * 1e6:.0f}), "
                f"floor (httpx.{'AsyncClient' if side == 'async' else 'Client'}.get + json.loads) "
                f"{per_call(median(cpu[base])) * 1e6:.0f} µs (min {per_call(min(cpu[base])) * 1e6:.0f}); "
                f"median of the per-round ratios {paired:.2f}; "
                f"wall: ours {spread(samples[ours])}, floor {spread(samples[base])}, "
                f"{median(samples[ours]) / median(samples[base]):.2f}x.",
            )
        )
    return rows
