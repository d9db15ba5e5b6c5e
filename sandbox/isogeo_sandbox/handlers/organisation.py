"""Workgroups (WG), users and account (USR, ACC), invitations (INV), applications (APP)."""

from __future__ import annotations

from typing import Any

from isogeo_sandbox.errors import bad_request, forbidden, not_found
from isogeo_sandbox.handlers import Context, Reply, handler
from isogeo_sandbox.handlers._common import apply_fields, body_dict, no_content, ok
from isogeo_sandbox.handlers.contact import UPDATE_FIELDS as CONTACT_FIELDS
from isogeo_sandbox.ids import new_id, now_timestamp
from isogeo_sandbox.seed.builder import slugify
from isogeo_sandbox.store import Entity

ROLE_ADMIN = "admin"
# The workgroup's scan feature flags: every workgroup carries them (the real fixtures show
# `hasCswClient`, `hasScanFme`); the official SDK's test suite sets them with a PUT and reads them back.
SCAN_FLAGS = ("hasAGSScan", "hasCswClient", "hasFlashScan", "hasNewScriptScan", "hasScanFme")
WORKGROUP_FIELDS = (
    "areKeywordsRestricted",
    "canCreateLegacyServiceLinks",
    "canCreateMetadata",
    "code",
    "keywordsCasing",
    "metadataLanguage",
    "themeColor",
    *SCAN_FLAGS,
)


def _new_contact(ctx: Context, kind: str, values: dict[str, Any]) -> Entity:
    contact_id = new_id()
    contact: Entity = {  # no _created/_modified on contacts (the SDK's Contact refuses them)
        "_id": contact_id,
        "_tag": f"contact:{kind}:{contact_id}",
        "_deleted": False,
        "type": kind,
        "~owner": None,
        **{key: None for key in CONTACT_FIELDS},
    }
    apply_fields(contact, values, CONTACT_FIELDS)
    if kind == "group":
        contact["available"] = True
    ctx.store.contacts[contact_id] = contact
    return contact


# ---------------------------------------------------------------------- workgroups
def _admin_of(ctx: Context, workgroup_id: str) -> Entity:
    principal = ctx.user()
    workgroup = ctx.store.get_workgroup(workgroup_id)
    if ctx.store.is_staff(principal):
        return workgroup
    if ctx.store.user_roles(principal.user_id).get(workgroup_id) != ROLE_ADMIN:
        raise forbidden("Only administrators of the workgroup may do this.")
    return workgroup


@handler("listWorkgroups")
def list_workgroups(ctx: Context) -> Reply:
    principal = ctx.user()
    view = ctx.view()
    if ctx.store.is_staff(principal):
        groups = list(ctx.store.workgroups.values())
    else:
        roles = ctx.store.user_roles(principal.user_id)
        groups = [w for w in ctx.store.workgroups.values() if w["_id"] in roles]
    return ok([view.workgroup(w) for w in groups])


@handler("getWorkgroup")
def get_workgroup(ctx: Context) -> Reply:
    return ok(ctx.view().workgroup(ctx.store.require_member(ctx.user(), ctx.path["workgroup_id"])))


@handler("createWorkgroup")
def create_workgroup(ctx: Context) -> Reply:
    principal = ctx.staff()
    body = body_dict(ctx.body)
    contact_values = {
        key.split(".", 1)[1]: value for key, value in body.items() if key.startswith("contact.")
    }
    if not str(contact_values.get("name") or "").strip():
        raise bad_request({"contact.name": "This field is required."})
    contact = _new_contact(ctx, "group", contact_values)
    workgroup_id = new_id()
    now = now_timestamp()
    workgroup: Entity = {
        "_id": workgroup_id,
        "_tag": f"owner:{workgroup_id}",
        "_created": now,
        "_modified": now,
        "areKeywordsRestricted": False,
        "availableLanguages": [{"code": "fr"}],
        "canCreateLegacyServiceLinks": False,
        "canCreateMetadata": True,
        "code": slugify(str(contact["name"])),
        "isMultilingual": False,
        "keywordsCasing": "lowercase",
        # no invented default: null until chosen (the SDK's tests expect null after a creation)
        "metadataLanguage": None,
        "themeColor": "#4499A1",
        **{flag: False for flag in SCAN_FLAGS},
        "~contact": contact["_id"],
        "~key": workgroup_id,
    }
    apply_fields(
        workgroup, body, ("metadataLanguage", "canCreateLegacyServiceLinks", "canCreateMetadata"), nullable=()
    )
    ctx.store.workgroups[workgroup_id] = workgroup
    ctx.store.workgroup_srs[workgroup_id] = {}
    ctx.store.workgroup_keywords[workgroup_id] = set()
    membership_id = new_id()
    ctx.store.memberships[membership_id] = {
        "_id": membership_id,
        "role": ROLE_ADMIN,
        "~user": principal.user_id,
        "~group": workgroup_id,
    }
    return ok(ctx.view().workgroup(workgroup))


@handler("updateWorkgroup")
def update_workgroup(ctx: Context) -> Reply:
    workgroup = _admin_of(ctx, ctx.path["workgroup_id"])
    body = body_dict(ctx.body)
    apply_fields(workgroup, body, WORKGROUP_FIELDS, nullable=("metadataLanguage",))
    if isinstance(body.get("contact"), dict):
        apply_fields(ctx.store.contacts[workgroup["~contact"]], body["contact"], CONTACT_FIELDS)
        ctx.store.invalidate_tags()
    workgroup["_modified"] = now_timestamp()
    return ok(ctx.view().workgroup(workgroup))


@handler("deleteWorkgroup")
def delete_workgroup(ctx: Context) -> Reply:
    workgroup = _admin_of(ctx, ctx.path["workgroup_id"])
    store = ctx.store
    workgroup_id = workgroup["_id"]
    del store.workgroups[workgroup_id]
    store.metadata = {k: md for k, md in store.metadata.items() if md.owner != workgroup_id}
    store.memberships = {k: m for k, m in store.memberships.items() if m["~group"] != workgroup_id}
    for collection in (
        store.catalogs,
        store.licenses,
        store.specifications,
        store.datasources,
        store.contacts,
    ):
        for key in [k for k, e in collection.items() if e.get("~owner") == workgroup_id]:
            del collection[key]
    store.shares = {k: s for k, s in store.shares.items() if s["~creator"] != workgroup_id}
    store.invitations = {k: i for k, i in store.invitations.items() if i["~group"] != workgroup_id}
    store.invalidate_tags()
    return no_content()


@handler("getWorkgroupLimits")
def get_workgroup_limits(ctx: Context) -> Reply:
    ctx.store.require_member(ctx.user(), ctx.path["workgroup_id"])
    return ok(ctx.view().limits(ctx.path["workgroup_id"]))


@handler("listWorkgroupMemberships")
def list_workgroup_memberships(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    view = ctx.view()
    return ok([view.membership(m) for m in ctx.store.memberships.values() if m["~group"] == workgroup_id])


# ---------------------------------------------------------------------- account and users
def _user_fields(ctx: Context, user: Entity, body: dict[str, Any]) -> None:
    apply_fields(user, body, ("language", "mailchimp", "timezone"))
    if isinstance(body.get("contact"), dict):
        apply_fields(ctx.store.contacts[user["~contact"]], body["contact"], CONTACT_FIELDS)
    user["_modified"] = now_timestamp()


def _current_user(ctx: Context) -> Entity:
    principal = ctx.user()
    return ctx.store.get(ctx.store.users, "user", principal.user_id or "")


@handler("getAccount")
def get_account(ctx: Context) -> Reply:
    return ok(ctx.view().user(_current_user(ctx)))


@handler("updateAccount")
def update_account(ctx: Context) -> Reply:
    user = _current_user(ctx)
    _user_fields(ctx, user, body_dict(ctx.body))  # `staff` is not the user's to change
    return ok(ctx.view().user(user))


@handler("listAccountMemberships")
def list_account_memberships(ctx: Context) -> Reply:
    user = _current_user(ctx)
    view = ctx.view()
    return ok([view.membership(m) for m in view.user_memberships(user["_id"])])


@handler("listUsers")
def list_users(ctx: Context) -> Reply:
    ctx.staff()
    view = ctx.view()
    return ok([view.user(u) for u in ctx.store.users.values()])


def _visible_user(ctx: Context) -> Entity:
    principal = ctx.user()
    user = ctx.store.get(ctx.store.users, "user", ctx.path["user_id"])
    if user["_id"] != principal.user_id and not ctx.store.is_staff(principal):
        raise not_found("user", user["_id"])
    return user


@handler("getUser")
def get_user(ctx: Context) -> Reply:
    return ok(ctx.view().user(_visible_user(ctx)))


@handler("createUser")
def create_user(ctx: Context) -> Reply:
    ctx.staff()
    body = body_dict(ctx.body)
    email = str(body["contact"].get("email") or "").lower()
    if email and any(
        str(ctx.store.contacts[u["~contact"]].get("email") or "").lower() == email
        for u in ctx.store.users.values()
    ):
        raise bad_request({"contact.email": "A user with this e-mail already exists."})
    contact = _new_contact(ctx, "user", body["contact"])
    now = now_timestamp()
    user: Entity = {
        "_id": new_id(),
        "_created": now,
        "_modified": now,
        "language": "fr",
        "mailchimp": {"subscriptions": []},
        "staff": bool(body.get("staff", False)),
        "timezone": "Romance Standard Time",
        "~contact": contact["_id"],
        "~password": None,
    }
    _user_fields(ctx, user, body)
    ctx.store.users[user["_id"]] = user
    return ok(ctx.view().user(user))


@handler("updateUser")
def update_user(ctx: Context) -> Reply:
    user = _visible_user(ctx)
    body = body_dict(ctx.body)
    _user_fields(ctx, user, body)
    if "staff" in body and ctx.store.is_staff(ctx.user()):
        user["staff"] = bool(body["staff"])
    return ok(ctx.view().user(user))


@handler("deleteUser")
def delete_user(ctx: Context) -> Reply:
    ctx.staff()
    user = ctx.store.get(ctx.store.users, "user", ctx.path["user_id"])
    del ctx.store.users[user["_id"]]
    ctx.store.memberships = {k: m for k, m in ctx.store.memberships.items() if m["~user"] != user["_id"]}
    return no_content()


@handler("listUserMemberships")
def list_user_memberships(ctx: Context) -> Reply:
    user = _visible_user(ctx)
    view = ctx.view()
    return ok([view.membership(m) for m in view.user_memberships(user["_id"])])


# ---------------------------------------------------------------------- invitations
def _invitation(ctx: Context, *, admin: bool) -> Entity:
    principal = ctx.user()
    invitation = ctx.store.get(ctx.store.invitations, "invitation", ctx.path["invitation_id"])
    role = ctx.store.user_roles(principal.user_id).get(invitation["~group"])
    if admin and role != ROLE_ADMIN and not ctx.store.is_staff(principal):
        raise forbidden("Only administrators of the workgroup may change its invitations.")
    return invitation


@handler("listWorkgroupInvitations")
def list_invitations(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    _admin_of(ctx, workgroup_id)
    view = ctx.view()
    return ok([view.invitation(i) for i in ctx.store.invitations.values() if i["~group"] == workgroup_id])


@handler("createWorkgroupInvitation")
def create_invitation(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    _admin_of(ctx, workgroup_id)
    body = body_dict(ctx.body)
    if body.get("group") not in (None, workgroup_id):
        raise bad_request({"group": "The invitation's group must be the workgroup of the path."})
    now = now_timestamp()
    invitation = {
        "_id": new_id(),
        "_created": now,
        "_modified": now,
        "email": body["email"],
        "expiresIn": 7 * 86400,
        "role": body["role"],
        "~group": workgroup_id,
    }
    ctx.store.invitations[invitation["_id"]] = invitation
    return ok(ctx.view().invitation(invitation))


@handler("getInvitation")
def get_invitation(ctx: Context) -> Reply:
    return ok(ctx.view().invitation(_invitation(ctx, admin=False)))


@handler("updateInvitation")
def update_invitation(ctx: Context) -> Reply:
    invitation = _invitation(ctx, admin=True)
    apply_fields(invitation, body_dict(ctx.body), ("email", "role"))
    invitation["_modified"] = now_timestamp()
    return ok(ctx.view().invitation(invitation))


@handler("deleteInvitation")
def delete_invitation(ctx: Context) -> Reply:
    invitation = _invitation(ctx, admin=True)
    del ctx.store.invitations[invitation["_id"]]
    return no_content()


@handler("acceptInvitation")
def accept_invitation(ctx: Context) -> Reply:
    invitation = _invitation(ctx, admin=False)
    principal = ctx.user()
    answer = ctx.view().invitation(invitation)
    if invitation["~group"] not in ctx.store.user_roles(principal.user_id):
        membership_id = new_id()
        ctx.store.memberships[membership_id] = {
            "_id": membership_id,
            "role": invitation["role"],
            "~user": principal.user_id,
            "~group": invitation["~group"],
        }
    del ctx.store.invitations[invitation["_id"]]
    return ok(answer)


@handler("refuseInvitation")
def refuse_invitation(ctx: Context) -> Reply:
    invitation = _invitation(ctx, admin=False)
    answer = ctx.view().invitation(invitation)
    del ctx.store.invitations[invitation["_id"]]
    return ok(answer)


# ---------------------------------------------------------------------- applications
APPLICATION_FIELDS = ("name", "type", "canHaveManyGroups", "redirect_uris", "scopes", "staff", "url")
# `type` may be left out or null (the official SDK's `Application(name=...)` sends `type: null`): an
# application with no type and no redirect URI can only use the client-credentials grant, the
# SDK's default auth mode, i.e. it is a group application (docs/reference/fidelity-decisions.md).
DEFAULT_APPLICATION_TYPE = "group"


def _application(ctx: Context, *, write: bool) -> Entity:
    principal = ctx.user()
    app = ctx.store.get(ctx.store.applications, "application", ctx.path["application_id"])
    if ctx.store.is_staff(principal):
        return app
    roles = ctx.store.user_roles(principal.user_id)
    if not set(app.get("~groups", [])) & set(roles):
        raise not_found("application", app["_id"])
    if write:
        raise forbidden("Only Isogeo staff may change applications.")
    return app


def _refresh_clients(ctx: Context) -> None:
    ctx.extras["sandbox"].refresh_clients()


@handler("listApplications")
def list_applications(ctx: Context) -> Reply:
    principal = ctx.user()
    view = ctx.view()
    roles = set(ctx.store.user_roles(principal.user_id))
    apps = [
        a
        for a in ctx.store.applications.values()
        if ctx.store.is_staff(principal) or set(a.get("~groups", [])) & roles
    ]
    return ok([view.application(a) for a in apps])


@handler("listWorkgroupApplications")
def list_workgroup_applications(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    view = ctx.view()
    return ok(
        [view.application(a) for a in ctx.store.applications.values() if workgroup_id in a.get("~groups", [])]
    )


@handler("getApplication")
def get_application(ctx: Context) -> Reply:
    return ok(ctx.view().application(_application(ctx, write=False)))


@handler("createApplication")
def create_application(ctx: Context) -> Reply:
    ctx.staff()
    body = body_dict(ctx.body)
    app_type = body.get("type") or DEFAULT_APPLICATION_TYPE
    app_id = new_id()
    now = now_timestamp()
    app: Entity = {
        "_id": app_id,
        "_created": now,
        "_modified": now,
        "canHaveManyGroups": False,
        "client_id": f"{slugify(str(body['name'])) or 'application'}-{app_id}",
        "client_secret": new_id() + new_id(),
        "kind": "public" if app_type == "group" else "confidential",
        "redirect_uris": [],
        "scopes": ["resources:read"] if app_type == "group" else ["api:read", "api:write"],
        "staff": False,
        "type": app_type,
        "url": None,
        "~groups": [],
    }
    apply_fields(app, body, APPLICATION_FIELDS, nullable=())
    if not app["scopes"]:  # `scopes: [null]` (the SDK's default): the type's scopes
        app["scopes"] = ["resources:read"] if app_type == "group" else ["api:read", "api:write"]
    ctx.store.applications[app_id] = app
    _refresh_clients(ctx)
    return ok(ctx.view().application(app, secrets=True))


@handler("updateApplication")
def update_application(ctx: Context) -> Reply:
    app = _application(ctx, write=True)
    apply_fields(app, body_dict(ctx.body), APPLICATION_FIELDS, nullable=("url",))
    app["_modified"] = now_timestamp()
    _refresh_clients(ctx)
    return ok(ctx.view().application(app))


@handler("deleteApplication")
def delete_application(ctx: Context) -> Reply:
    app = _application(ctx, write=True)
    del ctx.store.applications[app["_id"]]
    for share in ctx.store.shares.values():
        share["~applications"] = [a for a in share["~applications"] if a != app["_id"]]
    _refresh_clients(ctx)
    return no_content()


@handler("listApplicationWorkgroups")
def list_application_workgroups(ctx: Context) -> Reply:
    app = _application(ctx, write=False)
    view = ctx.view()
    return ok(
        [view.workgroup(ctx.store.workgroups[w]) for w in app.get("~groups", []) if w in ctx.store.workgroups]
    )


@handler("associateWorkgroupToApplication")
def associate_workgroup_to_application(ctx: Context) -> Reply:
    app = _application(ctx, write=True)
    workgroup_id = ctx.store.get_workgroup(ctx.path["workgroup_id"])["_id"]
    groups: list[str] = app.setdefault("~groups", [])
    if app["type"] != "group":
        raise bad_request({"application_id": "Only group applications are linked to workgroups."})
    if workgroup_id in groups:
        return no_content()
    if groups and not app.get("canHaveManyGroups"):
        raise bad_request(
            {"workgroup_id": "This application can have one workgroup only (canHaveManyGroups)."}
        )
    groups.append(workgroup_id)
    return no_content()


@handler("dissociateWorkgroupFromApplication")
def dissociate_workgroup_from_application(ctx: Context) -> Reply:
    app = _application(ctx, write=True)
    groups: list[str] = app.setdefault("~groups", [])
    if ctx.path["workgroup_id"] not in groups:
        raise not_found("workgroup of this application", ctx.path["workgroup_id"])
    groups.remove(ctx.path["workgroup_id"])
    return no_content()
