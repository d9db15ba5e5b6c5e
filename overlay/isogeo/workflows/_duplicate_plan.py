"""What a duplicate copies, in data only (no network): the policy for workgroup entities, how an
entity of the source is matched in the target workgroup, the body that creates it there, and the
"signature" that tells whether a sub-resource is already on the copy (so that a re-run adds only
what is missing).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any, Literal

__all__ = [
    "ENTITY_KINDS",
    "POLICIES",
    "Policy",
    "copy_body",
    "entity_body",
    "entity_key",
    "global_entity",
    "owner_of",
    "signature",
]

Policy = Literal["reuse-or-create", "create", "skip"]
POLICIES: tuple[Policy, ...] = ("reuse-or-create", "create", "skip")
"""For a workgroup entity (contact, license, specification, catalog) when copying into another
workgroup: reuse one of the same name (email for a contact) or create it; always create; reuse
only (the association is skipped, and reported, when the target has none)."""

ENTITY_KINDS = ("contact", "license", "specification", "catalog")

# Root fields a new metadata can be created with (MetadataCreate's JSON keys, title and type apart).
CREATE_FIELDS = (
    "abstract",
    "collectionContext",
    "collectionMethod",
    "distance",
    "editionProfile",
    "encoding",
    "envelope",
    "features",
    "format",
    "formatVersion",
    "geoContext",
    "geometry",
    "language",
    "name",
    "path",
    "precision",
    "scale",
    "series",
    "topologicalConsistency",
    "updateFrequency",
    "validFrom",
    "validTo",
    "validityComment",
)
# Not copied: `created`, `modified` and `published` (dates of the data), which the API does not take
# in a creation or an update body.


def _plain(value: Mapping[str, Any], *, keep: Iterable[str] = ()) -> dict[str, Any]:
    """``value`` without the server's own keys (``_id``, ``_tag``, ``_created``...)."""
    kept = set(keep)
    return {key: item for key, item in value.items() if not key.startswith("_") or key in kept}


def owner_of(entity: Mapping[str, Any]) -> str | None:
    """The workgroup owning a contact, license, specification or catalog, None for a shared one
    (Isogeo's licenses and specifications: ``_tag`` ``license:isogeo:...``).

    >>> owner_of({"_tag": "license:isogeo:0a"}), owner_of({"_tag": "contact:12ab:0b"})
    (None, '12ab')
    """
    tag = entity.get("_tag")
    if isinstance(tag, str) and tag.count(":") >= 2:
        middle = tag.split(":")[1]
        if middle in ("isogeo", "group"):
            return None
    owner = entity.get("owner")
    if isinstance(owner, Mapping) and isinstance(owner.get("_id"), str):
        return str(owner["_id"])
    if isinstance(tag, str) and tag.count(":") >= 2:
        return tag.split(":")[1]
    return None


def global_entity(entity: Mapping[str, Any], source_workgroup: str) -> bool:
    """True when the entity is not the source workgroup's own (reused as it is, anywhere).

    >>> global_entity({"_tag": "specification:isogeo:0a"}, "12ab")
    True
    """
    return owner_of(entity) != source_workgroup


def entity_key(kind: str, entity: Mapping[str, Any]) -> str | None:
    """How an entity is recognised in another workgroup: a contact by email (else name), the others
    by name, compared without case and outer spaces.

    >>> entity_key("contact", {"name": "SIG", "email": " SIG@Example.org"})
    'sig@example.org'
    """
    value = entity.get("email") if kind == "contact" and entity.get("email") else entity.get("name")
    return value.strip().casefold() if isinstance(value, str) and value.strip() else None


def entity_body(kind: str, entity: Mapping[str, Any]) -> dict[str, Any]:
    """The creation body of a copy of ``entity`` in another workgroup.

    >>> entity_body("contact", {"_id": "0a", "name": "SIG", "phone": "01", "fax": None})
    {'name': 'SIG', 'phoneNumber': '01'}
    """
    if kind == "contact":
        renamed = {"fax": "faxNumber", "organization": "organizationName", "phone": "phoneNumber"}
        fields = (
            "name",
            "email",
            "addressLine1",
            "addressLine2",
            "addressLine3",
            "city",
            "zipCode",
            "countryCode",
        )
        body = {key: entity[key] for key in fields if entity.get(key) is not None}
        body.update({new: entity[old] for old, new in renamed.items() if entity.get(old) is not None})
        return body
    if kind == "catalog":
        return {key: entity[key] for key in ("name", "code") if entity.get(key) is not None}
    return {
        key: entity[key] for key in ("name", "link", "content", "published") if entity.get(key) is not None
    }


def copy_body(kind: str, item: Mapping[str, Any]) -> dict[str, Any]:
    """The creation body of a copy of a sub-resource (``kind`` is the metadata's JSON key).

    >>> copy_body("events", {"_id": "0a", "date": "2024-01-01", "kind": "update"})
    {'date': '2024-01-01', 'kind': 'update'}
    """
    if kind == "events":
        return {key: item[key] for key in ("date", "kind", "description") if key in item}
    if kind == "limitations":
        body = {key: item[key] for key in ("type", "restriction", "description") if key in item}
        if isinstance(item.get("directive"), Mapping):
            body["directive"] = dict(item["directive"])
        return body
    if kind == "feature-attributes":
        return _plain(item)
    if kind == "links":
        body = {key: item[key] for key in ("kind", "type", "title", "url", "actions") if key in item}
        return body
    if kind == "layers":
        return {
            key: item[key]
            for key in ("id", "title", "titles", "type", "parentUid")
            if item.get(key) is not None
        }
    if kind == "operations":
        return {key: item[key] for key in ("name", "verb") if key in item}
    raise ValueError(kind)  # pragma: no cover - a kind this module does not copy


def _freeze(value: Any) -> Hashable:
    if isinstance(value, Mapping):
        return tuple(sorted((key, _freeze(item)) for key, item in value.items()))
    if isinstance(value, list | tuple):
        return tuple(_freeze(item) for item in value)
    return value  # type: ignore[no-any-return]


def signature(kind: str, item: Mapping[str, Any]) -> Hashable:
    """What makes two sub-resources "the same" on the copy, ids and owners aside.

    >>> signature("events", {"_id": "a", "date": "2024-01-01", "kind": "update", "description": None})
    ('2024-01-01', 'update', None)
    """
    if kind == "events":
        return (item.get("date"), item.get("kind"), item.get("description"))
    if kind == "limitations":
        directive = item.get("directive")
        directive_id = directive.get("_id") if isinstance(directive, Mapping) else None
        return (item.get("type"), item.get("restriction"), item.get("description"), directive_id)
    if kind == "feature-attributes":
        return item.get("name")
    if kind == "links" and item.get("type") == "hosted":  # its URL names its metadata: title and size
        return ("hosted", item.get("title"), item.get("size"))
    if kind == "links":
        return (
            item.get("kind"),
            item.get("type"),
            item.get("title"),
            item.get("url"),
            _freeze(item.get("actions")),
        )
    if kind == "layers":
        return item.get("id")
    if kind == "operations":
        return (item.get("name"), item.get("verb"))
    return _freeze(_plain(item))
