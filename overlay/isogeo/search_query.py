"""The search query checker: what is wrong with a ``q`` before it is sent (facts §6.2).

``q`` is space-separated free terms and ``prefix:value`` filters, combined with AND
(``type:vector-dataset keyword:inspire-theme:hydrography rivers``). The official SDK checks some
of it before sending (``check=True``); :func:`check_query` does the same, with a message that
names the bad token and what is accepted:

* ``type``, ``owner``, ``format`` and ``coordinate-system`` take **one** value: two different
  values (``type:service type:resource``) can match nothing, so they are refused; the same token
  written twice is harmless and accepted;
* ``type``, ``action`` and ``provider`` values come from closed lists (``type:vectorDataset``,
  the API's spelling, is refused with a hint to write ``type:vector-dataset``);
* ``share:`` is not a filter of ``q``: the share is the ``share=`` argument (the API's ``s``);
  the SDK crashed on it;
* a filter needs a value (``type:`` alone is refused).

Other filters (``keyword:``, ``catalog:``, ``contact:``, ``license:``, ``data-source:``,
``has-no:``, ``name:``, ``path:``...) and unknown ones are sent as written, as the API ignores
unknown filters. Double-quoted text is one free term (``"eaux usées"``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from isogeo.errors import InvalidInputError

__all__ = [
    "ACTION_VALUES",
    "ONE_VALUED_FILTERS",
    "PROVIDER_VALUES",
    "TYPE_VALUES",
    "ParsedQuery",
    "check_query",
    "parse_query",
]

ONE_VALUED_FILTERS = ("type", "owner", "format", "coordinate-system")
TYPE_VALUES = ("dataset", "vector-dataset", "raster-dataset", "no-geo-dataset", "service", "resource")
ACTION_VALUES = ("download", "view", "other")
PROVIDER_VALUES = ("auto", "manual")
_CLOSED_VALUES: Mapping[str, tuple[str, ...]] = {
    "type": TYPE_VALUES,
    "action": ACTION_VALUES,
    "provider": PROVIDER_VALUES,
}
# The API's own spelling of types (resource JSON) → the filter spelling `q` wants (facts §5.1).
_TYPE_HINTS = {
    "vectordataset": "vector-dataset",
    "rasterdataset": "raster-dataset",
    "nogeodataset": "no-geo-dataset",
}
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_FILTER = re.compile(r"([a-z][a-z-]*):(.*)", re.DOTALL)


@dataclass(frozen=True)
class ParsedQuery:
    """What :func:`parse_query` found in ``q``."""

    filters: tuple[str, ...] = ()
    """The ``prefix:value`` tokens, in order (what the API echoes as ``query._tags``)."""
    terms: tuple[str, ...] = ()
    """The free-text terms (quoted phrases without their quotes)."""
    one_valued: dict[str, str] = field(default_factory=dict)
    """The value of each one-valued filter present (``{"type": "service"}``)."""


def parse_query(query: str) -> ParsedQuery:
    """Split ``q`` into filters and free terms, without judging them.

    >>> parse_query('type:service "eaux usées" rivers keyword:isogeo:2018')
    ParsedQuery(filters=('type:service', 'keyword:isogeo:2018'), terms=('eaux usées', 'rivers'), \
one_valued={'type': 'service'})
    """
    filters: list[str] = []
    terms: list[str] = []
    one: dict[str, str] = {}
    for match in _TOKEN.finditer(query):
        phrase, word = match.group(1), match.group(2)
        if word is None:
            if phrase.strip():
                terms.append(phrase)
            continue
        found = _FILTER.fullmatch(word)
        if found is None:
            terms.append(word)
            continue
        filters.append(word)
        prefix, value = found.group(1), found.group(2)
        if prefix in ONE_VALUED_FILTERS:
            one.setdefault(prefix, value)
    return ParsedQuery(tuple(filters), tuple(terms), one)


def _check_filter(prefix: str, value: str, token: str, seen: dict[str, str]) -> None:
    if prefix == "share":
        raise InvalidInputError(
            "query",
            token,
            "share=<share id> to restrict a search to one share",
            reason="'share:' is not a filter of q",
        )
    if not value:
        raise InvalidInputError("query", token, f"{prefix}:<value>", reason="a filter needs a value")
    accepted = _CLOSED_VALUES.get(prefix)
    if accepted is not None and value not in accepted:
        hint = _TYPE_HINTS.get(value.lower()) if prefix == "type" else None
        reason = f"unknown {prefix!r} value" + (f"; write {prefix}:{hint}" if hint else "")
        raise InvalidInputError("query", token, [f"{prefix}:{v}" for v in accepted], reason=reason)
    if prefix in ONE_VALUED_FILTERS:
        previous = seen.get(prefix)
        if previous is not None and previous != value:
            raise InvalidInputError(
                "query",
                token,
                f"a single {prefix}: filter",
                reason=f"'{prefix}:' takes one value and q already has {prefix}:{previous}",
            )
        seen[prefix] = value


def check_query(query: str) -> ParsedQuery:
    """Refuse a ``q`` the API cannot answer as meant; return what it holds (see the module docstring).

    >>> check_query("type:vector-dataset action:download rivers").terms
    ('rivers',)
    >>> check_query("type:vectorDataset")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: query='type:vectorDataset' is not accepted (unknown 'type' value; \
write type:vector-dataset); expected one of: type:dataset, type:vector-dataset, ...
    >>> check_query("type:service type:resource")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: query='type:resource' is not accepted ('type:' takes one value ...
    """
    if not isinstance(query, str):
        raise InvalidInputError("query", query, "a str of terms and filters (may be empty)")
    seen: dict[str, str] = {}
    for token in parse_query(query).filters:
        prefix, _, value = token.partition(":")
        _check_filter(prefix, value, token, seen)
    return parse_query(query)
