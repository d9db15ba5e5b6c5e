"""3. Lazy iteration memory: ``isogeo.search.iter()`` over 20,000 metadata, peak RSS growth.

Each side runs in a fresh child process (:mod:`bench.memory_child`): ours iterates
``isogeo.search.iter()`` (pages of 100, each result a decoded ``Metadata``); the floor iterates
the same pages with raw ``httpx`` and ``json.loads``. The target is not a time: peak RSS growth
<= 60 MiB, and flat in N — what the iterator keeps per result (the ids of its duplicate check)
must stay under 1 KiB, where a retained ``Metadata`` would cost several KiB.
"""

from __future__ import annotations

from typing import Any

from bench.config import BenchConfig
from bench.harness import Row, child_json
from bench.sandbox import SandboxProcess

GROWTH_LIMIT_MIB = 60.0
FLAT_LIMIT_KIB_PER_ITEM = 1.0


def _child(options: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = child_json("bench.memory_child", options)
    result["growth_mib"] = {int(k): v for k, v in result["growth_mib"].items()}
    return result


def run(sandbox: SandboxProcess, config: BenchConfig) -> list[Row]:
    client_id, secret, client_options = sandbox.client_options()
    checkpoints = list(config.memory_checkpoints)
    common = {"checkpoints": checkpoints, "api_url": sandbox.api_url}
    floor = _child({**common, "side": "floor", "token": sandbox.access_token()})
    ours = _child(
        {
            **common,
            "side": "ours",
            "client_id": client_id,
            "client_secret": secret,
            "client_options": client_options,
        }
    )
    total = int(sandbox.info["metadata_count"])
    if ours["count"] != total or floor["count"] != total:
        raise RuntimeError(
            f"expected {total} results, iterated {ours['count']} (ours), {floor['count']} (floor)"
        )
    growth = ours["growth_mib"]
    first, last = checkpoints[0], checkpoints[-1]
    per_item_kib = (growth[last] - growth[first]) * 1024 / (last - first)
    peak = max(growth.values())
    met = peak <= GROWTH_LIMIT_MIB and per_item_kib < FLAT_LIMIT_KIB_PER_ITEM
    at = ", ".join(f"{n:,}: {growth[n]:.1f} MiB" for n in checkpoints)
    floor_at = ", ".join(f"{n:,}: {floor['growth_mib'][n]:.1f}" for n in checkpoints)
    return [
        Row(
            scenario=f"3. lazy iteration, {total:,} metadata: peak RSS growth (time: ours vs raw httpx)",
            ours_s=ours["seconds"],
            floor_s=floor["seconds"],
            ratio=ours["seconds"] / floor["seconds"],
            target_ratio=None,
            met=met,
            notes=(
                f"Target: peak RSS growth <= {GROWTH_LIMIT_MIB:g} MiB and flat in N "
                f"(met: {'yes' if met else 'no'}). "
                f"Ours, peak growth over a baseline of {ours['baseline_mib']:.1f} MiB at {at}: "
                f"{per_item_kib:.3f} KiB kept per extra metadata (limit {FLAT_LIMIT_KIB_PER_ITEM:g} KiB). "
                f"Floor (raw httpx + json.loads, same pages): {floor_at} MiB. Peak from "
                f"{ours['peak_source']}. Times are one iteration each (report only)."
            ),
        )
    ]
