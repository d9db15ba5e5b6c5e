"""Soak: 3,000 mixed operations (``ISOGEO_SOAK_OPERATIONS`` for more) against the sandbox with 5 %
injected faults, 24 at a time.

One :class:`isogeo.AsyncIsogeo` client (one pool, one token, refreshed when the sandbox expires
every token mid-run) runs a seeded mix — single reads, search pages, whole-results searches,
creates, updates, uploads, downloads — while probability-scoped fault rules (seeded: the same
faults on every run) break about 5 % of the requests: 429/500/502/503/504, resets, drops, bodies
cut short, invalid JSON, HTML pages with 200, token expiry.

What is counted, precisely:

* **completed**: the operation returned, and what it returned is what the sandbox holds (the
  contact read, the page of the search, every result of a whole search in order, the bytes of
  the download); **retried** among them: the transport retried at least one of its requests
  (``RetryPolicy(on_retry=...)``, attributed to the operation through a context variable);
* **failed with a typed error**: an :class:`isogeo.errors.IsogeoError` subclass documented for
  that failure (the fault matrix pins which one);
* **duplicated** (must be 0): a write whose effect appears more than once server-side — two
  contacts with the create's unique name, two links with the upload's unique title;
* **lost** (must be 0): an operation whose outcome is neither a success nor a typed error; a
  successful write not visible server-side (create, update, upload); a successful read whose
  content differs from the server's;
* **failed writes applied anyway**: a write that raised a typed error but took effect once (its
  answer was cut short or timed out): not a duplicate nor a loss, but what a caller must expect
  (check before re-sending);
* latency: wall time of each operation (retries and waits included), p50 and p99.
"""

from __future__ import annotations

import asyncio
import contextvars
import os
import random
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from isogeo import AsyncIsogeo, RetryPolicy
from isogeo.config import RetryEvent
from isogeo.errors import IsogeoError
from isogeo_api.models import Contact
from isogeo_sandbox.config import SandboxConfig
from isogeo_sandbox.server import RunningSandbox
from tests.reliability.figures import FIGURES, SoakFigures
from tests.reliability.lab import Lab
from tests.reliability.leaks import SOURCES, LeakWatch, sandbox_secrets

pytestmark = pytest.mark.integration

# 3,000 keep make test within its budget; ISOGEO_SOAK_OPERATIONS=10000 runs the long soak.
OPERATION_COUNT = int(os.environ.get("ISOGEO_SOAK_OPERATIONS", "3000"))
CONCURRENCY = 24
SEED = 20260101
PAGE = 20
# Probability-scoped fault rules, about 5 % of the requests in all, plus 0-1 ms of latency on each.
FAULTS = ";".join(
    [
        "latency=0.5,jitter=0.5",
        "status=503,probability=0.012",
        "status=502,probability=0.005",
        "status=504,probability=0.003",
        "status=500,probability=0.004",
        "status=429,retry-after=1,probability=0.003",
        "reset,probability=0.008",
        "drop,probability=0.004",
        "truncate,probability=0.005",
        "invalid-json,probability=0.002",
        "html,probability=0.002",
        "expire-tokens,probability=0.001",
    ]
)
FAULT_RATE = 0.05
MIX = {
    "read": 40,
    "search page": 15,
    "whole search": 2,
    "create": 20,
    "update": 10,
    "upload": 3,
    "download": 10,
}

_current: contextvars.ContextVar[list[RetryEvent] | None] = contextvars.ContextVar("soak_op", default=None)


def _count_retry(event: RetryEvent) -> None:
    events = _current.get()
    if events is not None:
        events.append(event)


@dataclass
class Ledger:
    """Every operation's outcome, and what the writes were meant to leave server-side."""

    latencies_ms: list[float] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    retried: int = 0
    retries: int = 0
    lost: list[str] = field(default_factory=list)
    created: dict[str, bool] = field(default_factory=dict)  # unique name -> the create succeeded
    uploaded: dict[str, bool] = field(default_factory=dict)  # unique title -> the upload succeeded
    errors_seen: list[IsogeoError] = field(default_factory=list)


@dataclass
class World:
    """What the soak reads and writes, and the server's truth to compare with."""

    lab: Lab
    workdir: Path
    workgroup: str
    contacts: dict[str, str]  # contact id -> name
    metadata: list[str]
    pages: dict[int, list[str]]  # search offset -> ids
    everything: list[str]
    download: dict[str, Any]  # hosted link (public JSON)
    download_bytes: bytes
    upload_source: Path
    upload_target: dict[str, str]
    owned: dict[int, Contact] = field(default_factory=dict)  # worker -> its contact to update


def _plan(rng: random.Random) -> Iterator[str]:
    kinds, weights = zip(*MIX.items(), strict=True)
    for _ in range(OPERATION_COUNT):
        yield rng.choices(kinds, weights)[0]


async def _operation(
    client: AsyncIsogeo, world: World, ledger: Ledger, kind: str, worker: int, rng: random.Random
) -> None:
    store = world.lab.store
    if kind == "read":
        contact_id = rng.choice(list(world.contacts))
        contact = await client.contacts.get(contact_id)
        if (contact.sys_id, contact.name) != (contact_id, store.contacts[contact_id]["name"]):
            ledger.lost.append(f"read {contact_id}: wrong content")
    elif kind == "search page":
        offset = rng.choice(list(world.pages))
        page = await client.search(page_size=PAGE, offset=offset)
        if [md.sys_id for md in page.results] != world.pages[offset]:
            ledger.lost.append(f"search page {offset}: wrong results")
    elif kind == "whole search":
        every = await client.search(whole_results=True)
        if [md.sys_id for md in every.results] != world.everything:
            ledger.lost.append("whole search: partial, duplicated or out of order")
    elif kind == "create":
        name = f"soak {uuid.uuid4().hex}"
        ledger.created[name] = False
        created = await client.contacts.create(world.workgroup, name=name)
        ledger.created[name] = True
        if created.name != name:
            ledger.lost.append(f"create {name}: wrong answer")
    elif kind == "update":
        contact = world.owned[worker]
        contact.name = f"soak update {uuid.uuid4().hex}"
        await client.contacts.update(contact)
        if store.contacts[contact.sys_id]["name"] != contact.name:
            ledger.lost.append(f"update {contact.sys_id}: not visible")
    elif kind == "upload":
        title = f"soak upload {uuid.uuid4().hex}"
        ledger.uploaded[title] = False
        await client.links.upload_hosted(world.upload_target, world.upload_source, title=title)
        ledger.uploaded[title] = True
    else:
        saved = await client.links.download_hosted(
            world.download, world.workdir / str(worker), if_exists="overwrite"
        )
        if saved.path.read_bytes() != world.download_bytes:
            ledger.lost.append("download: wrong bytes")


async def _worker(
    client: AsyncIsogeo, world: World, ledger: Ledger, plan: Iterator[tuple[int, str]], worker: int
) -> None:
    rng = random.Random(SEED + worker)
    for _, kind in plan:
        events: list[RetryEvent] = []
        token = _current.set(events)
        started = time.perf_counter()
        try:
            await _operation(client, world, ledger, kind, worker, rng)
            ledger.outcomes["completed"] += 1
            if events:
                ledger.retried += 1
        except IsogeoError as exc:
            ledger.outcomes[type(exc).__name__] += 1
            ledger.errors_seen.append(exc)
        except Exception as exc:  # neither a result nor a typed error: lost
            ledger.lost.append(f"{kind}: {type(exc).__name__}: {exc}")
        finally:
            ledger.latencies_ms.append((time.perf_counter() - started) * 1000)
            ledger.retries += len(events)
            _current.reset(token)


def _prepare(lab: Lab, workdir: Path) -> World:
    info = lab.info
    workgroup = info["workgroups"]["test"]
    with lab.raw() as raw:
        pages = {}
        everything: list[str] = []
        while True:
            page = raw.get("/resources/search", params={"_limit": 100, "_offset": len(everything)}).json()
            everything += [md["_id"] for md in page["results"]]
            if not page["results"] or len(everything) >= page["total"]:
                break
        for offset in range(0, len(everything), PAGE):
            pages[offset] = everything[offset : offset + PAGE]
        source = workdir / "soak.bin"
        source.write_bytes(os.urandom(4096))
        target = info["metadata"]["vector"]
        with source.open("rb") as handle:
            answer = raw.post(
                f"/resources/{target}/links",
                files={"file": ("soak.bin", handle)},
                data={"title": "soak download"},
            )
        answer.raise_for_status()
    link = answer.json()[0]
    store = lab.store
    contacts = {
        cid: c["name"]
        for cid, c in store.contacts.items()
        if c.get("~owner") == workgroup and c["type"] == "custom"
    }
    return World(
        lab=lab,
        workdir=workdir / "downloads",
        workgroup=workgroup,
        contacts=dict(list(contacts.items())[:20]),
        metadata=[info["metadata"][name] for name in ("vector", "raster", "complete")],
        pages=pages,
        everything=everything,
        download=link,
        download_bytes=source.read_bytes(),
        upload_source=source,
        upload_target={"_id": info["metadata"]["raster"], "type": "rasterDataset"},
    )


@pytest.fixture(scope="module")
def soak_lab() -> Iterator[Lab]:
    # Response validation off: the soak measures the client (the matrix and the contract check
    # prove the sandbox's answers against the spec).
    server = RunningSandbox(SandboxConfig(port=0, seed="small", response_validation="off")).start()
    SOURCES.append(sandbox_secrets(server.app))
    yield Lab(server)
    server.stop()


def test_soak(soak_lab: Lab, leak_watch: LeakWatch, tmp_path: Path) -> None:
    world = _prepare(soak_lab, tmp_path)
    ledger = Ledger()
    options: dict[str, Any] = {
        "retries": RetryPolicy(backoff_factor=0.05, max_backoff=1.0, on_retry=_count_retry)
    }

    async def run() -> float:
        async with soak_lab.aclient(**options) as client:
            for worker in range(CONCURRENCY):
                world.owned[worker] = await client.contacts.create(
                    world.workgroup, name=f"soak owner {worker}"
                )
            leak_watch.see(client, client.auth, client.credentials)
            soak_lab.faults(FAULTS)
            plan = iter(enumerate(_plan(random.Random(SEED))))
            started = time.perf_counter()
            await asyncio.gather(*(_worker(client, world, ledger, plan, w) for w in range(CONCURRENCY)))
            elapsed = time.perf_counter() - started
            soak_lab.clear_faults()
            leak_watch.see(client, client.auth, client.auth.token)
            return elapsed

    before = soak_lab.snapshot()
    requests_before = soak_lab.app.stats.requests
    seconds = asyncio.run(run())
    caused = soak_lab.snapshot() - before
    store = soak_lab.store

    names = Counter(c.get("name") for c in store.contacts.values())
    titles = Counter(link.get("title") for md in world.metadata for link in store.metadata[md].links)
    duplicated = [n for n in ledger.created if names[n] > 1] + [t for t in ledger.uploaded if titles[t] > 1]
    lost = list(ledger.lost)
    lost += [f"create {n}: succeeded, not stored" for n, ok in ledger.created.items() if ok and names[n] != 1]
    lost += [
        f"upload {t}: succeeded, not stored" for t, ok in ledger.uploaded.items() if ok and titles[t] != 1
    ]
    applied_anyway = sum(1 for n, ok in ledger.created.items() if not ok and names[n] == 1) + sum(
        1 for t, ok in ledger.uploaded.items() if not ok and titles[t] == 1
    )
    typed = sum(count for outcome, count in ledger.outcomes.items() if outcome != "completed")
    leak_watch.see(*ledger.errors_seen)

    FIGURES.soak = SoakFigures(
        operations=OPERATION_COUNT,
        http_requests=soak_lab.app.stats.requests - requests_before,
        concurrency=CONCURRENCY,
        fault_rate=FAULT_RATE,
        faults_injected=sum(n for kind, n in caused.faults.items() if kind != "latency"),
        completed=ledger.outcomes["completed"],
        retried=ledger.retried,
        retries=ledger.retries,
        typed_errors=typed,
        errors_by_class=dict(ledger.outcomes - Counter(completed=ledger.outcomes["completed"])),
        failed_writes_applied=applied_anyway,
        duplicated=len(duplicated),
        lost=len(lost),
        seconds=seconds,
        latencies_ms=ledger.latencies_ms,
    )
    assert ledger.outcomes["completed"] + typed + len(ledger.lost) == OPERATION_COUNT
    assert duplicated == []
    assert lost == []
    assert typed < ledger.outcomes["completed"] / 10  # most faults are recovered
