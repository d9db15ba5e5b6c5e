from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isogeo.errors import InvalidInputError
from isogeo.utils import pages_counter


@pytest.mark.parametrize(
    ("total", "page_size", "expected"),
    # facts §9.8
    [
        (50, 100, 1),
        (100, 100, 1),
        (101, 100, 2),
        (626, 100, 7),
        (156, 22, 8),
        (50, 10, 5),
        (0, 100, 1),
        (1, 1, 1),
    ],
)
def test_pages_counter(total: int, page_size: int, expected: int) -> None:
    assert pages_counter(total, page_size) == expected


def test_pages_counter_default_page_is_the_api_maximum() -> None:
    assert pages_counter(201) == 3


@pytest.mark.parametrize(
    ("total", "page_size", "argument"),
    [
        (-1, 100, "total"),
        (10.0, 100, "total"),
        (True, 100, "total"),
        (10, 0, "page_size"),
        (10, -5, "page_size"),
    ],
)
def test_pages_counter_refuses_bad_input(total: object, page_size: object, argument: str) -> None:
    with pytest.raises(InvalidInputError, match=rf"^{argument}="):
        pages_counter(total, page_size)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=1000))
def test_pages_hold_every_result_and_no_page_is_empty(total: int, page_size: int) -> None:
    pages = pages_counter(total, page_size)
    assert pages == max(1, math.ceil(total / page_size))
    assert pages * page_size >= total
    assert total == 0 or (pages - 1) * page_size < total
