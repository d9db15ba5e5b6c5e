"""Batch retrieval (isogeo.batch), async: the mirror of test_batch.py (tasks instead of threads)."""

from __future__ import annotations

import asyncio

import pytest

from isogeo.batch import aget_many
from isogeo.errors import InternalServerError, InvalidInputError, NotFoundError

pytestmark = pytest.mark.anyio

KNOWN = {f"{n:032x}": f"entity {n}" for n in range(40)}
MISSING = "f" * 32


class FakeGetter:
    def __init__(self, *, delay: float = 0.0, failing: str | None = None) -> None:
        self.delay = delay
        self.failing = failing
        self.asked: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0

    async def __call__(self, key: str) -> str:
        self.asked.append(key)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay * (int(key, 16) % 3))  # later ids often answer first
            if key == self.failing:
                raise InternalServerError(status_code=503)
            if key not in KNOWN:
                raise NotFoundError(status_code=404)
            return KNOWN[key]
        finally:
            self.in_flight -= 1


async def test_results_come_in_input_order_with_missing_ids_reported() -> None:
    ids = [*list(KNOWN)[:10][::-1], MISSING]

    result = await aget_many(FakeGetter(delay=0.005), ids, concurrency=4)

    assert result.items == (*(KNOWN[key] for key in ids[:-1]), None)
    assert result.missing == (MISSING,) and not result.complete
    assert list(result) == [KNOWN[key] for key in ids[:-1]] and MISSING not in result.found
    with pytest.raises(InvalidInputError, match="1 not found"):
        result.raise_for_missing()


async def test_ids_in_any_form_are_normalised_and_fetched_once() -> None:
    key = next(iter(KNOWN))
    getter = FakeGetter()

    result = await aget_many(
        getter, [key.upper(), f"urn:uuid:{key[:8]}-{key[8:12]}-{key[12:16]}-{key[16:20]}-{key[20:]}"]
    )

    assert getter.asked == [key] and result.items == (KNOWN[key], KNOWN[key]) and result.ids == (key, key)


async def test_a_malformed_id_is_refused_before_any_request() -> None:
    getter = FakeGetter()

    with pytest.raises(InvalidInputError) as caught:
        await aget_many(getter, [next(iter(KNOWN)), "not-an-id"])

    assert caught.value.argument == "ids[1]" and getter.asked == []


async def test_concurrency_bounds_the_requests_in_flight() -> None:
    getter = FakeGetter(delay=0.01)

    await aget_many(getter, list(KNOWN), concurrency=3)

    assert 1 < getter.most_in_flight <= 3


async def test_another_failure_is_raised_naming_the_id() -> None:
    failing = list(KNOWN)[5]

    with pytest.raises(InternalServerError) as caught:
        await aget_many(FakeGetter(failing=failing), list(KNOWN)[:10], concurrency=2)

    assert any(failing in note for note in caught.value.__notes__)
