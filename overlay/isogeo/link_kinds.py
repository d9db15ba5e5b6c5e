"""Which actions each kind of link allows, and cleaning a link's actions accordingly.

``GET /link-kinds`` answers a static list (facts §5.6, LNK-7) that :data:`DEFAULT_LINK_KINDS`
copies, so links can be checked offline; a fresher answer fetched from the API can be passed
instead (:func:`link_kinds_from_api` reads it).

=======================  ==========================
kind                     allowed actions
=======================  ==========================
``url``                  download, view, other
``wfs``                  download, view, other
``wms``, ``wmts``        view, other
``esriFeatureService``   download, view, other
``esriMapService``       view, other
``esriTileService``      view, other
``data``                 download, other
=======================  ==========================
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from isogeo._core.fields import read_field
from isogeo.errors import InvalidInputError

__all__ = ["DEFAULT_LINK_KINDS", "LINK_ACTIONS", "clean_link_actions", "link_kinds_from_api"]

LINK_ACTIONS: tuple[str, ...] = ("download", "view", "other")

_ALL = frozenset(LINK_ACTIONS)
_VIEW = frozenset({"view", "other"})

DEFAULT_LINK_KINDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "url": _ALL,
        "wfs": _ALL,
        "wms": _VIEW,
        "wmts": _VIEW,
        "esriFeatureService": _ALL,
        "esriMapService": _VIEW,
        "esriTileService": _VIEW,
        "data": frozenset({"download", "other"}),
    }
)
"""Link kind → allowed actions, as ``GET /link-kinds`` answers (read-only)."""


def link_kinds_from_api(link_kinds: Iterable[Any]) -> Mapping[str, frozenset[str]]:
    """Read the answer of ``GET /link-kinds`` (``[{kind, name, actions}]``, dicts or models).

    >>> table = link_kinds_from_api([{"kind": "wms", "name": "WMS service", "actions": ["view", "other"]}])
    >>> sorted(table["wms"])
    ['other', 'view']
    """
    table: dict[str, frozenset[str]] = {}
    for entry in link_kinds:
        kind = read_field(entry, "kind", "kind")
        actions = read_field(entry, "actions", "actions")
        if not isinstance(kind, str) or not kind or isinstance(actions, str | bytes) or actions is None:
            raise InvalidInputError("link_kinds", entry, "entries of GET /link-kinds: {kind, name, actions}")
        table[str(kind)] = frozenset(str(action) for action in actions)
    return MappingProxyType(table)


def clean_link_actions(
    kind: str,
    actions: Iterable[str],
    link_kinds: Mapping[str, Iterable[str]] = DEFAULT_LINK_KINDS,
) -> tuple[str, ...]:
    """Keep the actions ``kind`` allows, in the given order, without repeats.

    The SDK's ``ApiLink.clean_kind_action_liability``; useful before creating or updating a
    link. An unknown kind is refused, with the known kinds in the message.

    >>> clean_link_actions("url", ("download", "stream"))
    ('download',)
    >>> clean_link_actions("wms", ["download", "view", "view", "other"])
    ('view', 'other')
    """
    kind_value = str(kind) if isinstance(kind, str) else kind
    if not isinstance(kind_value, str) or kind_value not in link_kinds:
        raise InvalidInputError("kind", kind, sorted(link_kinds))
    if isinstance(actions, str | bytes):
        raise InvalidInputError("actions", actions, "a list of actions, not a str")
    allowed = set(link_kinds[kind_value])
    return tuple(dict.fromkeys(str(action) for action in actions if str(action) in allowed))
