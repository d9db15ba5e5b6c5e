"""Child process of scenario 3: iterate search results lazily and report RSS growth as JSON.

    python -m bench.memory_child '{"side": "ours", "api_url": ..., "checkpoints": [5000, ...], ...}'

Run in a fresh interpreter so that the parent's heap does not blur the figures. The baseline is
taken after the client is built, authenticated and has decoded one result (modules imported,
connections open); the peak is the kernel's high-water mark (``VmHWM``), reset at the baseline
through ``/proc/self/clear_refs`` — or, where that is refused, the largest RSS seen at each page.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MIB = 1024 * 1024


def _status(field: str) -> float:
    """A ``/proc/self/status`` memory field in MiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024 / MIB
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    except OSError:
        return False
    return True


def _items(options: dict[str, Any]) -> tuple[Iterator[Any], Any]:
    """(the lazy iterator, the client to close) of one side."""
    if options["side"] == "ours":
        from isogeo import Isogeo

        isogeo = Isogeo(options["client_id"], options["client_secret"], **options["client_options"])
        isogeo.authenticate()
        # Imports, connection, one decoded result (a page of 1 would plan 20,000 pages: over MAX_PAGES).
        next(iter(isogeo.search.iter(page_size=20)))
        return isogeo.search.iter(), isogeo
    from bench import floor

    client = floor.sync_client(options["api_url"], options["token"])
    next(floor.iter_results(client))
    return floor.iter_results(client), client


def main() -> None:
    options = json.loads(sys.argv[1])
    checkpoints = sorted(int(n) for n in options["checkpoints"])
    iterator, client = _items(options)
    gc.collect()
    baseline = _status("VmRSS")
    kernel_peak = _reset_peak()
    sampled_peak = baseline
    growth: dict[int, float] = {}
    count = 0
    started = time.perf_counter()
    for count, _item in enumerate(iterator, 1):
        if count % 100 == 0:
            sampled_peak = max(sampled_peak, _status("VmRSS"))
        if count in checkpoints:
            peak = _status("VmHWM") if kernel_peak else sampled_peak
            growth[count] = peak - baseline
    elapsed = time.perf_counter() - started
    client.close()
    json.dump(
        {
            "side": options["side"],
            "count": count,
            "seconds": elapsed,
            "baseline_mib": baseline,
            "growth_mib": growth,
            "peak_source": "VmHWM" if kernel_peak else "VmRSS sampled every 100 results",
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
