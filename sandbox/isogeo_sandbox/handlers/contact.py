"""contact: workgroup address books and the contacts of metadata (CTC-1..7, §3.31)."""

from __future__ import annotations

from typing import Any

from isogeo_sandbox.errors import bad_request, not_found
from isogeo_sandbox.handlers import Context, Reply, handler
from isogeo_sandbox.handlers._common import apply_fields, body_dict, no_content, ok
from isogeo_sandbox.ids import new_id
from isogeo_sandbox.store import Entity

CREATE_RENAMES = {"faxNumber": "fax", "organizationName": "organization", "phoneNumber": "phone"}
ADDRESS_FIELDS = ("addressLine1", "addressLine2", "addressLine3", "city", "countryCode", "email", "zipCode")
UPDATE_FIELDS = ("name", "fax", "organization", "phone", *ADDRESS_FIELDS)


def address_book(ctx: Context, workgroup_id: str) -> list[Entity]:
    store = ctx.store
    own = [c for c in store.contacts.values() if c.get("~owner") == workgroup_id and c["type"] == "custom"]
    sharing = {share["~creator"] for share in store.shares.values() if workgroup_id in share["~groups"]}
    cards = [
        store.contacts[store.workgroups[w]["~contact"]]
        for w in [workgroup_id, *sorted(sharing)]
        if w in store.workgroups and store.workgroups[w]["~contact"] in store.contacts
    ]
    return cards + sorted(own, key=lambda c: str(c.get("name") or ""))


def visible_contact(ctx: Context, contact_id: str) -> Entity:
    contact = ctx.store.contacts.get(contact_id)
    if contact is None or contact.get("_deleted"):
        raise not_found("contact", contact_id)
    owner = contact.get("~owner")
    principal = ctx.who()
    if owner and not principal.is_group_app and owner not in ctx.store.user_roles(principal.user_id):
        raise not_found("contact", contact_id)
    return contact


def owned_contact(ctx: Context, workgroup_id: str, contact_id: str) -> Entity:
    ctx.store.require_member(ctx.user(), workgroup_id, write=True)
    contact = ctx.store.contacts.get(contact_id)
    if contact is None or contact.get("~owner") != workgroup_id:
        raise not_found("contact", contact_id)
    return contact


@handler("listWorkgroupContacts")
def list_workgroup_contacts(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id)
    view = ctx.view()
    return ok([view.contact(c) for c in address_book(ctx, workgroup_id)])


@handler("getContact")
def get_contact(ctx: Context) -> Reply:
    return ok(ctx.view().contact(visible_contact(ctx, ctx.path["contact_id"])))


@handler("createWorkgroupContact")
def create_workgroup_contact(ctx: Context) -> Reply:
    workgroup_id = ctx.path["workgroup_id"]
    ctx.store.require_member(ctx.user(), workgroup_id, write=True)
    body = body_dict(ctx.body)
    contact_id = new_id()
    contact: dict[str, Any] = {  # no _created/_modified on contacts (the SDK's Contact refuses them)
        "_id": contact_id,
        "_tag": f"contact:{workgroup_id}:{contact_id}",
        "_deleted": False,
        "type": "custom",
        "~owner": workgroup_id,
        **{key: None for key in UPDATE_FIELDS},
    }
    apply_fields(contact, body, ["name", *ADDRESS_FIELDS, *CREATE_RENAMES], CREATE_RENAMES)
    ctx.store.contacts[contact_id] = contact
    return ok(ctx.view().contact(contact))


@handler("updateWorkgroupContact")
def update_workgroup_contact(ctx: Context) -> Reply:
    contact = owned_contact(ctx, ctx.path["workgroup_id"], ctx.path["contact_id"])
    apply_fields(contact, body_dict(ctx.body), UPDATE_FIELDS)
    ctx.store.invalidate_tags()
    return ok(ctx.view().contact(contact))


@handler("deleteWorkgroupContact")
def delete_workgroup_contact(ctx: Context) -> Reply:
    contact = owned_contact(ctx, ctx.path["workgroup_id"], ctx.path["contact_id"])
    del ctx.store.contacts[contact["_id"]]
    for md in ctx.store.metadata.values():
        if any(a["contact"] == contact["_id"] for a in md.contacts):
            md.contacts = [a for a in md.contacts if a["contact"] != contact["_id"]]
            md.forget()
    return no_content()


@handler("associateContactToMetadata")
def associate_contact_to_metadata(ctx: Context) -> Reply:
    store = ctx.store
    md = store.writable_metadata(ctx.user(), ctx.path["metadata_id"])
    contact = visible_contact(ctx, ctx.path["contact_id"])
    if contact["type"] == "user" or (contact["type"] == "group" and not contact.get("available")):
        raise bad_request(
            {"contact_id": "Only custom contacts and available workgroup cards can be associated."}
        )
    role = body_dict(ctx.body)["role"]
    association = next((a for a in md.contacts if a["contact"] == contact["_id"]), None)
    if association is None:
        association = {"_id": new_id(), "contact": contact["_id"], "role": role}
        md.contacts.append(association)
    association["role"] = role  # an upsert: 200 also when already associated (CTC-6)
    md.touch()
    return ok(ctx.view().resource_contact(association))


@handler("dissociateContactFromMetadata")
def dissociate_contact_from_metadata(ctx: Context) -> Reply:
    md = ctx.store.writable_metadata(ctx.user(), ctx.path["metadata_id"])
    contact_id = ctx.path["contact_id"]
    if not any(a["contact"] == contact_id for a in md.contacts):
        raise not_found("association of contact", contact_id)  # CTC-7: 404 when not associated
    md.contacts = [a for a in md.contacts if a["contact"] != contact_id]
    md.touch()
    return no_content()


@handler("listMetadataContacts")
def list_metadata_contacts(ctx: Context) -> Reply:
    md = ctx.store.readable_metadata(ctx.who(), ctx.path["metadata_id"])
    view = ctx.view()
    return ok([view.resource_contact(a) for a in md.contacts])
