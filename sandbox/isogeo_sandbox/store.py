"""The in-memory state of one sandbox: every entity, its relations, and who may see or change it.

Entities are plain dicts holding their wire fields (what the API returns) plus a few internal keys
that start with ``~`` (owner ids, hosted bytes...). Serialisers in :mod:`isogeo_sandbox.serialize`
turn them into responses. Relations of a metadata live on its :class:`MetadataRecord`.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from isogeo_sandbox.auth import OAuthClient, Principal
from isogeo_sandbox.errors import ApiError, forbidden, not_found
from isogeo_sandbox.ids import now_timestamp

Entity = dict[str, Any]

TYPE_FILTERS = {
    "vectorDataset": "vector-dataset",
    "rasterDataset": "raster-dataset",
    "noGeoDataset": "no-geo-dataset",
    "service": "service",
    "resource": "resource",
}
WRITER_ROLES = frozenset({"admin", "writer", "editor"})


@dataclass
class MetadataRecord:
    """A metadata: root fields (``fields``) and its relations, by id."""

    id: str
    owner: str
    fields: dict[str, Any]
    keywords: list[str] = field(default_factory=list)
    contacts: list[Entity] = field(default_factory=list)  # {_id, contact (id), role}
    catalogs: set[str] = field(default_factory=set)
    conditions: list[Entity] = field(default_factory=list)  # {_id, description, license (id|None)}
    conformity: dict[str, bool] = field(default_factory=dict)  # specification id → conformant
    srs: int | None = None
    links: list[Entity] = field(default_factory=list)
    layers: list[Entity] = field(default_factory=list)  # "~datasets": [metadata ids]
    operations: list[Entity] = field(default_factory=list)
    provider: str = "manual"
    datasource: str | None = None
    # Metadata of a multilingual workgroup (isMultilingual): title and abstract per language
    # ({code: {"title", "abstract"}}), the first one the language the record was created in
    # (``fields`` keep its values). None elsewhere: one title and abstract.
    translations: dict[str, dict[str, Any]] | None = None
    # Detail sub-resources built on first use (None = not yet built): keeps big seeds fast.
    events: list[Entity] | None = None
    attributes: list[Entity] | None = None
    limitations: list[Entity] | None = None
    tags_cache: list[str] | None = None
    text_cache: dict[str, str] | None = None
    geometry_cache: Any = None
    bounds_cache: tuple[float, ...] | None = None

    @property
    def type(self) -> str:
        return str(self.fields.get("type") or "resource")

    @property
    def type_filter(self) -> str:
        return TYPE_FILTERS.get(self.type, self.type)

    def touch(self) -> None:
        self.fields["_modified"] = now_timestamp()
        self.forget()

    def forget(self) -> None:
        """Drop what is derived from the fields and relations (tags, search text, geometry)."""
        self.tags_cache = None
        self.text_cache = None
        self.geometry_cache = None
        self.bounds_cache = None


@dataclass
class Store:
    seed: str
    workgroups: dict[str, Entity] = field(default_factory=dict)
    contacts: dict[str, Entity] = field(default_factory=dict)
    metadata: dict[str, MetadataRecord] = field(default_factory=dict)
    thesauri: dict[str, Entity] = field(default_factory=dict)
    keywords: dict[str, Entity] = field(default_factory=dict)
    catalogs: dict[str, Entity] = field(default_factory=dict)
    shares: dict[str, Entity] = field(default_factory=dict)
    licenses: dict[str, Entity] = field(default_factory=dict)
    specifications: dict[str, Entity] = field(default_factory=dict)
    formats: dict[str, Entity] = field(default_factory=dict)  # by code
    coordinate_systems: dict[int, Entity] = field(default_factory=dict)
    workgroup_srs: dict[str, dict[int, str | None]] = field(default_factory=dict)  # wg → {code: alias}
    workgroup_keywords: dict[str, set[str]] = field(default_factory=dict)
    applications: dict[str, Entity] = field(default_factory=dict)
    users: dict[str, Entity] = field(default_factory=dict)
    memberships: dict[str, Entity] = field(default_factory=dict)  # {_id, role, ~user, ~group}
    invitations: dict[str, Entity] = field(default_factory=dict)
    datasources: dict[str, Entity] = field(default_factory=dict)
    directives: dict[str, Entity] = field(default_factory=dict)
    hosted: dict[str, bytes] = field(default_factory=dict)  # link id → bytes
    detail_builder: Callable[[Store, MetadataRecord], None] | None = None

    # ------------------------------------------------------------------ lookups
    def get_workgroup(self, workgroup_id: str) -> Entity:
        wg = self.workgroups.get(workgroup_id)
        if wg is None:
            raise not_found("workgroup", workgroup_id)
        return wg

    def get_metadata(self, metadata_id: str) -> MetadataRecord:
        md = self.metadata.get(metadata_id)
        if md is None:
            raise not_found("metadata", metadata_id)
        return md

    def get(self, collection: dict[str, Entity], kind: str, identifier: str) -> Entity:
        entity = collection.get(identifier)
        if entity is None:
            raise not_found(kind, identifier)
        return entity

    def details(self, md: MetadataRecord) -> MetadataRecord:
        """Make sure the lazily built sub-resources of ``md`` exist."""
        if md.events is None or md.attributes is None or md.limitations is None:
            if self.detail_builder is not None:
                self.detail_builder(self, md)
            md.events = md.events if md.events is not None else []
            md.attributes = md.attributes if md.attributes is not None else []
            md.limitations = md.limitations if md.limitations is not None else []
        return md

    def workgroup_name(self, workgroup_id: str) -> str:
        wg = self.workgroups.get(workgroup_id)
        if wg is None:
            return workgroup_id
        contact = self.contacts.get(wg["~contact"], {})
        return str(contact.get("name") or wg.get("code") or workgroup_id)

    def rng_for(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")  # noqa: S311 - deterministic fixtures

    # ------------------------------------------------------------------ auth glue
    def oauth_clients(self) -> dict[str, OAuthClient]:
        return {
            app["client_id"]: OAuthClient(
                app_id=app["_id"],
                client_id=app["client_id"],
                client_secret=app["client_secret"],
                kind=app["type"],
            )
            for app in self.applications.values()
            if app.get("client_id") and app.get("client_secret")
        }

    def check_user(self, username: str, password: str) -> str | None:
        for user in self.users.values():
            contact = self.contacts.get(user["~contact"], {})
            if (contact.get("email") or "").lower() == username.lower() and user.get("~password") == password:
                return str(user["_id"])
        return None

    # ------------------------------------------------------------------ visibility
    def user_roles(self, user_id: str | None) -> dict[str, str]:
        """workgroup id → role of the user."""
        if not user_id:
            return {}
        return {m["~group"]: m["role"] for m in self.memberships.values() if m["~user"] == user_id}

    def app_catalogs(self, app_id: str) -> set[str]:
        """Catalogs shared with a group application (through application shares)."""
        out: set[str] = set()
        for share in self.shares.values():
            if app_id in share["~applications"]:
                out.update(share["~catalogs"])
        return out

    def group_shared_catalogs(self, workgroup_ids: set[str]) -> set[str]:
        out: set[str] = set()
        for share in self.shares.values():
            if share["type"] == "group" and workgroup_ids & set(share["~groups"]):
                out.update(share["~catalogs"])
        return out

    def visible_metadata(self, principal: Principal, share_id: str | None = None) -> Iterator[MetadataRecord]:
        if share_id is not None:
            share = self.shares.get(share_id)
            if share is None:
                raise ApiError(
                    400, "Unknown share.", errors={"s": f"No share {share_id!r} visible to the caller."}
                )
            if principal.is_group_app and principal.app_id not in share["~applications"]:
                raise ApiError(
                    400, "Unknown share.", errors={"s": f"No share {share_id!r} visible to the caller."}
                )
            catalogs = set(share["~catalogs"])
            return (md for md in self.metadata.values() if md.catalogs & catalogs)
        if principal.is_group_app:
            catalogs = self.app_catalogs(principal.app_id)
            return (md for md in self.metadata.values() if md.catalogs & catalogs)
        roles = self.user_roles(principal.user_id)
        groups = set(roles)
        shared = self.group_shared_catalogs(groups)
        return (md for md in self.metadata.values() if md.owner in groups or md.catalogs & shared)

    def can_read_metadata(self, principal: Principal, md: MetadataRecord) -> bool:
        if principal.is_group_app:
            return bool(md.catalogs & self.app_catalogs(principal.app_id))
        roles = self.user_roles(principal.user_id)
        return md.owner in roles or bool(md.catalogs & self.group_shared_catalogs(set(roles)))

    def readable_metadata(self, principal: Principal, metadata_id: str) -> MetadataRecord:
        md = self.get_metadata(metadata_id)
        if not self.can_read_metadata(principal, md):
            raise not_found("metadata", metadata_id)
        return md

    def require_member(self, principal: Principal, workgroup_id: str, *, write: bool = False) -> Entity:
        """The workgroup, if the caller belongs to it (and may write when ``write``); else 403/404."""
        wg = self.get_workgroup(workgroup_id)
        if principal.is_group_app:
            raise forbidden("Group applications are read-only and cannot act on workgroups.")
        role = self.user_roles(principal.user_id).get(workgroup_id)
        if role is None:
            raise forbidden("You are not a member of this workgroup.")
        if write and role not in WRITER_ROLES:
            raise forbidden(f"Your role in this workgroup ({role}) does not allow changes.")
        return wg

    def writable_metadata(self, principal: Principal, metadata_id: str) -> MetadataRecord:
        md = self.readable_metadata(principal, metadata_id)
        self.require_member(principal, md.owner, write=True)
        return md

    def is_staff(self, principal: Principal) -> bool:
        user = self.users.get(principal.user_id or "")
        return bool(user and user.get("staff"))

    # ------------------------------------------------------------------ tags
    def metadata_tags(self, md: MetadataRecord) -> list[str]:
        """The tag keys of a metadata (facts §4.0), cached until the metadata changes."""
        if md.tags_cache is not None:
            return md.tags_cache
        tags = [f"owner:{md.owner}", f"type:{md.type_filter}", f"provider:{md.provider}"]
        fmt = md.fields.get("format")
        if fmt:
            tags.append(f"format:{fmt}")
        if md.srs is not None:
            tags.append(f"coordinate-system:{md.srs}")
        for keyword_id in md.keywords:
            keyword = self.keywords.get(keyword_id)
            if keyword:
                tags.append(keyword["_tag"])
        for catalog_id in sorted(md.catalogs):
            if catalog_id in self.catalogs:
                tags.append(f"catalog:{catalog_id}")
        for association in md.contacts:
            contact = self.contacts.get(association["contact"])
            if contact:
                tags.append(contact["_tag"])
        for condition in md.conditions:
            lic = self.licenses.get(condition.get("license") or "")
            if lic:
                tags.append(lic["_tag"])
        actions = sorted({action for link in md.links for action in link.get("actions", [])})
        tags.extend(f"action:{action}" for action in actions)
        if md.datasource and md.datasource in self.datasources:
            tags.append(f"data-source:{md.datasource}")
        for spec_id, conformant in md.conformity.items():
            spec = self.specifications.get(spec_id)
            if conformant and spec and "INSPIRE" in str(spec.get("name", "")):
                tags.append("conformity:inspire")
                break
        md.tags_cache = list(dict.fromkeys(tags))
        return md.tags_cache

    def invalidate_tags(self) -> None:
        """An entity many metadata point to changed (e.g. a keyword was deleted)."""
        for md in self.metadata.values():
            md.forget()
