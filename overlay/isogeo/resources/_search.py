"""What the sync and async search namespaces share (:mod:`isogeo.resources.search`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from isogeo.errors import InvalidInputError
from isogeo.pagination import (
    PAGE_SIZE_MAX,
)
from isogeo.search import (
    SearchRequest,
    build_search_request,
)

# Options that make no sense for a lazy iteration over results.
_NOT_FOR_ITERATION = (
    "whole_results",
    "expected_total",
    "concurrency",
    "augment",
    "tags_as_dicts",
    "tags_duplicates",
)


def _iteration_request(options: Mapping[str, Any]) -> SearchRequest:
    for name in _NOT_FOR_ITERATION:
        if name in options:
            raise InvalidInputError(
                name, options[name], "search() for it", reason="search.iter() yields metadata one by one"
            )
    request = build_search_request(options, default_page_size=PAGE_SIZE_MAX)
    if request.page_size == 0:
        raise InvalidInputError("page_size", 0, "an int from 1 to 100", reason="iterating needs results")
    return request
