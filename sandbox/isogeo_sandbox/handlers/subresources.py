"""Sub-resources of one metadata: conditions, conformity, events, feature attributes, limitations,
links (with hosted upload and download), service layers and operations."""

from __future__ import annotations

import mimetypes
import re
from typing import Any
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.responses import Response

from isogeo_sandbox.errors import ApiError, bad_request, conflict, not_found
from isogeo_sandbox.handlers import Context, Reply, handler
from isogeo_sandbox.handlers._common import apply_fields, body_dict, no_content, ok
from isogeo_sandbox.ids import new_id
from isogeo_sandbox.serialize import public
from isogeo_sandbox.store import Entity, MetadataRecord

DATASET_TYPES = ("vectorDataset", "rasterDataset", "noGeoDataset")


def _readable(ctx: Context) -> MetadataRecord:
    return ctx.store.details(ctx.store.readable_metadata(ctx.who(), ctx.path["metadata_id"]))


def _writable(ctx: Context) -> MetadataRecord:
    return ctx.store.details(ctx.store.writable_metadata(ctx.user(), ctx.path["metadata_id"]))


def _find(items: list[Entity] | None, identifier: str, kind: str) -> Entity:
    for item in items or []:
        if item["_id"] == identifier:
            return item
    raise not_found(kind, identifier)


def _remove(items: list[Entity], identifier: str, kind: str) -> None:
    _find(items, identifier, kind)
    items[:] = [item for item in items if item["_id"] != identifier]


# ---------------------------------------------------------------------- conditions (CND)
@handler("listMetadataConditions")
def list_conditions(ctx: Context) -> Reply:
    view = ctx.view()
    return ok([view.condition(c) for c in _readable(ctx).conditions])


@handler("getMetadataCondition")
def get_condition(ctx: Context) -> Reply:
    return ok(ctx.view().condition(_find(_readable(ctx).conditions, ctx.path["condition_id"], "condition")))


@handler("createMetadataCondition")
def create_condition(ctx: Context) -> Reply:
    md = _writable(ctx)
    body = body_dict(ctx.body)
    license_id = (body.get("license") or {}).get("_id")
    if license_id is not None and license_id not in ctx.store.licenses:
        raise bad_request({"license._id": f"No license {license_id!r}."})
    condition = {"_id": new_id(), "description": body.get("description"), "license": license_id}
    md.conditions.append(condition)
    md.touch()
    return ok(ctx.view().condition(condition))


@handler("deleteMetadataCondition")
def delete_condition(ctx: Context) -> Reply:
    md = _writable(ctx)
    _remove(md.conditions, ctx.path["condition_id"], "condition")
    md.touch()
    return no_content()


# ---------------------------------------------------------------------- conformity (CNF)
@handler("listMetadataConformities")
def list_conformities(ctx: Context) -> Reply:
    view = ctx.view()
    return ok([view.conformity(s, c) for s, c in _readable(ctx).conformity.items()])


@handler("setMetadataConformity")
def set_conformity(ctx: Context) -> Reply:
    md = _writable(ctx)
    spec_id = ctx.path["specification_id"]
    if spec_id not in ctx.store.specifications:
        raise not_found("specification", spec_id)
    md.conformity[spec_id] = bool(body_dict(ctx.body)["conformant"])  # an upsert (CNF-2)
    md.touch()
    return ok(ctx.view().conformity(spec_id, md.conformity[spec_id]))


@handler("deleteMetadataConformity")
def delete_conformity(ctx: Context) -> Reply:
    md = _writable(ctx)
    spec_id = ctx.path["specification_id"]
    if spec_id not in md.conformity:
        raise not_found("conformity to specification", spec_id)  # CNF-3: 404 when not associated
    del md.conformity[spec_id]
    md.touch()
    return no_content()


# ---------------------------------------------------------------------- events (EVT)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _event_date(value: Any) -> str:
    text = str(value)
    if _DATE.match(text):
        return f"{text}T00:00:00+00:00"
    if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", text):
        return text if text[19:] else f"{text}+00:00"
    raise bad_request({"date": "Expected YYYY-MM-DD or an ISO 8601 date-time."})


def _event_fields(
    ctx: Context, md: MetadataRecord, body: dict[str, Any], current: Entity | None
) -> dict[str, Any]:
    kind = body["kind"]
    if kind == "creation" and any(
        e["kind"] == "creation" and (current is None or e["_id"] != current["_id"]) for e in md.events or []
    ):
        raise bad_request({"kind": "A metadata has at most one creation event."})
    description = None if kind == "creation" else body.get("description")
    return {"date": _event_date(body["date"]), "description": description, "kind": kind}


@handler("listMetadataEvents")
def list_events(ctx: Context) -> Reply:
    return ok([public(e) for e in _readable(ctx).events or []])


@handler("getMetadataEvent")
def get_event(ctx: Context) -> Reply:
    return ok(public(_find(_readable(ctx).events, ctx.path["event_id"], "event")))


@handler("createMetadataEvent")
def create_event(ctx: Context) -> Reply:
    md = _writable(ctx)
    event = {"_id": new_id(), **_event_fields(ctx, md, body_dict(ctx.body), None)}
    assert md.events is not None
    md.events.append(event)
    md.touch()
    return ok(public(event))


@handler("updateMetadataEvent")
def update_event(ctx: Context) -> Reply:
    md = _writable(ctx)
    event = _find(md.events, ctx.path["event_id"], "event")
    event.update(_event_fields(ctx, md, body_dict(ctx.body), event))
    md.touch()
    return ok(public(event))


@handler("deleteMetadataEvent")
def delete_event(ctx: Context) -> Reply:
    md = _writable(ctx)
    assert md.events is not None
    _remove(md.events, ctx.path["event_id"], "event")
    md.touch()
    return no_content()


# ---------------------------------------------------------------------- feature attributes (FAT)
ATTRIBUTE_FIELDS = (
    "name",
    "alias",
    "comment",
    "dataType",
    "description",
    "hasElevation",
    "hasMeasure",
    "isAutoGenerated",
    "isNullable",
    "isReadOnly",
    "language",
    "length",
    "precision",
    "propertyType",
    "scale",
    "spatialContext",
)


ATTRIBUTE_NULLABLE = tuple(
    key
    for key in ATTRIBUTE_FIELDS
    if key not in ("name", "hasElevation", "hasMeasure", "isAutoGenerated", "isNullable", "isReadOnly")
)


def _attributes_md(ctx: Context, *, write: bool) -> MetadataRecord:
    md = _writable(ctx) if write else _readable(ctx)
    if write and md.type not in ("vectorDataset", "noGeoDataset"):
        raise bad_request({"metadata_id": "Feature attributes apply to vector and no-geo datasets only."})
    return md


def _unique_name(md: MetadataRecord, name: str, current: Entity | None) -> None:
    for attribute in md.attributes or []:
        if attribute["name"] == name and (current is None or attribute["_id"] != current["_id"]):
            raise conflict(f"An attribute named {name!r} already exists on this metadata.")


@handler("listMetadataFeatureAttributes")
def list_attributes(ctx: Context) -> Reply:
    return ok([public(a) for a in _attributes_md(ctx, write=False).attributes or []])


@handler("getMetadataFeatureAttribute")
def get_attribute(ctx: Context) -> Reply:
    return ok(
        public(_find(_attributes_md(ctx, write=False).attributes, ctx.path["attribute_id"], "attribute"))
    )


@handler("createMetadataFeatureAttribute")
def create_attribute(ctx: Context) -> Reply:
    md = _attributes_md(ctx, write=True)
    body = body_dict(ctx.body)
    _unique_name(md, body["name"], None)
    attribute: dict[str, Any] = {"_id": new_id(), **{key: None for key in ATTRIBUTE_FIELDS}}
    attribute.update(
        hasElevation=False, hasMeasure=False, isAutoGenerated=False, isNullable=True, isReadOnly=False
    )
    apply_fields(attribute, body, ATTRIBUTE_FIELDS, nullable=())
    assert md.attributes is not None
    md.attributes.append(attribute)
    md.touch()
    return ok(public(attribute))


@handler("updateMetadataFeatureAttribute")
def update_attribute(ctx: Context) -> Reply:
    md = _attributes_md(ctx, write=True)
    attribute = _find(md.attributes, ctx.path["attribute_id"], "attribute")
    body = body_dict(ctx.body)
    _unique_name(md, body["name"], attribute)
    apply_fields(attribute, body, ATTRIBUTE_FIELDS, nullable=ATTRIBUTE_NULLABLE)
    md.touch()
    return ok(public(attribute))


@handler("deleteMetadataFeatureAttribute")
def delete_attribute(ctx: Context) -> Reply:
    md = _attributes_md(ctx, write=True)
    assert md.attributes is not None
    _remove(md.attributes, ctx.path["attribute_id"], "attribute")
    md.touch()
    return no_content()


# ---------------------------------------------------------------------- limitations (LIM)
def _limitation_fields(ctx: Context, body: dict[str, Any]) -> dict[str, Any]:
    kind = body["type"]
    directive = (body.get("directive") or {}).get("_id") if kind == "legal" else None
    if directive is not None and directive not in ctx.store.directives:
        raise bad_request({"directive._id": f"No directive {directive!r}."})
    return {
        "type": kind,
        "description": body.get("description"),
        "restriction": body.get("restriction") if kind == "legal" else None,
        "~directive": directive,
    }


@handler("listMetadataLimitations")
def list_limitations(ctx: Context) -> Reply:
    view = ctx.view()
    return ok([view.limitation(lim) for lim in _readable(ctx).limitations or []])


@handler("getMetadataLimitation")
def get_limitation(ctx: Context) -> Reply:
    return ok(
        ctx.view().limitation(_find(_readable(ctx).limitations, ctx.path["limitation_id"], "limitation"))
    )


@handler("createMetadataLimitation")
def create_limitation(ctx: Context) -> Reply:
    md = _writable(ctx)
    fields = _limitation_fields(ctx, body_dict(ctx.body))
    if any({k: lim.get(k) for k in fields} == fields for lim in md.limitations or []):
        raise conflict("The same limitation already exists on this metadata.")
    limitation = {"_id": new_id(), **fields}
    assert md.limitations is not None
    md.limitations.append(limitation)
    md.touch()
    return ok(ctx.view().limitation(limitation))


@handler("updateMetadataLimitation")
def update_limitation(ctx: Context) -> Reply:
    md = _writable(ctx)
    limitation = _find(md.limitations, ctx.path["limitation_id"], "limitation")
    limitation.update(_limitation_fields(ctx, body_dict(ctx.body)))
    md.touch()
    return ok(ctx.view().limitation(limitation))


@handler("deleteMetadataLimitation")
def delete_limitation(ctx: Context) -> Reply:
    md = _writable(ctx)
    assert md.limitations is not None
    _remove(md.limitations, ctx.path["limitation_id"], "limitation")
    md.touch()
    return no_content()


# ---------------------------------------------------------------------- links (LNK)
LINK_KIND_ACTIONS = {
    "url": ["download", "view", "other"],
    "wfs": ["download", "view", "other"],
    "wms": ["view", "other"],
    "wmts": ["view", "other"],
    "esriFeatureService": ["download", "view", "other"],
    "esriMapService": ["view", "other"],
    "esriTileService": ["view", "other"],
    "data": ["download", "other"],
}


def _link_fields(body: dict[str, Any]) -> dict[str, Any]:
    kind, link_type = body["kind"], body["type"]
    if kind == "data" and link_type == "hosted":
        raise bad_request({"type": "Hosted files are uploaded as multipart/form-data with a 'file' part."})
    actions = [a for a in body.get("actions") or ["other"] if a in LINK_KIND_ACTIONS.get(kind, [])]
    fields: dict[str, Any] = {
        "actions": actions or ["other"],
        "fileName": body.get("fileName"),
        "kind": kind,
        "title": body.get("title"),
        "type": link_type,
        "url": body.get("url"),
    }
    if link_type == "link":
        if not body.get("link"):
            raise bad_request({"link": "Links of type 'link' point to another link: {'_id': ...}."})
        fields["link"] = {"_id": body["link"]["_id"]}
    return fields


@handler("listMetadataLinks")
def list_links(ctx: Context) -> Reply:
    return ok([public(link) for link in _readable(ctx).links])


@handler("getMetadataLink")
def get_link(ctx: Context) -> Reply:
    return ok(public(_find(_readable(ctx).links, ctx.path["link_id"], "link")))


async def _upload(ctx: Context, md: MetadataRecord) -> Reply:
    if md.type == "service":
        raise bad_request({"file": "Files cannot be uploaded to a service metadata."})
    sandbox = ctx.extras["sandbox"]
    form = await ctx.request.form(max_files=1, max_fields=50)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise bad_request({"file": "This field is required (a file part named 'file')."})
    # starlette streamed the part into a spooled temporary file (on disk past 1 MiB): one read
    # brings it into memory once, with no second copy.
    if (upload.size or 0) > sandbox.config.max_upload_bytes:
        raise ApiError(413, "The file exceeds the upload quota.", errors={"file": "Too large."})
    data = await upload.read()
    size = len(data)
    await upload.close()
    link_id = new_id()
    filename = str(form.get("fileName") or upload.filename or "upload.bin")
    link = {
        "_id": link_id,
        "actions": ["download"],
        "fileName": filename,
        "kind": "data",
        "size": size,
        "title": str(form.get("title") or filename),
        "type": "hosted",
        "url": f"/resources/{md.id}/links/{link_id}.bin",
    }
    ctx.store.hosted[link_id] = data
    md.links.append(link)
    md.touch()
    return ok([public(link)])  # the upload answers a JSON array (facts §8.1)


@handler("createMetadataLink")
async def create_link(ctx: Context) -> Reply:
    md = _writable(ctx)
    if ctx.request.headers.get("content-type", "").startswith("multipart/form-data"):
        return await _upload(ctx, md)
    link = {"_id": new_id(), **_link_fields(body_dict(ctx.body))}
    md.links.append(link)
    md.touch()
    return ok(public(link))


@handler("updateMetadataLink")
def update_link(ctx: Context) -> Reply:
    md = _writable(ctx)
    link = _find(md.links, ctx.path["link_id"], "link")
    body = body_dict(ctx.body)
    if link.get("type") == "hosted":  # a hosted file keeps its bytes, url and size
        apply_fields(link, body, ("title", "fileName"))
    else:
        link.update(_link_fields(body))
    md.touch()
    return ok(public(link))


@handler("deleteMetadataLink")
def delete_link(ctx: Context) -> Reply:
    md = _writable(ctx)
    _remove(md.links, ctx.path["link_id"], "link")
    ctx.store.hosted.pop(ctx.path["link_id"], None)
    md.touch()
    return no_content()


def content_disposition(filename: str) -> str:
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "'").replace("?", "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


@handler("downloadHostedLink")
def download_hosted_link(ctx: Context) -> Response:
    md = _readable(ctx)
    link = _find(md.links, ctx.path["link_id"], "link")
    data = ctx.store.hosted.get(link["_id"])
    if link.get("type") != "hosted" or data is None:
        raise not_found("hosted file of link", link["_id"])
    filename = str(link.get("fileName") or link.get("title") or f"{link['_id']}.bin")
    guessed = mimetypes.guess_type(filename)[0]
    headers = {"Content-Disposition": content_disposition(filename)}
    if guessed:
        headers["X-Content-Type-Guess"] = guessed
    return Response(data, media_type="application/octet-stream", headers=headers)


# ---------------------------------------------------------------------- service layers (LAY)
def _service(ctx: Context, *, write: bool) -> MetadataRecord:
    md = _writable(ctx) if write else _readable(ctx)
    if md.type != "service":
        raise bad_request({"metadata_id": "Layers and operations belong to service metadata."})
    return md


LAYER_FIELDS = ("id", "parentUid", "title", "titles", "type")
# `null` in a write body means "no value" (the SDK's to_dict_creation sends every key): it clears
# the fields a read may show as null, and leaves the others as they are (or their defaults).


@handler("listServiceLayers")
def list_layers(ctx: Context) -> Reply:
    view = ctx.view()
    return ok([view.layer(layer) for layer in _service(ctx, write=False).layers])


@handler("getServiceLayer")
def get_layer(ctx: Context) -> Reply:
    return ok(ctx.view().layer(_find(_service(ctx, write=False).layers, ctx.path["layer_id"], "layer")))


@handler("createServiceLayer")
def create_layer(ctx: Context) -> Reply:
    md = _service(ctx, write=True)
    body = body_dict(ctx.body)
    layer: dict[str, Any] = {
        "_id": new_id(),
        "mimeTypes": [],
        "parentUid": None,
        "title": None,
        "titles": [],
        "type": "layer",
        "~datasets": [],
    }
    apply_fields(layer, body, LAYER_FIELDS, nullable=())
    target = body.get("targetDataset") or {}
    if target:
        found = next(
            (
                d.id
                for d in ctx.store.metadata.values()
                if d.owner == md.owner
                and d.type in DATASET_TYPES
                and (not target.get("name") or d.fields.get("name") == target["name"])
                and (not target.get("format") or d.fields.get("format") == target["format"])
            ),
            None,
        )
        if found:
            layer["~datasets"] = [found]
    md.layers.append(layer)
    md.touch()
    return ok(ctx.view().layer(layer))


@handler("updateServiceLayer")
def update_layer(ctx: Context) -> Reply:
    md = _service(ctx, write=True)
    layer = _find(md.layers, ctx.path["layer_id"], "layer")
    apply_fields(layer, body_dict(ctx.body), LAYER_FIELDS, nullable=("parentUid", "title"))
    md.touch()
    return ok(ctx.view().layer(layer))


@handler("deleteServiceLayer")
def delete_layer(ctx: Context) -> Reply:
    md = _service(ctx, write=True)
    _remove(md.layers, ctx.path["layer_id"], "layer")
    md.touch()
    return no_content()


@handler("associateDatasetToServiceLayer")
def associate_dataset(ctx: Context) -> Reply:
    md = _service(ctx, write=True)
    layer = _find(md.layers, ctx.path["layer_id"], "layer")
    dataset = ctx.store.readable_metadata(ctx.user(), ctx.path["dataset_id"])
    if dataset.type not in DATASET_TYPES:
        raise bad_request(
            {"dataset_id": "Only raster, vector or no-geo datasets can be published by a layer."}
        )
    if layer.get("~datasets"):
        raise conflict("This layer is already linked to a dataset.")  # LAY-6
    layer["~datasets"] = [dataset.id]
    md.touch()
    return no_content()


@handler("dissociateDatasetFromServiceLayer")
def dissociate_dataset(ctx: Context) -> Reply:
    md = _service(ctx, write=True)
    layer = _find(md.layers, ctx.path["layer_id"], "layer")
    if ctx.path["dataset_id"] not in layer.get("~datasets", []):
        raise not_found("association of dataset", ctx.path["dataset_id"])  # LAY-7
    layer["~datasets"] = [d for d in layer["~datasets"] if d != ctx.path["dataset_id"]]
    md.touch()
    return no_content()


# ---------------------------------------------------------------------- service operations (OPE)
@handler("listServiceOperations")
def list_operations(ctx: Context) -> Reply:
    return ok([public(op) for op in _service(ctx, write=False).operations])


@handler("getServiceOperation")
def get_operation(ctx: Context) -> Reply:
    return ok(public(_find(_service(ctx, write=False).operations, ctx.path["operation_id"], "operation")))


@handler("createServiceOperation")
def create_operation(ctx: Context) -> Reply:
    md = _service(ctx, write=True)
    body = body_dict(ctx.body)
    base = str(md.fields.get("path") or "")
    operation = {
        "_id": new_id(),
        "name": body["name"],
        "verb": body["verb"],
        "url": f"{base}?request={body['name']}" if base else None,
        "mimeTypesIn": [],
        "mimeTypesOut": [],
    }
    md.operations.append(operation)
    md.touch()
    return ok(public(operation))
