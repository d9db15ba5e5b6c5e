"""Metadata search: the query language of facts §6 over the visible metadata.

``q`` holds space-separated filters (``type:``, ``owner:``, ``format:``, ``coordinate-system:``,
``keyword:``, ``catalog:``, ``contact:``, ``license:``, ``data-source:``, ``action:``,
``provider:``, ``has-no:``, ``name:``, ``path:``) and free-text terms, all combined with AND.
Free text matches title, abstract, keywords and technical name, accent- and case-insensitively,
and scores relevance. ``box``/``geo`` filter by envelope with a spatial relation (``rel``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import shapely
from shapely import wkt
from shapely.errors import GEOSException
from shapely.geometry.base import BaseGeometry

from isogeo_sandbox.errors import ApiError, bad_request
from isogeo_sandbox.serialize import View
from isogeo_sandbox.store import MetadataRecord, Store

ONE_VALUED = ("type", "owner", "format", "coordinate-system")
MANY_VALUED = ("keyword", "catalog", "contact", "license", "data-source", "action", "provider", "conformity")
MATCH_FILTERS = ("has-no", "name", "path")
TYPE_VALUES = ("dataset", "vector-dataset", "raster-dataset", "no-geo-dataset", "service", "resource")
ACTION_VALUES = ("download", "view", "other")
PROVIDER_VALUES = ("auto", "manual")
_TOKEN = re.compile(r'"([^"]+)"|(\S+)')


def fold(text: str) -> str:
    """Lower case without accents: ``Égout`` → ``egout``."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@dataclass
class ParsedQuery:
    tags: list[str]
    terms: list[str]
    one: list[tuple[str, str]]
    many: list[str]
    has_no: list[str]
    name: list[str]
    path: list[str]


def parse_query(q: str | None) -> ParsedQuery:
    parsed = ParsedQuery([], [], [], [], [], [], [])
    errors: dict[str, str] = {}
    for match in _TOKEN.finditer(q or ""):
        phrase, word = match.group(1), match.group(2)
        if phrase:
            parsed.terms.append(phrase)
            continue
        prefix, sep, value = word.partition(":")
        if not sep or not value:
            parsed.terms.append(word)
            continue
        if prefix in ONE_VALUED:
            # Each record has one value of these, so one filter is all that makes sense (the SDK
            # checks it client-side); repeated, they are ANDed like every filter of `q` (facts
            # §6.1): the API is not known to refuse them (docs/reference/fidelity-decisions.md).
            if prefix == "type" and value not in TYPE_VALUES:
                errors["q"] = f"Unknown type {value!r}; accepted values: {', '.join(TYPE_VALUES)}."
            parsed.one.append((prefix, value))
            parsed.tags.append(word)
        elif prefix in MANY_VALUED:
            if prefix == "action" and value not in ACTION_VALUES:
                errors["q"] = f"Unknown action {value!r}; accepted values: {', '.join(ACTION_VALUES)}."
            if prefix == "provider" and value not in PROVIDER_VALUES:
                errors["q"] = f"Unknown provider {value!r}; accepted values: {', '.join(PROVIDER_VALUES)}."
            parsed.many.append(word)
            parsed.tags.append(word)
        elif prefix == "has-no":
            parsed.has_no.append(value)
            parsed.tags.append(word)
        elif prefix in ("name", "path"):
            getattr(parsed, prefix).append(fold(value))
            parsed.tags.append(word)
        # any other "prefix:value" is an unknown filter: the API ignores it
    if errors:
        raise bad_request(errors)
    return parsed


def _text(md: MetadataRecord, store: Store) -> dict[str, str]:
    if md.text_cache is None:
        keywords = " ".join(
            " ".join(
                [
                    str(store.keywords[k]["text"]),
                    str(store.keywords[k].get("~text_en") or ""),
                    *(store.keywords[k].get("~texts") or {}).values(),
                ]
            )
            for k in md.keywords
            if k in store.keywords
        )
        # a multilingual metadata is found by its title and abstract in any of its languages
        versions = list((md.translations or {}).values()) or [md.fields]
        md.text_cache = {
            "title": fold(" ".join(str(v.get("title") or "") for v in versions)),
            "abstract": fold(" ".join(str(v.get("abstract") or "") for v in versions)),
            "keywords": fold(keywords),
            "name": fold(str(md.fields.get("name") or "")),
            "path": fold(str(md.fields.get("path") or "")),
        }
    return md.text_cache


_WEIGHTS = {"title": 4.0, "keywords": 3.0, "name": 2.0, "abstract": 1.0}


def _score(md: MetadataRecord, store: Store, terms: list[str]) -> float | None:
    """Relevance of ``md`` for every term (None when a term matches nowhere)."""
    texts = _text(md, store)
    total = 0.0
    for term in terms:
        folded = fold(term)
        term_score = sum(weight * texts[where].count(folded) for where, weight in _WEIGHTS.items())
        if not term_score:
            return None
        total += term_score
    return total


def _geometry(md: MetadataRecord) -> BaseGeometry | None:
    if md.geometry_cache is None:
        envelope = md.fields.get("envelope")
        geometry: BaseGeometry | bool = False
        if isinstance(envelope, dict):
            try:
                geometry = shapely.geometry.shape(
                    {"type": envelope.get("type"), "coordinates": envelope.get("coordinates")}
                )
            except (GEOSException, ValueError, TypeError, AttributeError, IndexError):
                bbox = envelope.get("bbox")
                geometry = shapely.box(*bbox) if isinstance(bbox, list) and len(bbox) == 4 else False
        md.geometry_cache = geometry
    return md.geometry_cache or None


def _relation(geometry: BaseGeometry, other: BaseGeometry, rel: str) -> bool:
    if rel == "equals":
        return bool(geometry.equals(other) or geometry.normalize().equals_exact(other.normalize(), 1e-6))
    return bool(getattr(geometry, rel)(other))


def spatial_filter(query: dict[str, Any]) -> tuple[list[BaseGeometry], str] | None:
    box, geo, rel = query.get("box"), query.get("geo"), query.get("rel")
    shapes: list[BaseGeometry] = []
    if box is not None:
        xmin, ymin, xmax, ymax = (float(v) for v in box)
        if xmin > xmax or ymin > ymax:
            raise bad_request({"box": "Expected xmin,ymin,xmax,ymax with xmin <= xmax and ymin <= ymax."})
        shapes.append(shapely.box(xmin, ymin, xmax, ymax))
    if geo:
        try:
            shape = wkt.loads(str(geo))
        except (GEOSException, ValueError) as error:
            raise bad_request({"geo": f"Not a WKT geometry: {error}"}) from error
        if shape.is_empty or shape.geom_type not in ("Polygon", "MultiPolygon"):
            raise bad_request({"geo": "Expected a WKT POLYGON or MULTIPOLYGON in WGS 84."})
        shapes.append(shape)
    if not shapes:
        if rel:
            raise bad_request({"rel": "'rel' needs 'box' or 'geo'."})
        return None
    relation = "intersects" if len(shapes) > 1 else str(rel or "intersects")
    return shapes, relation


def _matches(md: MetadataRecord, store: Store, parsed: ParsedQuery, tags: set[str]) -> bool:
    for key, value in parsed.one:
        if key == "type" and value == "dataset":
            if md.type not in ("vectorDataset", "rasterDataset"):
                return False
        elif f"{key}:{value}" not in tags:
            return False
    for token in parsed.many:
        if token not in tags:
            return False
    for field_name in parsed.has_no:
        prefix = field_name + ":"
        if any(tag.startswith(prefix) for tag in tags):
            return False
    texts = _text(md, store) if parsed.name or parsed.path else None
    if texts is not None:
        if any(value not in texts["name"] for value in parsed.name):
            return False
        if any(value not in texts["path"] for value in parsed.path):
            return False
    return True


def _sort_key(md: MetadataRecord, order_by: str) -> Any:
    if order_by == "title":
        return fold(str(md.fields.get("title") or md.fields.get("name") or ""))
    return md.fields.get(order_by)


def _bounds(md: MetadataRecord) -> tuple[float, ...] | None:
    if md.bounds_cache is None:
        envelope = md.fields.get("envelope")
        bbox = envelope.get("bbox") if isinstance(envelope, dict) else None
        if isinstance(bbox, list) and len(bbox) == 4:
            md.bounds_cache = tuple(float(v) for v in bbox)
        else:
            geometry = _geometry(md)
            md.bounds_cache = tuple(geometry.bounds) if geometry is not None else ()
    return md.bounds_cache or None


def envelope_of(results: Iterable[MetadataRecord]) -> dict[str, Any] | None:
    bounds = [b for b in map(_bounds, results) if b is not None]
    if not bounds:
        return None
    xmin = min(b[0] for b in bounds)
    ymin = min(b[1] for b in bounds)
    xmax = max(b[2] for b in bounds)
    ymax = max(b[3] for b in bounds)
    if xmax - xmin >= 359 and ymax - ymin >= 179:
        return None  # worldwide: unbounded (facts §6.3)
    return {
        "type": "Polygon",
        "coordinates": [[[xmin, ymin], [xmax, ymin], [xmax, ymax], [xmin, ymax], [xmin, ymin]]],
        "bbox": [xmin, ymin, xmax, ymax],
    }


def search(candidates: Iterable[MetadataRecord], query: dict[str, Any], view: View) -> dict[str, Any]:
    """Run a search over ``candidates`` (already restricted to what the caller may see)."""
    store = view.store
    parsed = parse_query(query.get("q"))
    spatial = spatial_filter(query)
    wanted_ids = set(query.get("_id") or [])
    scored: list[tuple[MetadataRecord, float]] = []
    filtered = bool(parsed.one or parsed.many or parsed.has_no or parsed.name or parsed.path)
    for md in candidates:
        if wanted_ids and md.id not in wanted_ids:
            continue
        if filtered and not _matches(md, store, parsed, set(store.metadata_tags(md))):
            continue
        score = 0.0
        if parsed.terms:
            found = _score(md, store, parsed.terms)
            if found is None:
                continue
            score = found
        if spatial is not None:
            geometry = _geometry(md)
            if geometry is None:
                continue
            shapes, relation = spatial
            if not all(_relation(geometry, shape, relation) for shape in shapes):
                continue
        scored.append((md, score))

    order_by = str(query.get("ob") or ("relevance" if parsed.terms else "_created"))
    descending = str(query.get("od") or "desc") == "desc"
    if order_by == "relevance":
        scored.sort(key=lambda item: str(item[0].fields.get("_created") or ""), reverse=True)
        scored.sort(key=lambda item: item[1], reverse=descending)
    else:
        keyed = [(_sort_key(item[0], order_by), item) for item in scored]
        present = [(key, item) for key, item in keyed if key is not None]
        missing = [item for key, item in keyed if key is None]
        present.sort(key=lambda pair: (pair[0], pair[1][0].id), reverse=descending)
        scored = [item for _key, item in present] + missing

    limit = int(query.get("_limit", 20))
    offset = int(query.get("_offset", 0))
    if not 0 <= limit <= 100:
        raise ApiError(
            400, "Invalid request: 1 field rejected.", errors={"_limit": "Must be between 0 and 100."}
        )
    results = [md for md, _score_value in scored]
    facet_keys: set[str] = set()
    for md in results:
        facet_keys.update(store.metadata_tags(md))
    page = results[offset : offset + limit] if limit else []
    return {
        "envelope": envelope_of(results),
        "limit": limit,
        "offset": offset,
        "query": {"_tags": parsed.tags, "_terms": parsed.terms},
        "results": [view.metadata(md) for md in page],
        "tags": view.tags(sorted(facet_keys)),
        "total": len(results),
    }
