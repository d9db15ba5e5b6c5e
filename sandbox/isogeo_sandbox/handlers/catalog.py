"""Workgroup-owned entities: catalogs (CAT), licenses (LIC), specifications (SPC), datasources (DSR),
shares (SHR) and statistics (CAT-10/11, WG-8/9)."""

from __future__ import annotations

import secrets
from collections import Counter
from typing import Any

from isogeo_sandbox.errors import ApiError, bad_request, not_found
from isogeo_sandbox.handlers import Context, Reply, handler
from isogeo_sandbox.handlers._common import apply_fields, body_dict, no_content, ok
from isogeo_sandbox.ids import new_id, now_timestamp
from isogeo_sandbox.store import Entity, MetadataRecord


def _owned(ctx: Context, collection: dict[str, Entity], kind: str, key: str, *, write: bool) -> Entity:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id, write=write)
    entity = collection.get(ctx.path[key])
    if entity is None or entity.get("~owner") != workgroup_id:
        raise not_found(kind, ctx.path[key])
    return entity


def _new(ctx: Context, kind_tag: str, extra: dict[str, Any]) -> Entity:
    workgroup_id = ctx.path["workgroup_id"]
    entity_id = new_id()
    now = now_timestamp()
    tag = kind_tag.format(wg=workgroup_id, id=entity_id)
    return {"_id": entity_id, "_tag": tag, "_created": now, "_modified": now, "~owner": workgroup_id, **extra}


# ---------------------------------------------------------------------- catalogs
@handler("listWorkgroupCatalogs")
def list_catalogs(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    view = ctx.view()
    return ok([view.catalog(c) for c in ctx.store.catalogs.values() if c["~owner"] == workgroup_id])


@handler("getWorkgroupCatalog")
def get_catalog(ctx: Context) -> Reply:
    return ok(ctx.view().catalog(_owned(ctx, ctx.store.catalogs, "catalog", "catalog_id", write=False)))


@handler("createWorkgroupCatalog")
def create_catalog(ctx: Context) -> Reply:
    ctx.store.require_member(ctx.user(), ctx.path["workgroup_id"], write=True)
    body = body_dict(ctx.body)
    catalog = _new(ctx, "catalog:{id}", {"$scan": False, "code": None, "name": body["name"]})
    apply_fields(catalog, body, ("code", "$scan"), nullable=())
    ctx.store.catalogs[catalog["_id"]] = catalog
    return ok(ctx.view().catalog(catalog))


@handler("updateWorkgroupCatalog")
def update_catalog(ctx: Context) -> Reply:
    catalog = _owned(ctx, ctx.store.catalogs, "catalog", "catalog_id", write=True)
    apply_fields(catalog, body_dict(ctx.body), ("name", "code", "$scan"), nullable=("code",))
    catalog["_modified"] = now_timestamp()
    return ok(ctx.view().catalog(catalog))


@handler("deleteWorkgroupCatalog")
def delete_catalog(ctx: Context) -> Reply:
    catalog = _owned(ctx, ctx.store.catalogs, "catalog", "catalog_id", write=True)
    del ctx.store.catalogs[catalog["_id"]]
    for md in ctx.store.metadata.values():
        if catalog["_id"] in md.catalogs:
            md.catalogs.discard(catalog["_id"])
            md.forget()
    for share in ctx.store.shares.values():
        share["~catalogs"] = [c for c in share["~catalogs"] if c != catalog["_id"]]
    return no_content()


def _catalog_and_metadata(ctx: Context) -> tuple[Entity, MetadataRecord]:
    principal = ctx.user()
    catalog = ctx.store.get(ctx.store.catalogs, "catalog", ctx.path["catalog_id"])
    ctx.store.require_member(principal, catalog["~owner"], write=True)
    md = ctx.store.readable_metadata(principal, ctx.path["metadata_id"])
    return catalog, md


@handler("associateMetadataToCatalog")
def associate_metadata_to_catalog(ctx: Context) -> Reply:
    catalog, md = _catalog_and_metadata(ctx)
    md.catalogs.add(catalog["_id"])  # 204 also when already associated (CAT-7)
    md.touch()
    return no_content()


@handler("dissociateMetadataFromCatalog")
def dissociate_metadata_from_catalog(ctx: Context) -> Reply:
    catalog, md = _catalog_and_metadata(ctx)
    if catalog["_id"] not in md.catalogs:
        raise not_found("metadata in this catalog", md.id)  # CAT-8
    md.catalogs.discard(catalog["_id"])
    md.touch()
    return no_content()


@handler("listMetadataCatalogs")
def list_metadata_catalogs(ctx: Context) -> Reply:
    md = ctx.store.readable_metadata(ctx.user(), ctx.path["metadata_id"])
    view = ctx.view()
    return ok([view.catalog(ctx.store.catalogs[c]) for c in sorted(md.catalogs) if c in ctx.store.catalogs])


@handler("listCatalogShares")
def list_catalog_shares(ctx: Context) -> Reply:
    catalog = ctx.store.get(ctx.store.catalogs, "catalog", ctx.path["catalog_id"])
    ctx.store.require_member(ctx.user(), catalog["~owner"])
    view = ctx.view()
    return ok([view.share(s) for s in ctx.store.shares.values() if catalog["_id"] in s["~catalogs"]])


# ---------------------------------------------------------------------- statistics
def _statistics(ctx: Context, metadata: list[MetadataRecord]) -> dict[str, Any]:
    types = Counter(md.type for md in metadata)
    return {
        "resources": len(metadata),
        "types": dict(types),
        "keywords": len({k for md in metadata for k in md.keywords}),
        "contacts": len({a["contact"] for md in metadata for a in md.contacts}),
        "catalogs": len({c for md in metadata for c in md.catalogs}),
        "withoutKeyword": sum(1 for md in metadata if not md.keywords),
        "withoutContact": sum(1 for md in metadata if not md.contacts),
    }


def _statistics_by_tag(ctx: Context, metadata: list[MetadataRecord], tag: str) -> list[dict[str, Any]]:
    prefix = "keyword:isogeo:" if tag == "keyword" else f"{tag}:"
    counts: Counter[str] = Counter()
    for md in metadata:
        counts.update(key for key in ctx.store.metadata_tags(md) if key.startswith(prefix))
    view = ctx.view()
    return [{"tag": key, "label": view.tag_label(key), "count": n} for key, n in counts.most_common()]


def _catalog_metadata(ctx: Context) -> list[MetadataRecord]:
    catalog = ctx.store.get(ctx.store.catalogs, "catalog", ctx.path["catalog_id"])
    ctx.store.require_member(ctx.user(), catalog["~owner"])
    return [md for md in ctx.store.metadata.values() if catalog["_id"] in md.catalogs]


def _workgroup_metadata(ctx: Context) -> list[MetadataRecord]:
    ctx.store.require_member(ctx.user(), ctx.path["workgroup_id"])
    return [md for md in ctx.store.metadata.values() if md.owner == ctx.path["workgroup_id"]]


@handler("getCatalogStatistics")
def catalog_statistics(ctx: Context) -> Reply:
    return ok(_statistics(ctx, _catalog_metadata(ctx)))


@handler("getCatalogStatisticsByTag")
def catalog_statistics_by_tag(ctx: Context) -> Reply:
    return ok(_statistics_by_tag(ctx, _catalog_metadata(ctx), str(ctx.path["tag"])))


@handler("getWorkgroupStatistics")
def workgroup_statistics(ctx: Context) -> Reply:
    return ok(_statistics(ctx, _workgroup_metadata(ctx)))


@handler("getWorkgroupStatisticsByTag")
def workgroup_statistics_by_tag(ctx: Context) -> Reply:
    return ok(_statistics_by_tag(ctx, _workgroup_metadata(ctx), str(ctx.path["tag"])))


# ---------------------------------------------------------------------- licenses and specifications
def _listing(ctx: Context, collection: dict[str, Entity], render: str) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    view = ctx.view()
    items = [e for e in collection.values() if e.get("~owner") in (None, workgroup_id)]
    return ok([getattr(view, render)(e) for e in items])


def _readable_owned(ctx: Context, collection: dict[str, Entity], kind: str, key: str) -> Entity:
    entity = ctx.store.get(collection, kind, ctx.path[key])
    principal = ctx.who()
    owner = entity.get("~owner")
    if owner and not principal.is_group_app and owner not in ctx.store.user_roles(principal.user_id):
        raise not_found(kind, ctx.path[key])
    return entity


@handler("listWorkgroupLicenses")
def list_licenses(ctx: Context) -> Reply:
    return _listing(ctx, ctx.store.licenses, "license")


@handler("getLicense")
def get_license(ctx: Context) -> Reply:
    return ok(ctx.view().license(_readable_owned(ctx, ctx.store.licenses, "license", "license_id")))


@handler("createWorkgroupLicense")
def create_license(ctx: Context) -> Reply:
    ctx.store.require_member(ctx.user(), ctx.path["workgroup_id"], write=True)
    body = body_dict(ctx.body)
    lic = _new(ctx, "license:{wg}:{id}", {"name": body["name"], "link": None, "content": None})
    for key in ("_created", "_modified"):
        lic.pop(key)
    apply_fields(lic, body, ("link", "content"))
    ctx.store.licenses[lic["_id"]] = lic
    return ok(ctx.view().license(lic))


@handler("updateWorkgroupLicense")
def update_license(ctx: Context) -> Reply:
    lic = _owned(ctx, ctx.store.licenses, "license", "license_id", write=True)
    apply_fields(lic, body_dict(ctx.body), ("name", "link", "content"))
    ctx.store.invalidate_tags()
    return ok(ctx.view().license(lic))


@handler("deleteWorkgroupLicense")
def delete_license(ctx: Context) -> Reply:
    lic = _owned(ctx, ctx.store.licenses, "license", "license_id", write=True)
    del ctx.store.licenses[lic["_id"]]
    for md in ctx.store.metadata.values():
        if any(c.get("license") == lic["_id"] for c in md.conditions):
            md.conditions = [c for c in md.conditions if c.get("license") != lic["_id"]]
            md.forget()
    return no_content()


@handler("listWorkgroupSpecifications")
def list_specifications(ctx: Context) -> Reply:
    return _listing(ctx, ctx.store.specifications, "specification")


@handler("getSpecification")
def get_specification(ctx: Context) -> Reply:
    spec = _readable_owned(ctx, ctx.store.specifications, "specification", "specification_id")
    return ok(ctx.view().specification(spec))


def _published(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = str(value)
    if len(text) == 10:
        text += "T00:00:00"
    # The API stores and answers a local date-time (no UTC offset): Specification.published.
    return text[:19]


@handler("createWorkgroupSpecification")
def create_specification(ctx: Context) -> Reply:
    ctx.store.require_member(ctx.user(), ctx.path["workgroup_id"], write=True)
    body = body_dict(ctx.body)
    spec = _new(
        ctx, "specification:{wg}:{id}", {"name": body["name"], "link": body.get("link"), "published": None}
    )
    for key in ("_created", "_modified"):
        spec.pop(key)
    spec["published"] = _published(body.get("published"))
    ctx.store.specifications[spec["_id"]] = spec
    return ok(ctx.view().specification(spec))


@handler("updateWorkgroupSpecification")
def update_specification(ctx: Context) -> Reply:
    spec = _owned(ctx, ctx.store.specifications, "specification", "specification_id", write=True)
    body = body_dict(ctx.body)
    apply_fields(spec, body, ("name", "link"))
    if "published" in body:
        spec["published"] = _published(body["published"])
    return ok(ctx.view().specification(spec))


@handler("deleteWorkgroupSpecification")
def delete_specification(ctx: Context) -> Reply:
    spec = _owned(ctx, ctx.store.specifications, "specification", "specification_id", write=True)
    del ctx.store.specifications[spec["_id"]]
    for md in ctx.store.metadata.values():
        if md.conformity.pop(spec["_id"], None) is not None:
            md.forget()
    return no_content()


# ---------------------------------------------------------------------- datasources
@handler("listWorkgroupDatasources")
def list_datasources(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    view = ctx.view()
    return ok([view.datasource(d) for d in ctx.store.datasources.values() if d["~owner"] == workgroup_id])


@handler("getWorkgroupDatasource")
def get_datasource(ctx: Context) -> Reply:
    return ok(
        ctx.view().datasource(_owned(ctx, ctx.store.datasources, "datasource", "datasource_id", write=False))
    )


@handler("createWorkgroupDatasource")
def create_datasource(ctx: Context) -> Reply:
    ctx.store.require_member(ctx.user(), ctx.path["workgroup_id"], write=True)
    body = body_dict(ctx.body)
    datasource = _new(
        ctx,
        "data-source:{id}",
        {
            "enabled": True,
            "lastSession": None,
            "location": body["location"],
            "name": body["name"],
            "sessions": [],
        },
    )
    ctx.store.datasources[datasource["_id"]] = datasource
    return ok(ctx.view().datasource(datasource))


@handler("updateWorkgroupDatasource")
def update_datasource(ctx: Context) -> Reply:
    datasource = _owned(ctx, ctx.store.datasources, "datasource", "datasource_id", write=True)
    apply_fields(datasource, body_dict(ctx.body), ("enabled", "location", "name"))
    datasource["_modified"] = now_timestamp()
    return ok(ctx.view().datasource(datasource))


@handler("deleteWorkgroupDatasource")
def delete_datasource(ctx: Context) -> Reply:
    datasource = _owned(ctx, ctx.store.datasources, "datasource", "datasource_id", write=True)
    del ctx.store.datasources[datasource["_id"]]
    ctx.store.invalidate_tags()
    return no_content()


# ---------------------------------------------------------------------- shares
def _share(ctx: Context, *, write: bool) -> Entity:
    share = ctx.store.get(ctx.store.shares, "share", ctx.path["share_id"])
    principal = ctx.who()
    if principal.is_group_app:
        if write or principal.app_id not in share["~applications"]:
            raise not_found("share", share["_id"])
        return share
    roles = ctx.store.user_roles(principal.user_id)
    if share["~creator"] not in roles and not set(share["~groups"]) & set(roles):
        raise not_found("share", share["_id"])
    if write:
        ctx.store.require_member(principal, share["~creator"], write=True)
    return share


@handler("listShares")
def list_shares(ctx: Context) -> Reply:
    principal = ctx.who()
    view = ctx.view()
    if principal.is_group_app:
        shares = [s for s in ctx.store.shares.values() if principal.app_id in s["~applications"]]
    else:
        roles = set(ctx.store.user_roles(principal.user_id))
        shares = [s for s in ctx.store.shares.values() if s["~creator"] in roles or set(s["~groups"]) & roles]
    return ok([view.share(s) for s in shares])


@handler("listWorkgroupShares")
def list_workgroup_shares(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    view = ctx.view()
    return ok([view.share(s) for s in ctx.store.shares.values() if s["~creator"] == workgroup_id])


@handler("getShare")
def get_share(ctx: Context) -> Reply:
    return ok(ctx.view().share(_share(ctx, write=False)))


@handler("createWorkgroupShare")
def create_share(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id, write=True)
    body = body_dict(ctx.body)
    now = now_timestamp()
    share = {
        "_id": new_id(),
        "_created": now,
        "_modified": now,
        "name": body["name"],
        "rights": body.get("rights") or [],
        "type": body["type"],
        "urlToken": secrets.token_hex(16) if body["type"] == "application" else None,
        "~creator": workgroup_id,
        "~catalogs": [],
        "~applications": [],
        "~groups": [],
    }
    ctx.store.shares[share["_id"]] = share
    return ok(ctx.view().share(share))


@handler("updateShare")
def update_share(ctx: Context) -> Reply:
    share = _share(ctx, write=True)
    body = body_dict(ctx.body)
    if "rights" in body and body["rights"] is None:
        body["rights"] = []  # null: no rights
    apply_fields(share, body, ("name", "rights", "type"), nullable=())
    share["_modified"] = now_timestamp()
    return ok(ctx.view().share(share))


@handler("deleteShare")
def delete_share(ctx: Context) -> Reply:
    share = _share(ctx, write=True)
    del ctx.store.shares[share["_id"]]
    return no_content()


@handler("refreshShareToken")
def refresh_share_token(ctx: Context) -> Reply:
    share = _share(ctx, write=True)
    share["urlToken"] = secrets.token_hex(16)
    share["_modified"] = now_timestamp()
    return ok(ctx.view().share(share))


def _share_link(
    ctx: Context, key: str, collection: dict[str, Entity], kind: str, share_type: str | None
) -> Entity:
    share = _share(ctx, write=True)
    if share_type and share["type"] != share_type:
        raise bad_request({"share_id": f"Only {share_type} shares accept {kind}s."})
    ctx.store.get(collection, kind, ctx.path[key])
    return share


@handler("associateApplicationToShare")
def associate_application_to_share(ctx: Context) -> Reply:
    share = _share_link(ctx, "application_id", ctx.store.applications, "application", "application")
    if ctx.path["application_id"] not in share["~applications"]:
        share["~applications"].append(ctx.path["application_id"])
    return no_content()


@handler("dissociateApplicationFromShare")
def dissociate_application_from_share(ctx: Context) -> Reply:
    share = _share_link(ctx, "application_id", ctx.store.applications, "application", "application")
    if ctx.path["application_id"] not in share["~applications"]:
        raise not_found("application of this share", ctx.path["application_id"])
    share["~applications"].remove(ctx.path["application_id"])
    return no_content()


@handler("associateCatalogToShare")
def associate_catalog_to_share(ctx: Context) -> Reply:
    share = _share_link(ctx, "catalog_id", ctx.store.catalogs, "catalog", None)
    if ctx.path["catalog_id"] not in share["~catalogs"]:
        share["~catalogs"].append(ctx.path["catalog_id"])
    return no_content()


@handler("dissociateCatalogFromShare")
def dissociate_catalog_from_share(ctx: Context) -> Reply:
    share = _share_link(ctx, "catalog_id", ctx.store.catalogs, "catalog", None)
    if ctx.path["catalog_id"] not in share["~catalogs"]:
        raise not_found("catalog of this share", ctx.path["catalog_id"])
    share["~catalogs"].remove(ctx.path["catalog_id"])
    return no_content()


@handler("associateWorkgroupToShare")
def associate_workgroup_to_share(ctx: Context) -> Reply:
    share = _share_link(ctx, "workgroup_id", ctx.store.workgroups, "workgroup", "group")
    if ctx.path["workgroup_id"] not in share["~groups"]:  # 204 also when already there (SHR-12)
        share["~groups"].append(ctx.path["workgroup_id"])
    return no_content()


@handler("dissociateWorkgroupFromShare")
def dissociate_workgroup_from_share(ctx: Context) -> Reply:
    share = _share_link(ctx, "workgroup_id", ctx.store.workgroups, "workgroup", "group")
    if ctx.path["workgroup_id"] not in share["~groups"]:
        # SHR-13: the API answers 500 (not 404) when the workgroup is not associated.
        raise ApiError(500, "The workgroup is not a recipient of this share.")
    share["~groups"].remove(ctx.path["workgroup_id"])
    return no_content()
