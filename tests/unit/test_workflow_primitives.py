"""The two hand-written primitives of the workflows (thread pool / task group) behave alike: every
item done at the bound given, and the first failure (in input order) raised."""

from __future__ import annotations

import threading

import anyio
import anyio.lowlevel
import pytest

from isogeo.errors import InvalidInputError
from isogeo.workflows._async._primitives import run_bounded as arun_bounded
from isogeo.workflows._sync._primitives import run_bounded


def test_sync_runs_every_item_within_the_bound() -> None:
    running, peak, lock = [0], [0], threading.Lock()
    done: list[int] = []
    gate = threading.Barrier(3, timeout=10)

    def work(item: int) -> None:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        if item < 3:
            gate.wait()  # the first three run together: the bound is reached
        with lock:
            running[0] -= 1
            done.append(item)

    run_bounded(work, range(8), concurrency=3)
    assert sorted(done) == list(range(8))
    assert peak[0] == 3


def test_sync_raises_the_first_failure() -> None:
    def work(item: int) -> None:
        if item in (2, 5):
            raise ValueError(f"item {item}")

    with pytest.raises(ValueError, match="item 2"):
        run_bounded(work, range(8), concurrency=1)
    with pytest.raises(ValueError, match=r"item (2|5)"):
        run_bounded(work, range(8), concurrency=4)


def test_async_runs_every_item_within_the_bound_and_raises_the_first_failure() -> None:
    running, peak = [0], [0]
    done: list[int] = []

    async def work(item: int) -> None:
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        await anyio.lowlevel.checkpoint()
        running[0] -= 1
        done.append(item)

    async def failing(item: int) -> None:
        if item == 1:
            raise ValueError("item 1")
        await anyio.lowlevel.checkpoint()

    anyio.run(lambda: arun_bounded(work, range(8), concurrency=3))
    assert sorted(done) == list(range(8)) and peak[0] == 3
    with pytest.raises(ValueError, match="item 1"):
        anyio.run(lambda: arun_bounded(failing, range(4), concurrency=2))


@pytest.mark.parametrize("concurrency", [0, 33, "4"])
def test_a_bad_bound_is_refused(concurrency: object) -> None:
    with pytest.raises(InvalidInputError, match="concurrency"):
        run_bounded(print, [], concurrency=concurrency)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="concurrency"):
        anyio.run(lambda: arun_bounded(anyio.sleep, [], concurrency=concurrency))  # type: ignore[arg-type]
