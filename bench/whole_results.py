"""Whole-results search time against the sandbox, by concurrency (the measure behind the default of 5).

The sandbox answers every request after ``--latency`` ms (a network round trip; the sandbox's own
search work comes on top), and holds 2,000 metadata. Each line is the median of ``--repeat`` runs
of ``isogeo.search(whole_results=True)`` (20 pages of 100) and its ratio to concurrency 1 measured
in the same run. Sync (threads) and async (tasks) clients.

    python bench/whole_results.py [--latency 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from typing import Any

from isogeo import AsyncIsogeo, Isogeo
from isogeo_sandbox.config import SandboxConfig
from isogeo_sandbox.server import RunningSandbox

LEVELS = (1, 2, 5, 10, 20)


def _settings(info: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    app = info["user_app"]
    options = {
        "username": app["username"],
        "password": app["password"],
        "api_url": info["api_url"],
        "id_url": info["id_url"],
        "trust_env": False,
    }
    return app["client_id"], app["client_secret"], options


def measure_sync(info: dict[str, Any], concurrency: int, repeat: int) -> float:
    client_id, secret, options = _settings(info)
    with Isogeo(client_id, secret, **options) as isogeo:
        isogeo.authenticate()
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            whole = isogeo.search(whole_results=True, concurrency=concurrency)
            runs.append(time.perf_counter() - started)
            assert len(whole.results) == whole.total
    return statistics.median(runs)


async def measure_async(info: dict[str, Any], concurrency: int, repeat: int) -> float:
    client_id, secret, options = _settings(info)
    async with AsyncIsogeo(client_id, secret, **options) as isogeo:
        await isogeo.authenticate()
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            whole = await isogeo.search(whole_results=True, concurrency=concurrency)
            runs.append(time.perf_counter() - started)
            assert len(whole.results) == whole.total
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=50.0, help="ms added to every answer")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    config = SandboxConfig(port=0, latency_ms=args.latency, response_validation="off")
    server = RunningSandbox(config).start()
    try:
        info = server.info()
        print(
            f"whole results over {info['metadata_count']} metadata, {args.latency:.0f} ms latency per request"
        )
        for name, run in (
            ("sync ", lambda c: measure_sync(info, c, args.repeat)),
            ("async", lambda c: asyncio.run(measure_async(info, c, args.repeat))),
        ):
            baseline = None
            for level in LEVELS:
                seconds = run(level)
                baseline = baseline or seconds
                print(f"{name} concurrency {level:>2}: {seconds:6.2f} s  (x{baseline / seconds:4.1f} vs 1)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
