"""bulk: several edits of several metadata in one request (BULK-1, facts §7)."""

from __future__ import annotations

from typing import Any

from isogeo_sandbox.errors import ApiError, bad_request
from isogeo_sandbox.handlers import Context, Reply, handler
from isogeo_sandbox.handlers._common import ok
from isogeo_sandbox.ids import new_id
from isogeo_sandbox.store import MetadataRecord

RELATION_TARGETS = ("catalogs", "keywords", "contacts")
RESOURCE_FIELDS = ("title", "abstract")
DATASET_FIELDS = (
    "collectionContext",
    "collectionMethod",
    "validFrom",
    "validityComment",
    "distance",
    "scale",
    "codePage",
)
DATASET_TYPES = ("vectorDataset", "rasterDataset", "noGeoDataset")


def _apply(
    ctx: Context, md: MetadataRecord, action: str, target: str, model: list[dict[str, Any]]
) -> str | None:
    """Apply one request to one metadata; the ignore reason, or None when done."""
    store = ctx.store
    if target in RELATION_TARGETS:
        ids = [str(item.get("_id")) for item in model]
        collection = {"catalogs": store.catalogs, "keywords": store.keywords, "contacts": store.contacts}[
            target
        ]
        if any(i not in collection for i in ids):
            return "notFound"
        if target == "catalogs":
            if action == "add":
                if set(ids) <= md.catalogs:
                    return "alreadyPresent"
                md.catalogs |= set(ids)
            elif action == "delete":
                if not set(ids) & md.catalogs:
                    return "notApplicable"
                md.catalogs -= set(ids)
            else:
                return "invalid"
        elif target == "keywords":
            if action == "add":
                new = [i for i in ids if i not in md.keywords]
                if not new:
                    return "alreadyPresent"
                md.keywords.extend(new)
            elif action == "delete":
                if not set(ids) & set(md.keywords):
                    return "notApplicable"
                md.keywords = [k for k in md.keywords if k not in ids]
            else:
                return "invalid"
        else:
            present = {a["contact"] for a in md.contacts}
            if action == "add":
                new = [i for i in ids if i not in present]
                if not new:
                    return "alreadyPresent"
                roles = {str(item.get("_id")): item.get("role") or "pointOfContact" for item in model}
                md.contacts.extend({"_id": new_id(), "contact": i, "role": roles[i]} for i in new)
            elif action == "delete":
                if not set(ids) & present:
                    return "notApplicable"
                md.contacts = [a for a in md.contacts if a["contact"] not in ids]
            else:
                return "invalid"
        md.touch()
        return None
    if target in DATASET_FIELDS and md.type not in DATASET_TYPES:
        return "notApplicable"
    if action == "add" or not model:
        return "invalid"
    value = None if action == "delete" else model[0].get(target, model[0].get("value"))
    md.fields["encoding" if target == "codePage" else target] = value
    md.touch()
    return None


@handler("sendBulkRequests")
def send_bulk_requests(ctx: Context) -> Reply:
    principal = ctx.user()
    requests = ctx.body
    if not isinstance(requests, list):
        raise bad_request({"body": "Expected a JSON array of bulk requests."})
    reports = []
    for request in requests:
        ignored: dict[str, list[str]] = {}
        action, target = request.get("action"), request.get("target")
        model = request.get("model") or []
        for metadata_id in (request.get("query") or {}).get("ids") or []:
            reason: str | None
            md = ctx.store.metadata.get(metadata_id)
            if md is None or not ctx.store.can_read_metadata(principal, md):
                reason = "notFound"
            else:
                try:
                    ctx.store.require_member(principal, md.owner, write=True)
                    reason = _apply(ctx, md, str(action), str(target), model)
                except ApiError:
                    reason = "forbidden"
            if reason:
                ignored.setdefault(reason, []).append(metadata_id)
        reports.append({"request": request, "ignored": ignored})
    return ok(reports)
