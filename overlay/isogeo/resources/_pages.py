"""What the sync and async pages namespaces share (:mod:`isogeo.resources.pages`)."""

from __future__ import annotations

import inspect
from typing import Any

from isogeo._core.validation import prepare_arguments
from isogeo.errors import InvalidInputError
from isogeo.pagination import (
    page_content,
)

_PAGING = ("sys_limit", "sys_offset")


def _name(endpoint: object) -> str:
    return str(getattr(endpoint, "__name__", endpoint)).rsplit(".", 1)[-1]


def check_paging_endpoint(endpoint: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse an endpoint that does not page, or paging arguments given by hand; check the others.

    >>> from isogeo_api.api.contact import get_contact
    >>> check_paging_endpoint(get_contact, ("0269803d50c446b09f5060ef7fe3e22b",), {})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: endpoint='get_contact' is not accepted (it does not page); ...
    """
    function = getattr(endpoint, "sync_detailed", None)
    if function is None:
        raise InvalidInputError("endpoint", endpoint, "a generated endpoint module (isogeo_api.api...)")
    parameters = inspect.signature(function).parameters
    if not all(name in parameters for name in _PAGING):
        raise InvalidInputError(
            "endpoint",
            _name(endpoint),
            "an endpoint with _limit and _offset (search_metadata, search_thesaurus_keywords, ...)",
            reason="it does not page",
        )
    for name in _PAGING:
        if name in kwargs:
            raise InvalidInputError(
                name, kwargs[name], "page_size= and offset=", reason="the paginator sets it"
            )
    prepare_arguments(function, args, {**kwargs, "sys_limit": 1, "sys_offset": 0})


def _all(pages: list[Any]) -> list[Any]:
    return [item for page in pages for item in page_content(page)[0]]
