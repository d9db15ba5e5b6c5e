"""Store entities → response bodies (the shapes of the spec's schemas), honouring ``_include``."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from isogeo_sandbox.auth import Principal
from isogeo_sandbox.labels import ACTION_LABELS, TYPE_LABELS, label_lang
from isogeo_sandbox.store import Entity, MetadataRecord, Store

MD_DEFAULT_INCLUDES = frozenset({"_creator", "tags"})
TRANSLATED_FIELDS = ("title", "abstract")


def fields_language(md: MetadataRecord, lang: str) -> str:
    """The language whose title and abstract a multilingual metadata answers for ``_lang``: that
    one when the record has it, else the language it was created in (its first translation)."""
    translations = md.translations or {}
    asked = lang[:2].lower()
    return asked if asked in translations else next(iter(translations), asked)


def public(entity: Entity) -> dict[str, Any]:
    """The wire fields of an entity (internal keys start with ``~``)."""
    return {key: value for key, value in entity.items() if not key.startswith("~")}


@dataclass
class View:
    """How to render: for whom, in which language, with which sub-resources."""

    store: Store
    principal: Principal | None = None
    lang: str = "fr"
    includes: frozenset[str] = frozenset()
    _counts: dict[str, Counter[str]] = field(default_factory=dict)
    _keywords_by_tag: dict[str, Entity] | None = None

    def with_includes(self, includes: frozenset[str]) -> View:
        return View(self.store, self.principal, self.lang, includes, self._counts)

    # -------------------------------------------------------------- usage counts (one pass each)
    def count(self, kind: str, identifier: str) -> int:
        if kind not in self._counts:
            counter: Counter[str] = Counter()
            for md in self.store.metadata.values():
                if kind == "contact":
                    counter.update({a["contact"] for a in md.contacts})
                elif kind == "catalog":
                    counter.update(md.catalogs)
                elif kind == "license":
                    counter.update({c["license"] for c in md.conditions if c.get("license")})
                elif kind == "specification":
                    counter.update(list(md.conformity))
                elif kind == "keyword":
                    counter.update(md.keywords)
            self._counts[kind] = counter
        return self._counts[kind][identifier]

    # -------------------------------------------------------------- labels
    def tag_label(self, key: str) -> str | None:
        lang = label_lang(self.lang)
        prefix, _, rest = key.partition(":")
        store = self.store
        if prefix in ("provider", "conformity"):
            return None
        if prefix == "type":
            return TYPE_LABELS[lang].get(rest, rest)
        if prefix == "action":
            return ACTION_LABELS[lang].get(rest, rest)
        if prefix == "owner":
            return store.workgroup_name(rest)
        if prefix == "format":
            fmt = store.formats.get(rest)
            return str(fmt["name"]) if fmt else rest
        if prefix == "coordinate-system":
            srs = store.coordinate_systems.get(int(rest)) if rest.isdigit() else None
            return str(srs["name"]) if srs else rest
        identifier = rest.rsplit(":", 1)[-1]
        if prefix == "keyword":
            if self._keywords_by_tag is None:  # one index per request, not one scan per tag
                self._keywords_by_tag = {k["_tag"]: k for k in store.keywords.values()}
            keyword = self._keywords_by_tag.get(key)
            return self.keyword_text(keyword) if keyword else identifier
        collections: dict[str, dict[str, Entity]] = {
            "catalog": store.catalogs,
            "contact": store.contacts,
            "license": store.licenses,
            "specification": store.specifications,
            "data-source": store.datasources,
        }
        entity = collections.get(prefix, {}).get(identifier)
        return str(entity.get("name")) if entity else identifier

    def tags(self, keys: list[str]) -> dict[str, str | None]:
        return {key: self.tag_label(key) for key in keys}

    def keyword_text(self, keyword: Entity) -> str:
        """The keyword's text in the ``_lang`` language: its own translation (``~texts``, e.g. a
        translated group theme), else the English one for any other language than French, else
        the French text."""
        lang = self.lang[:2].lower()
        translated = (keyword.get("~texts") or {}).get(lang)
        if translated:
            return str(translated)
        if label_lang(self.lang) == "en" and keyword.get("~text_en"):
            return str(keyword["~text_en"])
        return str(keyword["text"])

    # -------------------------------------------------------------- entities
    def workgroup_summary(self, workgroup_id: str) -> dict[str, Any]:
        wg = self.store.workgroups.get(workgroup_id)
        if wg is None:
            return {"_id": workgroup_id, "_tag": f"owner:{workgroup_id}"}
        contact = self.store.contacts.get(wg["~contact"], {})
        return {
            "_id": wg["_id"],
            "_tag": wg["_tag"],
            "code": wg["code"],
            "contact": {
                "_id": contact.get("_id", wg["~contact"]),
                "_tag": contact.get("_tag", f"contact:group:{wg['~contact']}"),
                "name": contact.get("name"),
                "type": "group",
            },
        }

    def workgroup(self, wg: Entity) -> dict[str, Any]:
        out = public(wg)
        contact = self.store.contacts.get(wg["~contact"])
        if contact:
            out["contact"] = self.contact(contact, with_owner=False)
        if "_abilities" in self.includes:
            out["_abilities"] = self.abilities_for_workgroup(wg["_id"])
        if "limits" in self.includes:
            out["limits"] = self.limits(wg["_id"])
        return out

    def abilities_for_workgroup(self, workgroup_id: str) -> list[str]:
        if self.principal is None or self.principal.is_group_app:
            return []
        role = self.store.user_roles(self.principal.user_id).get(workgroup_id)
        if role == "admin":
            return ["group:manage", "group:update", "resource:create", "resource:update", "resource:delete"]
        if role in ("writer", "editor"):
            return ["resource:create", "resource:update", "resource:delete"]
        return ["resource:read"] if role else []

    def limits(self, workgroup_id: str) -> dict[str, Any]:
        store = self.store
        resources = sum(1 for md in store.metadata.values() if md.owner == workgroup_id)
        users = sum(1 for m in store.memberships.values() if m["~group"] == workgroup_id)
        upload = sum(
            len(store.hosted.get(link["_id"], b""))
            for md in store.metadata.values()
            if md.owner == workgroup_id
            for link in md.links
            if link.get("type") == "hosted"
        )
        return {
            "canDiffuse": True,
            "canShare": True,
            "Workgroups": {"current": 1, "max": -1},
            "resources": {"current": resources, "max": -1},
            "upload": {"current": upload, "max": 1073741824},
            "users": {"current": users, "max": 50},
        }

    def contact(self, contact: Entity, *, with_owner: bool = True) -> dict[str, Any]:
        out = public(contact)
        owner = contact.get("~owner")
        if with_owner and owner:
            out["owner"] = self.workgroup_summary(owner)
        if "count" in self.includes:
            out["count"] = self.count("contact", contact["_id"])
        if "_abilities" in self.includes:
            out["_abilities"] = (
                ["contact:update", "contact:delete"] if contact.get("type") == "custom" else []
            )
        return out

    def owned(self, entity: Entity, kind: str) -> dict[str, Any]:
        """Licenses, specifications, catalogs: owner summary, count and abilities on demand."""
        out = public(entity)
        owner = entity.get("~owner")
        if owner:
            out["owner"] = self.workgroup_summary(owner)
        if "count" in self.includes:
            out["count"] = self.count(kind, entity["_id"])
        if "_abilities" in self.includes:
            out["_abilities"] = [f"{kind}:update", f"{kind}:delete"] if owner else []
        return out

    def license(self, lic: Entity) -> dict[str, Any]:
        return self.owned(lic, "license")

    def specification(self, spec: Entity) -> dict[str, Any]:
        return self.owned(spec, "specification")

    def catalog(self, catalog: Entity) -> dict[str, Any]:
        return self.owned(catalog, "catalog")

    def thesaurus(self, thesaurus: Entity) -> dict[str, Any]:
        out = public(thesaurus)
        if "_abilities" in self.includes:
            out["_abilities"] = []
        if "count" in self.includes:
            out["count"] = sum(1 for k in self.store.keywords.values() if k["~thesaurus"] == thesaurus["_id"])
        return out

    def keyword(self, keyword: Entity) -> dict[str, Any]:
        out = public(keyword)
        out["text"] = self.keyword_text(keyword)
        if "count" in self.includes:
            total = self.count("keyword", keyword["_id"])
            out["count"] = {"isogeo": total, "group": total}
        if "thesaurus" in self.includes:
            thesaurus = self.store.thesauri.get(keyword["~thesaurus"])
            if thesaurus:
                out["thesaurus"] = public(thesaurus)
        if "_abilities" in self.includes:
            out["_abilities"] = ["keyword:delete", "keyword:restrict"]
        return out

    def coordinate_system(
        self, code: int, alias: str | None = None, *, with_alias: bool = False
    ) -> dict[str, Any]:
        srs = self.store.coordinate_systems.get(code) or {
            "_tag": f"coordinate-system:{code}",
            "code": code,
            "name": str(code),
        }
        out = public(srs)
        if with_alias:
            out["alias"] = alias
        return out

    def share(self, share: Entity) -> dict[str, Any]:
        store = self.store
        out = public(share)
        out["_creator"] = self.workgroup_summary(share["~creator"])
        out["catalogs"] = [self.catalog(store.catalogs[c]) for c in share["~catalogs"] if c in store.catalogs]
        out["applications"] = [
            self.application(store.applications[a], secrets=False)
            for a in share["~applications"]
            if a in store.applications
        ]
        if "groups" in self.includes or share["type"] == "group":
            out["groups"] = [self.workgroup_summary(g) for g in share["~groups"] if g in store.workgroups]
        # No `_abilities` on shares, even when asked: the official SDK's Share model refuses the key
        # although its ApiShare.get asks `_include=_abilities,groups` (fidelity-decisions.md).
        return out

    def application(self, app: Entity, *, secrets: bool = False) -> dict[str, Any]:
        out = public(app)
        if not secrets:
            out.pop("client_secret", None)
        if "groups" in self.includes:
            out["groups"] = [
                self.workgroup_summary(g) for g in app.get("~groups", []) if g in self.store.workgroups
            ]
        if "_abilities" in self.includes:
            out["_abilities"] = ["application:update", "application:delete", "application:manage"]
        return out

    def user(self, user: Entity) -> dict[str, Any]:
        out = public(user)
        contact = self.store.contacts.get(user["~contact"])
        if contact:
            out["contact"] = self.contact(contact, with_owner=False)
        if "_abilities" in self.includes:
            out["_abilities"] = ["account:update"]
        if "memberships" in self.includes:
            out["memberships"] = [
                self.membership(m, with_user=False) for m in self.user_memberships(user["_id"])
            ]
        return out

    def user_memberships(self, user_id: str) -> list[Entity]:
        return [m for m in self.store.memberships.values() if m["~user"] == user_id]

    def membership(self, membership: Entity, *, with_user: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"_id": membership["_id"], "role": membership["role"]}
        out["group"] = self.workgroup_summary(membership["~group"])
        if with_user:
            user = self.store.users.get(membership["~user"])
            if user:
                out["user"] = self.user(user)
        return out

    def invitation(self, invitation: Entity) -> dict[str, Any]:
        out = public(invitation)
        out["group"] = self.workgroup_summary(invitation["~group"])
        return out

    def datasource(self, datasource: Entity) -> dict[str, Any]:
        out = public(datasource)
        out["resourceCount"] = sum(
            1 for md in self.store.metadata.values() if md.datasource == datasource["_id"]
        )
        return out

    # -------------------------------------------------------------- metadata
    def metadata_summary(self, metadata_id: str) -> dict[str, Any]:
        md = self.store.metadata.get(metadata_id)
        if md is None:
            return {"_id": metadata_id}
        return {"_id": md.id, "name": md.fields.get("name"), "title": md.fields.get("title"), "type": md.type}

    def condition(self, condition: Entity) -> dict[str, Any]:
        lic = self.store.licenses.get(condition.get("license") or "")
        return {
            "_id": condition["_id"],
            "description": condition.get("description"),
            "license": self.license(lic) if lic else None,
        }

    def resource_contact(self, association: Entity) -> dict[str, Any]:
        contact = self.store.contacts.get(association["contact"])
        # As the real API: `role` and `contact`, no `_id` of the association (tests/fixtures/real).
        return {
            "role": association["role"],
            "contact": self.contact(contact) if contact else {"_id": association["contact"]},
        }

    def conformity(self, spec_id: str, conformant: bool) -> dict[str, Any]:
        spec = self.store.specifications.get(spec_id)
        return {
            "conformant": conformant,
            "specification": self.specification(spec) if spec else {"_id": spec_id},
        }

    def limitation(self, limitation: Entity) -> dict[str, Any]:
        out = public(limitation)
        directive = self.store.directives.get(limitation.get("~directive") or "")
        out["directive"] = public(directive) if directive else None
        return out

    def layer(self, layer: Entity) -> dict[str, Any]:
        out = public(layer)
        datasets = [self.metadata_summary(d) for d in layer.get("~datasets", []) if d in self.store.metadata]
        out["datasets"] = [d for d in datasets if d.get("type") != "noGeoDataset"]
        out["noGeoDatasets"] = [d for d in datasets if d.get("type") == "noGeoDataset"]
        out["dataset"] = datasets[0] if datasets else None
        return out

    def service_layers_of(self, dataset_id: str) -> list[dict[str, Any]]:
        out = []
        for service in self.store.metadata.values():
            if service.type != "service":
                continue
            for layer in service.layers:
                if dataset_id in layer.get("~datasets", []):
                    out.append(
                        {
                            "_id": layer["_id"],
                            "id": layer.get("id"),
                            "mimeTypes": layer.get("mimeTypes", []),
                            "titles": layer.get("titles", []),
                            "service": self.metadata_summary(service.id),
                        }
                    )
        return out

    def metadata(self, md: MetadataRecord) -> dict[str, Any]:
        store = self.store
        includes = self.includes | MD_DEFAULT_INCLUDES
        out: dict[str, Any] = {"_id": md.id, **md.fields}
        kind = md.type
        is_dataset = kind in ("vectorDataset", "rasterDataset", "noGeoDataset")
        if "_creator" in includes:
            out["_creator"] = self.workgroup_summary(md.owner)
        if "tags" in includes:
            out["tags"] = self.tags(store.metadata_tags(md))
        if "_abilities" in includes:
            out["_abilities"] = (
                self.abilities_for_workgroup(md.owner)
                if self.principal and not self.principal.is_group_app
                else []
            )
        if "conditions" in includes:
            out["conditions"] = [self.condition(c) for c in md.conditions]
        if "contacts" in includes:
            out["contacts"] = [self.resource_contact(a) for a in md.contacts]
        if "coordinate-system" in includes and kind in ("vectorDataset", "rasterDataset", "service"):
            alias = store.workgroup_srs.get(md.owner, {}).get(md.srs) if md.srs is not None else None
            out["coordinate-system"] = (
                self.coordinate_system(md.srs, alias, with_alias=alias is not None)
                if md.srs is not None
                else None
            )
        if "keywords" in includes:
            out["keywords"] = [self.keyword(store.keywords[k]) for k in md.keywords if k in store.keywords]
        if "links" in includes:
            out["links"] = [public(link) for link in md.links]
        if "specifications" in includes:
            out["specifications"] = [self.conformity(s, c) for s, c in md.conformity.items()]
        if includes & {"events", "feature-attributes", "limitations"}:
            store.details(md)
        if "events" in includes:
            out["events"] = [public(e) for e in md.events or []]
        if "feature-attributes" in includes and kind in ("vectorDataset", "noGeoDataset"):
            out["feature-attributes"] = [public(a) for a in md.attributes or []]
        if "limitations" in includes:
            out["limitations"] = [self.limitation(lim) for lim in md.limitations or []]
        if "layers" in includes and kind == "service":
            out["layers"] = [self.layer(layer) for layer in md.layers]
        if "operations" in includes and kind == "service":
            out["operations"] = [public(op) for op in md.operations]
        if "serviceLayers" in includes and is_dataset:
            out["serviceLayers"] = self.service_layers_of(md.id)
        if md.translations is not None:
            served = fields_language(md, self.lang)
            out["title"] = md.translations[served].get("title")
            out["abstract"] = md.translations[served].get("abstract")
            out["_fieldsLanguage"] = served
        if "translations" in includes:
            out["translations"] = [
                {"languageCode": code, "title": entry.get("title"), "abstract": entry.get("abstract")}
                for code, entry in (md.translations or {}).items()
            ]
        if "context" in includes:
            out["context"] = {"workgroup": md.owner, "catalogs": sorted(md.catalogs)}
        return out
