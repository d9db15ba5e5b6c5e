"""metadata, search and bulk: the main entity (MD-1..6, SRC-1..2, BULK-1)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from isogeo_sandbox import search as search_engine
from isogeo_sandbox.errors import bad_request
from isogeo_sandbox.handlers import Context, Reply, handler
from isogeo_sandbox.handlers._common import body_dict, no_content, ok
from isogeo_sandbox.ids import new_id, now_timestamp
from isogeo_sandbox.serialize import TRANSLATED_FIELDS
from isogeo_sandbox.store import MetadataRecord
from isogeo_sandbox.xml_export import metadata_to_iso19139

# The root fields a client may write (the SDK's ATTR_CREA, facts §4.20).
WRITABLE_FIELDS = (
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
    "title",
    "topologicalConsistency",
    "type",
    "updateFrequency",
    "validFrom",
    "validTo",
    "validityComment",
)
DATA_DATES = ("created", "modified", "published")


def _with_bbox(envelope: Any) -> Any:
    """Envelopes sent without ``bbox`` get one computed, as the API does."""
    if isinstance(envelope, dict) and "bbox" not in envelope:
        points: list[list[float]] = []

        def walk(node: Any) -> None:
            if (
                isinstance(node, list)
                and len(node) >= 2
                and all(isinstance(v, int | float) for v in node[:2])
            ):
                points.append([float(node[0]), float(node[1])])
            elif isinstance(node, list):
                for child in node:
                    walk(child)

        walk(envelope.get("coordinates"))
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            return {**envelope, "bbox": [min(xs), min(ys), max(xs), max(ys)]}
    return envelope


def _write_fields(
    md: MetadataRecord, body: dict[str, Any], *, replace: bool, lang: str | None = None
) -> None:
    """Write the root fields. On a multilingual metadata, ``title`` and ``abstract`` go to the
    ``lang`` translation (added if new: PUT sets both, PATCH what it sends); the root fields keep
    the values of the language the record was created in."""
    shared_only = False
    if md.translations is not None and lang is not None:
        code = lang[:2].lower()
        entry = md.translations.setdefault(code, {"title": None, "abstract": None})
        for key in TRANSLATED_FIELDS:
            if key in body or (replace and key != "title"):
                entry[key] = body.get(key)
        shared_only = code != next(iter(md.translations))
    for key in WRITABLE_FIELDS:
        if shared_only and key in TRANSLATED_FIELDS:
            continue
        if key in ("type", "editionProfile") and body.get(key) is None:
            continue  # `null`: no value, the record keeps its type and profile (or gets the defaults)
        if key in body:
            md.fields[key] = _with_bbox(body[key]) if key == "envelope" else body[key]
        elif replace and key not in ("type", "editionProfile", "title"):
            md.fields[key] = None
    md.fields["type"] = md.fields.get("type") or "resource"
    md.fields["editionProfile"] = md.fields.get("editionProfile") or "manual"
    md.touch()


@handler("getMetadata")
def get_metadata(ctx: Context) -> Reply:
    md = ctx.store.readable_metadata(ctx.who(), ctx.path["metadata_id"])
    return ok(ctx.view().metadata(md))


@handler("createWorkgroupMetadata")
def create_workgroup_metadata(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id, write=True)
    body = body_dict(ctx.body)
    if not str(body.get("title") or "").strip():
        raise bad_request({"title": "This field is required."})
    now = now_timestamp()
    md = MetadataRecord(id=new_id(), owner=workgroup_id, fields={"_created": now, "_modified": now})
    md.fields.update({key: None for key in WRITABLE_FIELDS})
    md.fields.update({key: None for key in DATA_DATES})
    md.fields["series"] = False
    if ctx.store.workgroups.get(workgroup_id, {}).get("isMultilingual"):
        md.translations = {}  # the first translation: the language of this request
    # `null` means "no value": the server's default (the SDK's to_dict_creation sends every key).
    values = {key: value for key, value in body.items() if value is not None}
    _write_fields(md, values, replace=False, lang=ctx.lang)
    md.events, md.attributes, md.limitations = [], [], []
    ctx.store.metadata[md.id] = md
    # MD-2 answers a minimal object: the id, the title and the posted attributes (facts §10.7), each
    # with the value the server kept: a posted `editionProfile: null` comes back "manual" (the SDK's
    # test_metadatas_create_basic expects it); `type` and `editionProfile` are always there.
    minimal = {
        "_id": md.id,
        "_created": now,
        "_modified": now,
        "title": md.fields["title"],
        "type": md.type,
        "editionProfile": md.fields["editionProfile"],
    }
    minimal.update({key: md.fields[key] for key in WRITABLE_FIELDS if key in body})
    minimal["_creator"] = ctx.view().workgroup_summary(workgroup_id)
    return ok(minimal)


@handler("updateMetadata")
def update_metadata(ctx: Context) -> Reply:
    md = ctx.store.writable_metadata(ctx.user(), ctx.path["metadata_id"])
    _write_fields(md, body_dict(ctx.body), replace=False, lang=ctx.lang)
    return ok(ctx.view().metadata(md))


@handler("replaceMetadata")
def replace_metadata(ctx: Context) -> Reply:
    md = ctx.store.writable_metadata(ctx.user(), ctx.path["metadata_id"])
    _write_fields(md, body_dict(ctx.body), replace=True, lang=ctx.lang)
    return ok(ctx.view().metadata(md))


@handler("deleteMetadata")
def delete_metadata(ctx: Context) -> Reply:
    store = ctx.store
    md = store.writable_metadata(ctx.user(), ctx.path["metadata_id"])
    del store.metadata[md.id]
    for link in md.links:
        store.hosted.pop(link["_id"], None)
    for service in store.metadata.values():
        for layer in service.layers:
            if md.id in layer.get("~datasets", []):
                layer["~datasets"] = [d for d in layer["~datasets"] if d != md.id]
    return no_content()


@handler("exportMetadataXml")
def export_metadata_xml(ctx: Context) -> Response:
    md = ctx.store.readable_metadata(ctx.who(), ctx.path["metadata_id"])
    document = metadata_to_iso19139(ctx.store, ctx.store.details(md), ctx.view())
    return Response(document, media_type="application/xml")


@handler("searchMetadata")
def search_metadata(ctx: Context) -> Reply:
    candidates = ctx.store.visible_metadata(ctx.who(), ctx.query.get("s"))
    return ok(search_engine.search(candidates, ctx.query, ctx.view()))


@handler("searchWorkgroupMetadata")
def search_workgroup_metadata(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    candidates = (md for md in ctx.store.metadata.values() if md.owner == workgroup_id)
    return ok(search_engine.search(candidates, ctx.query, ctx.view()))
