"""keywords and thesauri (KWD-1..11, THS-1..2)."""

from __future__ import annotations

from isogeo_sandbox.errors import bad_request, conflict, forbidden, not_found
from isogeo_sandbox.handlers import Context, Reply, handler
from isogeo_sandbox.handlers._common import body_dict, no_content, ok
from isogeo_sandbox.ids import new_id, now_timestamp
from isogeo_sandbox.search import fold
from isogeo_sandbox.seed.builder import slugify
from isogeo_sandbox.store import Entity

EDITABLE_THESAURI = ("isogeo", "group-theme")  # the SDK creates and deletes keywords only there


def _thesaurus(ctx: Context) -> Entity:
    return ctx.store.get(ctx.store.thesauri, "thesaurus", ctx.path["thesaurus_id"])


def _keyword_search(ctx: Context, keywords: list[Entity], counts: dict[str, int] | None = None) -> Reply:
    query = ctx.query
    view = ctx.view()
    text = fold(str(query.get("q") or ""))
    if text:
        keywords = [k for k in keywords if text in fold(view.keyword_text(k)) or text in fold(str(k["text"]))]
    metadata_ids = set(query.get("_id") or [])
    if metadata_ids:
        used = {k for md_id in metadata_ids if (md := ctx.store.metadata.get(md_id)) for k in md.keywords}
        keywords = [k for k in keywords if k["_id"] in used]
    tags = set(query.get("_tag") or [])
    if tags:
        keywords = [k for k in keywords if k["_tag"] in tags]
    order = str(query.get("ob") or "text")
    descending = str(query.get("od") or "desc") == "desc"
    if order == "text":
        keywords.sort(key=lambda k: fold(view.keyword_text(k)), reverse=descending)
    else:
        group_counts = counts or {}
        keywords.sort(
            key=lambda k: (
                group_counts.get(k["_id"], 0) if order == "count.group" else view.count("keyword", k["_id"])
            ),
            reverse=descending,
        )
    limit, offset = int(query.get("_limit", 20)), int(query.get("_offset", 0))
    page = keywords[offset : offset + limit]
    return ok(
        {"limit": limit, "offset": offset, "results": [view.keyword(k) for k in page], "total": len(keywords)}
    )


@handler("listThesauri")
def list_thesauri(ctx: Context) -> Reply:
    view = ctx.view()
    return ok([view.thesaurus(t) for t in ctx.store.thesauri.values()])


@handler("getThesaurus")
def get_thesaurus(ctx: Context) -> Reply:
    return ok(ctx.view().thesaurus(_thesaurus(ctx)))


@handler("searchThesaurusKeywords")
def search_thesaurus_keywords(ctx: Context) -> Reply:
    thesaurus = _thesaurus(ctx)
    keywords = [k for k in ctx.store.keywords.values() if k["~thesaurus"] == thesaurus["_id"]]
    return _keyword_search(ctx, keywords)


@handler("searchWorkgroupKeywords")
def search_workgroup_keywords(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    principal = ctx.who()
    if principal.is_group_app:  # the spec lets group applications in ([OAS]): shared metadata only
        ctx.store.get_workgroup(workgroup_id)
        visible = {md.id for md in ctx.store.visible_metadata(principal) if md.owner == workgroup_id}
    else:
        ctx.store.require_member(principal, workgroup_id)
        visible = None
    counts: dict[str, int] = {}
    for md in ctx.store.metadata.values():
        if md.owner == workgroup_id and (visible is None or md.id in visible):
            for keyword_id in md.keywords:
                counts[keyword_id] = counts.get(keyword_id, 0) + 1
    wanted = set(counts) | (
        ctx.store.workgroup_keywords.get(workgroup_id, set()) if visible is None else set()
    )
    keywords = [ctx.store.keywords[k] for k in wanted if k in ctx.store.keywords]
    if ctx.query.get("th"):
        keywords = [k for k in keywords if k["~thesaurus"] == ctx.query["th"]]
    return _keyword_search(ctx, keywords, counts)


@handler("listThesaurusKeywordsByText")
def list_keywords_by_text(ctx: Context) -> Reply:
    thesaurus = _thesaurus(ctx)
    text = fold(str(ctx.query["text"]))
    view = ctx.view()
    found = [
        k
        for k in ctx.store.keywords.values()
        if k["~thesaurus"] == thesaurus["_id"] and text in (fold(str(k["text"])), fold(view.keyword_text(k)))
    ]
    return ok([view.keyword(k) for k in found])


@handler("getKeyword")
def get_keyword(ctx: Context) -> Reply:
    return ok(ctx.view().keyword(ctx.store.get(ctx.store.keywords, "keyword", ctx.path["keyword_id"])))


@handler("createThesaurusKeyword")
def create_keyword(ctx: Context) -> Reply:
    ctx.user()
    thesaurus = _thesaurus(ctx)
    if thesaurus["code"] not in EDITABLE_THESAURI:
        raise forbidden(f"Keywords of the {thesaurus['code']!r} thesaurus cannot be created.")
    text = str(body_dict(ctx.body)["text"]).strip()
    if not text:
        raise bad_request({"text": "This field must not be empty."})
    for existing in ctx.store.keywords.values():
        if existing["~thesaurus"] == thesaurus["_id"] and fold(str(existing["text"])) == fold(text):
            raise conflict(f"The keyword {text!r} already exists in this thesaurus.")  # KWD-6
    keyword_id = new_id()
    now = now_timestamp()
    code = slugify(text) or keyword_id
    keyword: Entity = {
        "_id": keyword_id,
        "_tag": f"keyword:{thesaurus['code']}:{code}",
        "_created": now,
        "_modified": now,
        "code": code,
        "text": text,
        "description": None,
        "~text_en": None,
        "~thesaurus": thesaurus["_id"],
    }
    ctx.store.keywords[keyword_id] = keyword
    return ok(ctx.view().keyword(keyword))


@handler("deleteThesaurusKeyword")
def delete_keyword(ctx: Context) -> Reply:
    ctx.user()
    thesaurus = _thesaurus(ctx)
    keyword = ctx.store.keywords.get(ctx.path["keyword_id"])
    if keyword is None or keyword["~thesaurus"] != thesaurus["_id"]:
        raise not_found("keyword", ctx.path["keyword_id"])
    if thesaurus["code"] not in EDITABLE_THESAURI:
        raise forbidden(f"Keywords of the {thesaurus['code']!r} thesaurus cannot be deleted.")
    del ctx.store.keywords[keyword["_id"]]
    for md in ctx.store.metadata.values():
        if keyword["_id"] in md.keywords:
            md.keywords = [k for k in md.keywords if k != keyword["_id"]]
            md.forget()
    for selection in ctx.store.workgroup_keywords.values():
        selection.discard(keyword["_id"])
    return no_content()


@handler("listMetadataKeywords")
def list_metadata_keywords(ctx: Context) -> Reply:
    md = ctx.store.readable_metadata(ctx.who(), ctx.path["metadata_id"])
    view = ctx.view()
    return ok([view.keyword(ctx.store.keywords[k]) for k in md.keywords if k in ctx.store.keywords])


@handler("associateKeywordToMetadata")
def tag_metadata(ctx: Context) -> Reply:
    md = ctx.store.writable_metadata(ctx.user(), ctx.path["metadata_id"])
    keyword = ctx.store.get(ctx.store.keywords, "keyword", ctx.path["keyword_id"])
    if keyword["_id"] in md.keywords:
        raise conflict("The metadata is already tagged with this keyword.")  # KWD-8
    md.keywords.append(keyword["_id"])
    md.touch()
    return no_content()


@handler("dissociateKeywordFromMetadata")
def untag_metadata(ctx: Context) -> Reply:
    md = ctx.store.writable_metadata(ctx.user(), ctx.path["metadata_id"])
    keyword_id = ctx.path["keyword_id"]
    if keyword_id not in md.keywords:
        raise not_found("keyword on this metadata", keyword_id)
    md.keywords = [k for k in md.keywords if k != keyword_id]
    md.touch()
    return no_content()


@handler("associateKeywordToWorkgroup")
def associate_keyword_to_workgroup(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id, write=True)
    keyword = ctx.store.get(ctx.store.keywords, "keyword", ctx.path["keyword_id"])
    thesaurus = ctx.store.thesauri.get(keyword["~thesaurus"], {})
    if thesaurus.get("code") not in EDITABLE_THESAURI:
        raise bad_request(
            {"keyword_id": "Only isogeo and group-theme keywords can be linked to a workgroup."}
        )
    selection = ctx.store.workgroup_keywords.setdefault(workgroup_id, set())
    if keyword["_id"] in selection:
        raise conflict("The keyword is already linked to this workgroup.")  # KWD-10
    selection.add(keyword["_id"])
    return no_content()


@handler("dissociateKeywordFromWorkgroup")
def dissociate_keyword_from_workgroup(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id, write=True)
    selection = ctx.store.workgroup_keywords.setdefault(workgroup_id, set())
    if ctx.path["keyword_id"] not in selection:
        raise not_found("keyword of this workgroup", ctx.path["keyword_id"])  # KWD-11
    selection.discard(ctx.path["keyword_id"])
    return no_content()
