"""How the Isogeo API wants list query parameters on the wire.

The API reads list parameters (``_include``, ``_id``, ``_tag``, ``box``) as **one
comma-separated value** (``_include=links,contacts``); the spec says so with ``style: form, explode: false``.
openapi-python-client 0.29 ignores ``explode: false`` and repeats the key
(``_include=links&_include=contacts``; upstream issue #197). Every HTTP client the overlay
builds runs :func:`join_list_params` on outgoing requests to restore the documented form.

``tests/unit/test_wire.py`` checks that :data:`COMMA_JOINED_PARAMS` lists exactly the
non-exploded query parameters of ``openapi/isogeo.yaml``, so the two cannot drift apart.
"""

from __future__ import annotations

import httpx

COMMA_JOINED_PARAMS: frozenset[str] = frozenset({"_include", "_id", "_tag", "box"})
_RAW_KEYS = tuple(name.encode("ascii") + b"=" for name in sorted(COMMA_JOINED_PARAMS))
"""Each parameter as it starts in a raw query (a key repeated shows at least twice there)."""


def join_list_params(url: httpx.URL) -> httpx.URL:
    """Return ``url`` with repeated comma-joined parameters folded into one value.

    >>> str(join_list_params(httpx.URL("https://h/r?_include=links&_include=tags&q=a")))
    'https://h/r?_include=links%2Ctags&q=a'
    """
    query = url.query
    if not any(query.count(key) > 1 for key in _RAW_KEYS):  # the raw text first: most URLs end here
        return url
    params = url.params
    folded = join_list_query(params)
    return url if folded is params else url.copy_with(params=folded)


def join_list_query(params: httpx.QueryParams) -> httpx.QueryParams:
    """``params`` with repeated comma-joined parameters folded into one value (``params`` itself
    when none is repeated).

    >>> str(join_list_query(httpx.QueryParams([("_include", "links"), ("q", "a"), ("_include", "tags")])))
    '_include=links%2Ctags&q=a'
    """
    if not any(len(params.get_list(name)) > 1 for name in COMMA_JOINED_PARAMS):
        return params
    folded: list[tuple[str, str]] = []
    seen: set[str] = set()
    for key, value in params.multi_items():
        if key not in COMMA_JOINED_PARAMS:
            folded.append((key, value))
        elif key not in seen:
            seen.add(key)
            folded.append((key, ",".join(params.get_list(key))))
    return httpx.QueryParams(tuple(folded))


def join_list_params_hook(request: httpx.Request) -> None:
    """``httpx.Client`` request event hook applying :func:`join_list_params`."""
    request.url = join_list_params(request.url)
