"""Reference lists: coordinate systems (SRS), formats (FMT), directives (DIR), link kinds (LNK-7)."""

from __future__ import annotations

from typing import Any

from isogeo_sandbox.errors import ApiError, bad_request, not_found
from isogeo_sandbox.handlers import Context, Reply, handler
from isogeo_sandbox.handlers._common import apply_fields, body_dict, no_content, ok
from isogeo_sandbox.handlers.subresources import LINK_KIND_ACTIONS
from isogeo_sandbox.ids import new_id
from isogeo_sandbox.labels import LINK_KIND_NAMES, label_lang
from isogeo_sandbox.search import fold
from isogeo_sandbox.serialize import public

FORMAT_TYPES_BY_FILTER = {
    "dataset": ("dataset", "vectorDataset", "rasterDataset"),
    "vector-dataset": ("dataset", "vectorDataset"),
    "raster-dataset": ("dataset", "rasterDataset"),
    "no-geo-dataset": ("noGeoDataset",),
    "service": ("service",),
    "resource": ("resource",),
}


def _srs_code(ctx: Context) -> int:
    code = int(ctx.path["srs_code"])
    if code not in ctx.store.coordinate_systems:
        raise not_found("coordinate system", str(code))
    return code


# ---------------------------------------------------------------------- coordinate systems
@handler("listCoordinateSystems")
def list_coordinate_systems(ctx: Context) -> Reply:
    view = ctx.view()
    return ok([view.coordinate_system(code) for code in ctx.store.coordinate_systems])


@handler("getCoordinateSystem")
def get_coordinate_system(ctx: Context) -> Reply:
    return ok(ctx.view().coordinate_system(_srs_code(ctx)))


@handler("listWorkgroupCoordinateSystems")
def list_workgroup_coordinate_systems(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    view = ctx.view()
    selection = ctx.store.workgroup_srs.get(workgroup_id, {})
    return ok([view.coordinate_system(code, alias, with_alias=True) for code, alias in selection.items()])


@handler("getWorkgroupCoordinateSystem")
def get_workgroup_coordinate_system(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    code = _srs_code(ctx)
    selection = ctx.store.workgroup_srs.get(workgroup_id, {})
    if code not in selection:
        raise not_found("coordinate system of this workgroup", str(code))
    return ok(ctx.view().coordinate_system(code, selection[code], with_alias=True))


@handler("associateCoordinateSystemToWorkgroup")
def associate_srs_to_workgroup(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id, write=True)
    code = _srs_code(ctx)
    alias = body_dict(ctx.body).get("alias")
    ctx.store.workgroup_srs.setdefault(workgroup_id, {})[code] = alias
    return ok(ctx.view().coordinate_system(code, alias, with_alias=True))


@handler("dissociateCoordinateSystemFromWorkgroup")
def dissociate_srs_from_workgroup(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id, write=True)
    code = int(ctx.path["srs_code"])
    selection = ctx.store.workgroup_srs.setdefault(workgroup_id, {})
    if code not in selection:
        raise not_found("coordinate system of this workgroup", str(code))
    del selection[code]
    return no_content()


@handler("getMetadataCoordinateSystem")
def get_metadata_srs(ctx: Context) -> Reply:
    md = ctx.store.readable_metadata(ctx.who(), ctx.path["metadata_id"])
    if md.srs is None:
        raise not_found("coordinate system of metadata", md.id)
    alias = ctx.store.workgroup_srs.get(md.owner, {}).get(md.srs)
    return ok(ctx.view().coordinate_system(md.srs, alias, with_alias=alias is not None))


@handler("associateCoordinateSystemToMetadata")
def associate_srs_to_metadata(ctx: Context) -> Reply:
    md = ctx.store.writable_metadata(ctx.user(), ctx.path["metadata_id"])
    code = int(body_dict(ctx.body)["code"])
    if code not in ctx.store.coordinate_systems:
        raise bad_request({"code": f"Unknown EPSG code {code}."})
    md.srs = code  # replaces the previous one: a metadata has at most one (SRS-5)
    md.touch()
    alias = ctx.store.workgroup_srs.get(md.owner, {}).get(code)
    return ok(ctx.view().coordinate_system(code, alias, with_alias=alias is not None))


@handler("dissociateCoordinateSystemFromMetadata")
def dissociate_srs_from_metadata(ctx: Context) -> Reply:
    md = ctx.store.writable_metadata(ctx.user(), ctx.path["metadata_id"])
    if md.srs is None:
        raise not_found("coordinate system of metadata", md.id)
    md.srs = None
    md.touch()
    return no_content()


# ---------------------------------------------------------------------- formats
FORMAT_FIELDS = ("code", "name", "aliases", "type", "versions")


def _format(ctx: Context) -> dict[str, Any]:
    return ctx.store.get(ctx.store.formats, "format", ctx.path["format_code"])


@handler("listFormats")
def list_formats(ctx: Context) -> Reply:
    return ok([public(f) for f in ctx.store.formats.values()])


@handler("getFormatByCodeOrType")
def get_format_by_code_or_type(ctx: Context) -> Reply:
    value = str(ctx.path["format_code"])
    if value in FORMAT_TYPES_BY_FILTER:  # one template, two meanings (FMT-2)
        kinds = FORMAT_TYPES_BY_FILTER[value]
        return ok([public(f) for f in ctx.store.formats.values() if f["type"] in kinds])
    return ok(public(_format(ctx)))


@handler("createFormat")
def create_format(ctx: Context) -> Reply:
    ctx.staff()
    body = body_dict(ctx.body)
    if body["code"] in ctx.store.formats:
        raise ApiError(
            500, f"A format with the code {body['code']!r} already exists."
        )  # FMT-3: a 500, really
    fmt: dict[str, Any] = {"_id": new_id(), "_tag": f"format:{body['code']}"}
    fmt.update(aliases=[], type="dataset", versions=[])
    apply_fields(fmt, body, FORMAT_FIELDS, nullable=())
    ctx.store.formats[fmt["code"]] = fmt
    return ok(public(fmt))


@handler("updateFormat")
def update_format(ctx: Context) -> Reply:
    ctx.staff()
    fmt = _format(ctx)
    body = body_dict(ctx.body)
    if body.get("code", fmt["code"]) != fmt["code"]:
        raise bad_request({"code": "The code of a format cannot change (it is its path key)."})
    apply_fields(fmt, body, FORMAT_FIELDS, nullable=())
    return ok(public(fmt))


@handler("deleteFormat")
def delete_format(ctx: Context) -> Reply:
    ctx.staff()
    fmt = _format(ctx)
    del ctx.store.formats[fmt["code"]]
    ctx.store.invalidate_tags()
    return no_content()


@handler("searchNoGeoFormats")
def search_no_geo_formats(ctx: Context) -> Reply:
    text = fold(str(ctx.query.get("q") or ""))
    found = [
        f
        for f in ctx.store.formats.values()
        if f["type"] in ("noGeoDataset", "resource")
        and (not text or text in fold(f["name"]) or any(text in fold(a) for a in f["aliases"]))
    ]
    limit, offset = int(ctx.query.get("_limit", 10)), int(ctx.query.get("_offset", 0))
    return ok(
        [
            {"aliases": f["aliases"], "name": f["name"], "versions": f["versions"]}
            for f in found[offset : offset + limit]
        ]
    )


# ---------------------------------------------------------------------- directives, link kinds
@handler("listDirectives")
def list_directives(ctx: Context) -> Reply:
    return ok([public(d) for d in ctx.store.directives.values()])


@handler("listLinkKinds")
def list_link_kinds(ctx: Context) -> Reply:
    names = LINK_KIND_NAMES[label_lang(ctx.lang)]
    return ok(
        [
            {"kind": kind, "name": names[kind], "actions": actions}
            for kind, actions in LINK_KIND_ACTIONS.items()
        ]
    )
