"""What the API tolerates in requests, applied before the spec validates them.

The official SDK (isogeo-pysdk 3.10.0), written against the real API, sends these shapes on every
call; the API answers them, so the sandbox must too (decisions and evidence:
``docs/reference/fidelity-decisions.md``):

* **Empty query values mean absent.** ``ApiSearch.search`` and the keyword searches always send
  ``_id=&_include=&q=`` (``checker._check_filter_specific_md`` / ``_check_filter_includes`` turn an
  empty tuple into ``""``); ``ApiMetadata.get``, ``ApiWorkgroup.listing`` and
  ``ApiContact.listing`` send ``_include=`` when asked for no sub-resource.
* **Unknown or inapplicable ``_include`` values are ignored** (facts §5.15, from the API's own
  documentation): they are dropped, the known ones kept.
* **``null`` items of JSON arrays are dropped.** ``Application.to_dict_creation()`` sends
  ``redirect_uris: [null]`` and ``scopes: [null]`` (the model's defaults are ``[None]``).
* **Null keys of an entity sent back as read are dropped** (``ApiConformity.create`` sends the
  whole ``Specification.to_dict()``, ``owner: null`` for a platform specification;
  ``ApiCondition.create`` the whole ``License.to_dict()``): the server uses its ``_id``.
* **0 and 1 stand for booleans** where the SDK sends them: ``Conformity(conformant=1)`` (its test
  suite) and ``Metadata(series=0)`` (``ApiService.create``).

Anything else still goes through the spec's validation unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

INCLUDE = "_include"

# operationId → the fields of its JSON body that carry a whole entity as read, sent back as a
# reference: the SDK sends its to_dict(), every key, null when absent (e.g. a platform
# specification's `owner: null`); there null keys mean "not known" and are dropped.
REFERENCES_SENT_AS_READ: dict[str, tuple[str, ...]] = {
    "setMetadataConformity": ("specification",),
    "createMetadataCondition": ("license",),
}
# operationId → the boolean fields of its JSON body the SDK sends as 0/1.
BOOLEANS_SENT_AS_INTEGERS: dict[str, tuple[str, ...]] = {
    "setMetadataConformity": ("conformant",),
    "createWorkgroupMetadata": ("series",),
    "updateMetadata": ("series",),
    "replaceMetadata": ("series",),
}


def normalise_query(
    items: Iterable[tuple[str, str]], includes: frozenset[str] | None
) -> list[tuple[str, str]]:
    """Drop empty values; keep only the ``_include`` values the operation knows."""
    out: list[tuple[str, str]] = []
    for key, value in items:
        if key == INCLUDE and includes is not None:
            value = ",".join(v for v in (part.strip() for part in value.split(",")) if v in includes)
        if value == "":
            continue
        out.append((key, value))
    return out


def _drop_null_items(value: Any) -> Any:
    if isinstance(value, list):
        return [_drop_null_items(item) for item in value if item is not None]
    if isinstance(value, dict):
        return {key: _drop_null_items(item) for key, item in value.items()}
    return value


def normalise_json_body(operation_id: str, raw: bytes) -> bytes:
    """``raw`` with null array items dropped and 0/1 booleans made booleans (unparsable: unchanged)."""
    booleans = BOOLEANS_SENT_AS_INTEGERS.get(operation_id, ())
    references = REFERENCES_SENT_AS_READ.get(operation_id, ())
    if not raw or (b"null" not in raw and not booleans):
        return raw
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        return raw  # the validator reports it
    cleaned = _drop_null_items(body)
    if isinstance(cleaned, dict):
        for name in references:
            value = cleaned.get(name)
            if isinstance(value, dict):
                cleaned[name] = {key: item for key, item in value.items() if item is not None}
        for name in booleans:
            value = cleaned.get(name)
            if type(value) is int and value in (0, 1):
                cleaned[name] = bool(value)
    return json.dumps(cleaned, ensure_ascii=False).encode("utf-8")
