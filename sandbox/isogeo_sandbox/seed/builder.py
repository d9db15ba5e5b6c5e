"""Build a :class:`~isogeo_sandbox.store.Store` from a seed name, deterministically.

``random.Random(seed)`` drives every choice; fixture entities (those ``isogeo-sandbox info``
names) have ids derived from the seed alone (:class:`~isogeo_sandbox.info.Fixtures`). Events,
feature attributes and limitations of non-fixture metadata are built on first use, from an RNG
seeded with the metadata id, so that big seeds start fast and still answer the same every run.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import unicodedata
import zipfile
from typing import Any

from isogeo_sandbox.ids import data_date, iso_timestamp, random_id, stable_id, stable_secret
from isogeo_sandbox.info import (
    THESAURUS_GROUP_THEME,
    THESAURUS_INSPIRE,
    THESAURUS_ISOGEO,
    Fixtures,
)
from isogeo_sandbox.seed import reference as ref
from isogeo_sandbox.store import Entity, MetadataRecord, Store

SEED_SIZES = {"default": 2000, "small": 300, "large": 20000, "bench-5k": 5000, "bench-20k": 20000}
EPOCH = dt.datetime(2024, 6, 1, 9, 30, tzinfo=dt.UTC)


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def metadata_count_for(seed: str, metadata_count: int | None) -> int:
    if metadata_count is not None:
        return metadata_count
    return SEED_SIZES.get(seed, SEED_SIZES["default"])


class _Builder:
    def __init__(self, seed: str, metadata_count: int) -> None:
        self.seed = seed
        self.fx = Fixtures(seed)
        self.rng = random.Random(seed)  # noqa: S311 - deterministic fixtures, not crypto
        self.count = metadata_count
        self.store = Store(seed=seed, detail_builder=build_details)

    # ------------------------------------------------------------------ helpers
    def sid(self, name: str) -> str:
        return stable_id(self.seed, name)

    def moment(self, rng: random.Random | None = None, *, years_back: float = 8.0) -> dt.datetime:
        r = rng or self.rng
        return EPOCH - dt.timedelta(seconds=r.uniform(0, years_back * 365 * 86400))

    def stamp(self, moment: dt.datetime, rng: random.Random | None = None) -> str:
        return iso_timestamp(moment, (rng or self.rng).choice([4, 5, 6, 7, 7]))

    # ------------------------------------------------------------------ reference data
    def reference(self) -> None:
        st = self.store
        thesauri = [
            (THESAURUS_ISOGEO, "isogeo", "Isogeo"),
            (THESAURUS_INSPIRE, "inspire-theme", "GEMET - INSPIRE themes, version 1.0"),
            (THESAURUS_GROUP_THEME, "group-theme", "Thèmes de groupe"),
            (self.sid("thesaurus:iso19115-topic"), "iso19115-topic", "MD_TopicCategoryCode"),
        ]
        for tid, code, name in thesauri:
            st.thesauri[tid] = {"_id": tid, "code": code, "name": name}
        for code, _short, fr, en in ref.INSPIRE_THEMES:
            self.add_keyword(THESAURUS_INSPIRE, "inspire-theme", code, fr, en, f"Thème INSPIRE : {fr}.")
        for text in ref.ISOGEO_KEYWORDS:
            self.add_keyword(THESAURUS_ISOGEO, "isogeo", slugify(text), text)
        kid = self.fx.keyword_test
        st.keywords[kid] = self.keyword_entity(
            kid, THESAURUS_ISOGEO, "isogeo", "sandbox", "sandbox", None, None
        )
        for text in ref.GROUP_THEMES:
            self.add_keyword(THESAURUS_GROUP_THEME, "group-theme", slugify(text), text)
        topic_th = self.sid("thesaurus:iso19115-topic")
        for code, fr in ref.ISO_TOPICS:
            self.add_keyword(topic_th, "iso19115-topic", code, fr)
        for code, name, kind, aliases, versions in ref.FORMATS:
            st.formats[code] = {
                "_id": self.sid(f"format:{code}"),
                "_tag": f"format:{code}",
                "code": code,
                "name": name,
                "type": kind,
                "aliases": aliases,
                "versions": versions,
            }
        for epsg, name in ref.COORDINATE_SYSTEMS:
            st.coordinate_systems[epsg] = {"_tag": f"coordinate-system:{epsg}", "code": epsg, "name": name}
        for name, description in ref.DIRECTIVES:
            did = self.sid(f"directive:{name}")
            st.directives[did] = {"_id": did, "name": name, "description": description}

    def keyword_entity(
        self,
        kid: str,
        thesaurus: str,
        th_code: str,
        code: str,
        text: str,
        text_en: str | None,
        desc: str | None,
    ) -> Entity:
        return {
            "_id": kid,
            "_tag": f"keyword:{th_code}:{code}",
            "_created": None,
            "_modified": None,
            "code": code,
            "text": text,
            "description": desc,
            "~text_en": text_en,
            "~thesaurus": thesaurus,
        }

    def add_keyword(
        self,
        thesaurus: str,
        th_code: str,
        code: str,
        text: str,
        text_en: str | None = None,
        desc: str | None = None,
    ) -> str:
        kid = self.sid(f"keyword:{th_code}:{code}")
        self.store.keywords[kid] = self.keyword_entity(kid, thesaurus, th_code, code, text, text_en, desc)
        return kid

    def keyword_id(self, th_code: str, code: str) -> str:
        return self.sid(f"keyword:{th_code}:{code}")

    # ------------------------------------------------------------------ organisations and people
    def contact_entity(self, cid: str, kind: str, owner: str | None, name: str, rng: random.Random) -> Entity:
        street = rng.choice(ref.STREETS)
        city, zip_code = rng.choice([(w[3], w[4]) for w in ref.WORKGROUPS])
        # Contacts carry no _created/_modified: the official SDK's Contact model refuses them
        # (docs/reference/fidelity-decisions.md). The draws are kept so the seed stays the same.
        created = self.moment(rng)
        self.stamp(created, rng)
        self.stamp(created + dt.timedelta(days=rng.randint(0, 400)), rng)
        tag_owner = {"group": "group", "user": "user"}.get(kind, owner or "isogeo")
        entity: Entity = {
            "_id": cid,
            "_tag": f"contact:{tag_owner}:{cid}",
            "_deleted": False,
            "addressLine1": f"{rng.randint(1, 120)} {street}",
            "addressLine2": rng.choice([None, None, "Bâtiment B", "2e étage"]),
            "addressLine3": None,
            "city": city,
            "countryCode": "FR",
            "email": f"{slugify(name).replace('-', '.')[:40]}@example.fr",
            "fax": None,
            "name": name,
            "organization": None,
            "phone": f"+33 {rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            "type": kind,
            "zipCode": zip_code,
            "~owner": owner,
        }
        if kind == "group":
            entity["available"] = True
        if kind == "user":
            entity["hash"] = stable_id(self.seed, f"avatar:{cid}")
        return entity

    def workgroups(self) -> None:
        st, rng = self.store, self.rng
        for index, (key, name, code, city, zip_code, colour) in enumerate(ref.WORKGROUPS):
            wid = self.sid(f"workgroup:{key}")
            cid = self.sid(f"contact:group:{key}")
            contact = self.contact_entity(cid, "group", None, name, rng)
            contact.update(city=city, zipCode=zip_code, organization=name, email=f"sig@{code}.example.fr")
            contact["available"] = key != "loire"
            st.contacts[cid] = contact
            created = self.moment(years_back=9)
            st.workgroups[wid] = {
                "_id": wid,
                "_tag": f"owner:{wid}",
                "_created": self.stamp(created),
                "_modified": self.stamp(created + dt.timedelta(days=300)),
                "areKeywordsRestricted": key == "other",
                "availableLanguages": [{"code": "fr"}, {"code": "en"}] if index < 2 else [{"code": "fr"}],
                "baseMapUrl": "https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png",
                "canCreateLegacyServiceLinks": True,
                "canCreateMetadata": True,
                "code": code,
                "hasAGSScan": index % 3 == 0,
                "hasCswClient": index % 2 == 0,
                "hasFlashScan": False,
                "hasNewScriptScan": True,
                "hasScanFme": index % 4 == 1,
                "isMultilingual": index < 2,
                "keywordsCasing": rng.choice(["lowercase", "capitalized", "mixedcase"]),
                "metadataLanguage": "fr",
                "themeColor": colour,
                "~contact": cid,
                "~key": key,
            }
            st.workgroup_srs[wid] = {2154: "Lambert 93", 4326: None, 3857: "Web Mercator"}
            if key == "other":
                st.workgroup_srs[wid][3946] = "CC46 (Lyon)"
            st.workgroup_keywords[wid] = set()
        test = self.fx.workgroup_test
        st.workgroup_keywords[test] = {self.keyword_id("isogeo", "hydrographie"), self.fx.keyword_test}

    def users(self) -> None:
        st, rng = self.store, self.rng
        wg_ids = list(st.workgroups)
        people = [("fixture", "Utilisateur Sandbox", self.fx.username)]
        for i in range(24):
            first, last = rng.choice(ref.FIRST_NAMES), rng.choice(ref.LAST_NAMES)
            people.append((f"user{i}", f"{first} {last}", f"{slugify(first)}.{slugify(last)}{i}@example.fr"))
        for key, name, email in people:
            uid = self.fx.user_id if key == "fixture" else self.sid(f"user:{key}")
            cid = self.sid(f"contact:user:{key}")
            contact = self.contact_entity(cid, "user", None, name, rng)
            contact["email"] = email
            st.contacts[cid] = contact
            created = self.moment()
            st.users[uid] = {
                "_id": uid,
                "_created": self.stamp(created),
                "_modified": self.stamp(created + dt.timedelta(days=30)),
                "language": "fr",
                "mailchimp": {
                    "subscriptions": [
                        {"name": "NewReleases", "isInterested": rng.random() < 0.5},
                        {"name": "TipsAndTricks", "isInterested": rng.random() < 0.3},
                    ]
                },
                "staff": key == "fixture",
                "timezone": "Romance Standard Time",
                "~contact": cid,
                "~password": self.fx.password
                if key == "fixture"
                else stable_secret(self.seed, f"pw:{key}", 20),
            }
            if key == "fixture":
                roles = {self.fx.workgroup_test: "admin", self.fx.workgroup_other: "reader"}
                roles.update({w: "writer" for w in wg_ids if w not in roles})
            else:
                roles = {
                    w: rng.choice(["admin", "writer", "reader"])
                    for w in rng.sample(wg_ids, rng.randint(1, 3))
                }
            for wid, role in roles.items():
                mid = self.sid(f"membership:{uid}:{wid}")
                st.memberships[mid] = {"_id": mid, "role": role, "~user": uid, "~group": wid}

    def owned_entities(self) -> None:
        st, rng, fx = self.store, self.rng, self.fx
        for name, link, content in ref.LICENSES:
            lid = self.sid(f"license:isogeo:{name}")
            st.licenses[lid] = {
                "_id": lid,
                "_tag": f"license:isogeo:{lid}",
                "name": name,
                "link": link,
                "content": content,
                "~owner": None,
            }
        for name, link, published in ref.SPECIFICATIONS:
            sid = self.sid(f"specification:isogeo:{name}")
            st.specifications[sid] = {
                "_id": sid,
                "_tag": f"specification:isogeo:{sid}",
                "name": name,
                "link": link,
                "published": published,
                "~owner": None,
            }
        for wid, wg in st.workgroups.items():
            key = wg["~key"]
            wname = self.store.workgroup_name(wid)
            lid = fx.license_test if key == "test" else self.sid(f"license:{key}")
            st.licenses[lid] = {
                "_id": lid,
                "_tag": f"license:{wid}:{lid}",
                "name": f"Conditions d'utilisation - {wname}",
                "link": f"https://{wg['code']}.example.fr/conditions",
                "content": f"Données réservées aux partenaires de {wname}. Mention : « © {wname} ».",
                "~owner": wid,
            }
            sid = fx.specification_test if key == "test" else self.sid(f"specification:{key}")
            st.specifications[sid] = {
                "_id": sid,
                "_tag": f"specification:{wid}:{sid}",
                "name": f"Cahier des charges SIG - {wname}",
                "link": f"https://{wg['code']}.example.fr/cahier-des-charges.pdf",
                "published": f"{rng.randint(2015, 2023)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T00:00:00",
                "~owner": wid,
            }
            for index in range(12):
                cid = fx.contact_test if key == "test" and index == 0 else self.sid(f"contact:{key}:{index}")
                first, last = rng.choice(ref.FIRST_NAMES), rng.choice(ref.LAST_NAMES)
                name = f"{first} {last}" if index % 3 else f"{rng.choice(ref.SERVICES)} - {wname}"
                if cid == fx.contact_test:
                    name = "Direction de l'eau - Isogeo Test"
                contact = self.contact_entity(cid, "custom", wid, name, rng)
                contact["organization"] = wname
                st.contacts[cid] = contact
            for index, (cname, ccode) in enumerate(ref.CATALOG_NAMES):
                cat_id = (
                    fx.catalog_test if key == "test" and index == 0 else self.sid(f"catalog:{key}:{ccode}")
                )
                created = self.moment()
                st.catalogs[cat_id] = {
                    "_id": cat_id,
                    "_tag": f"catalog:{cat_id}",
                    "_created": self.stamp(created),
                    "_modified": self.stamp(created + dt.timedelta(days=10)),
                    "$scan": ccode == "referentiels",
                    "code": f"{wg['code']}-{ccode}",
                    "name": cname,
                    "~owner": wid,
                    "~code": ccode,
                }

    def catalog_of(self, workgroup_id: str, code: str) -> str:
        key = self.store.workgroups[workgroup_id]["~key"]
        if key == "test" and code == "open-data":
            return self.fx.catalog_test
        return self.sid(f"catalog:{key}:{code}")

    def applications_and_shares(self) -> None:
        st, rng, fx = self.store, self.rng, self.fx
        test, other = fx.workgroup_test, fx.workgroup_other
        apps = [
            (
                fx.group_app_id,
                fx.group_client_id,
                fx.group_client_secret,
                "Sandbox group application",
                "group",
                "public",
                ["resources:read"],
                [test],
            ),
            (
                fx.user_app_id,
                fx.user_client_id,
                fx.user_client_secret,
                "Sandbox user application",
                "user",
                "confidential",
                ["api:read", "api:write"],
                [test],
            ),
        ]
        for index, name in enumerate(
            [
                "OpenCatalog Métropole",
                "Widget cartographique",
                "Plugin QGIS Isogeo",
                "Portail open data",
                "Cartothèque interne",
                "Moissonneur CSW",
            ]
        ):
            aid = self.sid(f"application:{index}")
            apps.append(
                (
                    aid,
                    f"{slugify(name)}-{aid}",
                    stable_secret(self.seed, f"app:{index}", 64),
                    name,
                    rng.choice(["group", "user"]),
                    rng.choice(["public", "confidential"]),
                    ["resources:read"],
                    rng.sample(list(st.workgroups), 2),
                )
            )
        for aid, client_id, secret, name, kind, app_kind, scopes, groups in apps:
            created = self.moment()
            st.applications[aid] = {
                "_id": aid,
                "_created": self.stamp(created),
                "_modified": self.stamp(created + dt.timedelta(days=5)),
                "canHaveManyGroups": kind == "user",
                "client_id": client_id,
                "client_secret": secret,
                "kind": app_kind,
                "name": name,
                "redirect_uris": [] if kind == "group" else ["urn:ietf:wg:oauth:2.0:oob"],
                "scopes": scopes,
                "staff": False,
                "type": kind,
                "url": f"https://apps.example.fr/{slugify(name)}",
                "~groups": groups,
            }
        shared_codes = ["open-data", "referentiels", "urbanisme", "environnement", "services-web"]
        created = self.moment()
        st.shares[fx.share_id] = {
            "_id": fx.share_id,
            "_created": self.stamp(created),
            "_modified": self.stamp(created),
            "name": "Partage sandbox - application de groupe",
            "rights": [],
            "type": "application",
            "urlToken": fx.share_token,
            "~creator": test,
            "~catalogs": [self.catalog_of(test, c) for c in shared_codes],
            "~applications": [fx.group_app_id],
            "~groups": [],
        }
        for wid, wg in st.workgroups.items():
            if wid == test:
                continue
            sid = self.sid(f"share:app:{wg['~key']}")
            st.shares[sid] = {
                "_id": sid,
                "_created": self.stamp(created),
                "_modified": self.stamp(created),
                "name": f"Open data {wg['code']}",
                "rights": [],
                "type": "application",
                "urlToken": stable_secret(self.seed, f"share-token:{sid}", 32),
                "~creator": wid,
                "~catalogs": [self.catalog_of(wid, "open-data")],
                "~applications": [fx.group_app_id],
                "~groups": [],
            }
        sid = self.sid("share:group:other-to-test")
        st.shares[sid] = {
            "_id": sid,
            "_created": self.stamp(created),
            "_modified": self.stamp(created),
            "name": "Référentiels de la Métropole pour Isogeo Test",
            "rights": ["reshare"],
            "type": "group",
            "~creator": other,
            "~catalogs": [self.catalog_of(other, "referentiels")],
            "~applications": [],
            "~groups": [test],
        }

    def datasources_and_invitations(self) -> None:
        st, rng, fx = self.store, self.rng, self.fx
        for wid, wg in st.workgroups.items():
            if not wg["hasCswClient"] and wid != fx.workgroup_test:
                continue
            did = fx.datasource_test if wid == fx.workgroup_test else self.sid(f"datasource:{wg['~key']}")
            sessions = []
            for index in range(3):
                start = self.moment(years_back=1)
                sessions.append(
                    {
                        "_id": self.sid(f"session:{did}:{index}"),
                        "_created": self.stamp(start),
                        "_modified": self.stamp(start + dt.timedelta(minutes=rng.randint(2, 50))),
                        "status": rng.choice(["succeeded", "succeeded", "failed", "canceled"]),
                    }
                )
            st.datasources[did] = {
                "_id": did,
                "_tag": f"data-source:{did}",
                "_created": sessions[0]["_created"],
                "_modified": sessions[-1]["_modified"],
                "enabled": True,
                "lastSession": sessions[-1],
                "location": f"https://geocatalogue.{wg['code']}.example.fr/csw?service=CSW&request=GetCapabilities",
                "name": f"Catalogue CSW {self.store.workgroup_name(wid)}",
                "sessions": sessions,
                "~owner": wid,
            }
        for wid, wg in st.workgroups.items():
            for index in range(2):
                iid = (
                    fx.invitation_test
                    if wid == fx.workgroup_test and index == 0
                    else self.sid(f"inv:{wid}:{index}")
                )
                created = self.moment(years_back=0.1)
                st.invitations[iid] = {
                    "_id": iid,
                    "_created": self.stamp(created),
                    "_modified": self.stamp(created),
                    "email": f"invite{index}@{wg['code']}.example.fr",
                    "expiresIn": rng.randint(3600, 7 * 86400),
                    "role": rng.choice(["reader", "writer", "admin"]),
                    "~group": wid,
                }

    # ------------------------------------------------------------------ metadata
    def metadata(self) -> None:
        st, rng, fx = self.store, self.rng, self.fx
        self.fixture_metadata()
        wg_ids = list(st.workgroups)
        weights = [3 if w in (fx.workgroup_test, fx.workgroup_other) else 1 for w in wg_ids]
        # one place kept for the multilingual fixture, made last (multilingual()): the total stays
        remaining = max(0, self.count - len(st.metadata) - 1)
        for index in range(remaining):
            owner = rng.choices(wg_ids, weights)[0]
            topic = rng.choice(ref.TOPICS)
            self.random_metadata(random_id(rng), owner, topic, index)
        # services publish datasets of their owner: link layers now that datasets exist
        by_owner: dict[str, list[str]] = {}
        for md in st.metadata.values():
            if md.type in ("vectorDataset", "rasterDataset"):
                by_owner.setdefault(md.owner, []).append(md.id)
        for md in st.metadata.values():
            if md.type != "service" or md.id == fx.metadata("service"):
                continue
            candidates = by_owner.get(md.owner, [])
            for layer in md.layers:
                if candidates and rng.random() < 0.6:
                    layer["~datasets"] = [rng.choice(candidates)]

    def base_fields(self, rng: random.Random, md_type: str, title: str, fmt: str | None) -> dict[str, Any]:
        created = self.moment(rng)
        modified = created + dt.timedelta(days=rng.randint(0, 900))
        data_created = (created - dt.timedelta(days=rng.randint(10, 400))).date()
        fields: dict[str, Any] = {
            "_created": self.stamp(created, rng),
            "_modified": self.stamp(min(modified, EPOCH), rng),
            "abstract": None,
            "collectionContext": None,
            "collectionMethod": None,
            "created": data_date(data_created),
            "distance": None,
            "editionProfile": "manual",
            "encoding": rng.choice(ref.ENCODINGS) if md_type != "service" else None,
            "envelope": None,
            "features": None,
            "format": fmt,
            "formatVersion": None,
            "geoContext": None,
            "geometry": None,
            "language": "fr",
            "modified": data_date(min(modified, EPOCH).date()) if rng.random() < 0.8 else None,
            "name": None,
            "path": None,
            "precision": None,
            "published": data_date(modified.date()) if rng.random() < 0.5 else None,
            "scale": None,
            "series": False,
            "title": title,
            "topologicalConsistency": None,
            "type": md_type,
            "updateFrequency": rng.choice(ref.UPDATE_FREQUENCIES),
            "validFrom": None,
            "validTo": None,
            "validityComment": None,
        }
        if md_type in ("rasterDataset",):
            fields["width"] = rng.choice([5000, 10000, 20000])
            fields["height"] = rng.choice([5000, 10000, 20000])
        return fields

    @staticmethod
    def envelope(bbox: tuple[float, float, float, float], rng: random.Random) -> dict[str, Any]:
        xmin, ymin, xmax, ymax = bbox
        dx, dy = (xmax - xmin) * 0.02, (ymax - ymin) * 0.02
        xmin, ymin = round(xmin + rng.uniform(-dx, dx), 5), round(ymin + rng.uniform(-dy, dy), 5)
        xmax, ymax = round(xmax + rng.uniform(-dx, dx), 5), round(ymax + rng.uniform(-dy, dy), 5)
        return {
            "type": "Polygon",
            "coordinates": [[[xmin, ymin], [xmax, ymin], [xmax, ymax], [xmin, ymax], [xmin, ymin]]],
            "bbox": [xmin, ymin, xmax, ymax],
        }

    def random_metadata(self, mid: str, owner: str, topic: tuple[Any, ...], index: int) -> MetadataRecord:
        st, rng = self.store, self.rng
        fr, en, md_type, formats, themes, kw_slugs, geometry = topic
        territory, bbox = rng.choice(ref.TERRITORIES)
        year = rng.randint(2014, 2024)
        english = rng.random() < 0.08
        title = f"{en} - {territory} {year}" if english else f"{fr} - {territory} {year}"
        fmt = rng.choice(formats)
        fields = self.base_fields(rng, md_type, title, fmt)
        fields["language"] = "en" if english else "fr"
        fields["abstract"] = self.abstract(fr, en, territory, year, english, rng)
        slug = slugify(fr)[:40].replace("-", "_").upper()
        if md_type in ("vectorDataset", "rasterDataset"):
            fields["envelope"] = self.envelope(bbox, rng)
            fields["name"] = (
                f"{slug}_{year}.{fmt}" if fmt not in ("postgis", "oracle") else f"sig.{slug.lower()}"
            )
            fields["path"] = rng.choice(
                [
                    f"\\\\srv-sig\\donnees\\{slug.lower()}",
                    f"/data/sig/{slug.lower()}",
                    f"postgresql://sig.example.fr/referentiel?table={slug.lower()}",
                ]
            )
            fields["scale"] = rng.choice([1000, 2000, 5000, 10000, 25000, 50000, None])
            fields["collectionMethod"] = rng.choice(
                [
                    None,
                    "Numérisation sur orthophotographie.",
                    "Levés topographiques GPS centimétriques.",
                    "Import du cadastre DGFiP.",
                ]
            )
            fields["topologicalConsistency"] = rng.choice(
                [None, "Contrôles topologiques réalisés sous QGIS."]
            )
        if md_type == "vectorDataset":
            fields["geometry"] = geometry
            fields["features"] = rng.randint(12, 250000)
        if md_type == "rasterDataset":
            fields["distance"] = rng.choice([0.05, 0.2, 0.5, 1.0, 5.0])
        if md_type == "service":
            fields["envelope"] = self.envelope(bbox, rng)
            fields["path"] = f"https://geoservices.{st.workgroups[owner]['code']}.example.fr/{fmt}"
            fields["formatVersion"] = rng.choice(st.formats[fmt]["versions"]) if fmt in st.formats else None
            fields["encoding"] = None
        if md_type == "noGeoDataset":
            fields["name"] = f"{slug.lower()}_{year}.{fmt}"
            fields["features"] = rng.randint(10, 50000)
        md = MetadataRecord(id=mid, owner=owner, fields=fields)
        md.keywords = [self.keyword_id("inspire-theme", self.theme_code(t)) for t in themes]
        md.keywords += [
            self.keyword_id("isogeo", slugify(s))
            for s in kw_slugs
            if self.keyword_id("isogeo", slugify(s)) in st.keywords
        ]
        year_kw = self.keyword_id("isogeo", str(year))
        if year_kw in st.keywords:
            md.keywords.append(year_kw)
        md.keywords = list(dict.fromkeys(k for k in md.keywords if k in st.keywords))
        if md_type in ("vectorDataset", "rasterDataset", "service"):
            md.srs = (
                2975
                if territory == "La Réunion"
                else 5490
                if territory == "Guadeloupe"
                else rng.choice([2154, 2154, 2154, 4326, 3857, 3946, 3948])
            )
        key = st.workgroups[owner]["~key"]
        catalogs = {self.catalog_of(owner, "open-data")} if rng.random() < 0.7 else set()
        catalogs.add(self.catalog_of(owner, rng.choice([c for _n, c in ref.CATALOG_NAMES])))
        md.catalogs = catalogs
        for n in range(rng.choice([0, 1, 1, 2])):
            cid = self.sid(f"contact:{key}:{rng.randint(0, 11)}")
            if cid in st.contacts and all(a["contact"] != cid for a in md.contacts):
                md.contacts.append(
                    {
                        "_id": random_id(rng),
                        "contact": cid,
                        "role": ["pointOfContact", "author", "custodian", "distributor"][n % 4],
                    }
                )
        if rng.random() < 0.75:
            isogeo_licenses = [lid for lid, lic in st.licenses.items() if lic["~owner"] is None]
            lic = rng.choice(isogeo_licenses) if rng.random() < 0.8 else self.sid(f"license:{key}")
            if lic in st.licenses:
                md.conditions.append({"_id": random_id(rng), "description": None, "license": lic})
        if themes and rng.random() < 0.3:
            spec = next((s for s in st.specifications.values() if s["~owner"] is None), None)
            if spec:
                md.conformity[spec["_id"]] = rng.random() < 0.7
        md.links = self.random_links(md, rng)
        if md_type == "service":
            md.layers, md.operations = self.service_parts(md, fmt, rng)
        ds = self.sid(f"datasource:{key}")
        if ds in st.datasources and rng.random() < 0.15:
            md.provider, md.datasource = "auto", ds
            md.fields["editionProfile"] = "csw"
        st.metadata[mid] = md
        return md

    @staticmethod
    def theme_code(short: str) -> str:
        return next(code for code, s, _fr, _en in ref.INSPIRE_THEMES if s == short)

    @staticmethod
    def abstract(fr: str, en: str, territory: str, year: int, english: bool, rng: random.Random) -> str:
        if english:
            return (
                f"{en} of {territory}, {year} edition.\n\nProduced by the GIS department and updated "
                f"{rng.choice(['yearly', 'monthly', 'when needed'])}. "
                "See the **data dictionary** for attribute details."
            )
        source = rng.choice(
            ["le service SIG", "la direction de l'urbanisme", "un prestataire externe", "l'IGN"]
        )
        return (
            f"{fr} sur le territoire « {territory} », millésime {year}.\n\n"
            f"Données produites par {source} et mises à jour "
            f"{rng.choice(['annuellement', 'mensuellement', 'en continu', 'à chaque révision'])}. "
            f"Voir le **dictionnaire des données** pour le détail des attributs."
        )

    def random_links(self, md: MetadataRecord, rng: random.Random) -> list[Entity]:
        links = []
        code = self.store.workgroups[md.owner]["code"]
        if rng.random() < 0.6:
            links.append(
                {
                    "_id": random_id(rng),
                    "actions": ["download"],
                    "kind": "url",
                    "type": "url",
                    "title": "Téléchargement",
                    "url": f"https://data.{code}.example.fr/dl/{md.id}.zip",
                }
            )
        if rng.random() < 0.4:
            links.append(
                {
                    "_id": random_id(rng),
                    "actions": ["view"],
                    "kind": "url",
                    "type": "url",
                    "title": "Visualiser sur la carte",
                    "url": f"https://carto.{code}.example.fr/?md={md.id}",
                }
            )
        if rng.random() < 0.15:
            links.append(
                {
                    "_id": random_id(rng),
                    "actions": ["other"],
                    "kind": "url",
                    "type": "url",
                    "title": "Documentation",
                    "url": f"https://doc.{code}.example.fr/{md.id}.pdf",
                }
            )
        return links

    def service_parts(
        self, md: MetadataRecord, fmt: str, rng: random.Random
    ) -> tuple[list[Entity], list[Entity]]:
        layers = []
        for index in range(rng.randint(2, 5)):
            name = f"{{isogeo}}{slugify(str(md.fields['title']))[:20].upper().replace('-', '_')}_{index}"
            title = f"{md.fields['title']} - couche {index + 1}"
            layers.append(
                {
                    "_id": random_id(rng),
                    "id": name,
                    "mimeTypes": ["image/png", "image/jpeg"],
                    "parentUid": None,
                    "title": title,
                    "titles": [{"lang": "fr", "value": title}],
                    "type": "layer",
                    "~datasets": [],
                }
            )
        url = str(md.fields["path"])
        op_names = {
            "wms": ["GetCapabilities", "GetMap", "GetFeatureInfo"],
            "wfs": ["GetCapabilities", "DescribeFeatureType", "GetFeature"],
            "wmts": ["GetCapabilities", "GetTile"],
        }.get(fmt, ["GetCapabilities"])
        operations = [
            {
                "_id": random_id(rng),
                "name": name,
                "verb": "GET",
                "url": f"{url}?service={fmt.upper()}&request={name}",
                "mimeTypesIn": [],
                "mimeTypesOut": ["text/xml"] if name == "GetCapabilities" else ["image/png"],
            }
            for name in op_names
        ]
        return layers, operations

    def fixture_metadata(self) -> None:
        st, fx = self.store, self.fx
        test = fx.workgroup_test
        specs: list[tuple[str, tuple[Any, ...], str]] = [
            ("complete", ref.TOPICS[0], "Communes de France 2024"),
            ("vector", ref.TOPICS[1], "Cours d'eau de la Métropole de Lyon"),
            ("raster", ref.TOPICS[19], "Orthophotographie 2023 - Lyon 5 cm"),
            ("service", ref.TOPICS[23], "Flux WMS - Référentiels administratifs"),
            ("resource", ref.TOPICS[31], "Guide de saisie des métadonnées"),
            ("no_geo", ref.TOPICS[27], "Budget primitif 2024"),
        ]
        for name, topic, title in specs:
            rng = random.Random(f"{self.seed}:fixture:{name}")  # noqa: S311
            md = self.random_metadata(fx.metadata(name), test, topic, 0)
            del st.metadata[md.id]
            md.fields["title"] = title
            md.fields["language"] = "fr"
            md.fields["abstract"] = f"{title}. Fiche de démonstration de la sandbox isogeo-client ({name})."
            md.provider, md.datasource = "manual", None
            md.fields["editionProfile"] = "manual"
            md.catalogs = {fx.catalog_test, self.catalog_of(test, "referentiels")}
            md.keywords = list(dict.fromkeys([*md.keywords, fx.keyword_test]))
            md.contacts = [
                {"_id": self.sid(f"md-contact:{name}"), "contact": fx.contact_test, "role": "pointOfContact"}
            ]
            md.conditions = [
                {
                    "_id": self.sid(f"condition:{name}"),
                    "description": "Mention : © Isogeo Test",
                    "license": self.sid("license:isogeo:Licence Ouverte Version 2.0"),
                }
            ]
            md.links = [
                {
                    "_id": self.sid(f"link:{name}:view"),
                    "actions": ["view"],
                    "kind": "url",
                    "type": "url",
                    "title": "Visualiser",
                    "url": f"https://carto.isogeo-test.example.fr/?md={md.id}",
                }
            ]
            if name == "complete":
                self.complete(md, rng)
            if name in ("vector", "no_geo"):
                md.attributes = attributes_for(md, rng)
            if name == "service":
                md.layers, md.operations = self.service_parts(md, "wms", rng)
                md.layers[0]["~datasets"] = [fx.metadata("complete")]
                md.layers[1]["~datasets"] = [fx.metadata("vector")]
            st.metadata[md.id] = md

    def complete(self, md: MetadataRecord, rng: random.Random) -> None:
        st, fx = self.store, self.fx
        md.fields.update(
            name="COMMUNE.shp",
            path="\\\\srv-sig\\referentiels\\admin\\COMMUNE.shp",
            scale=25000,
            features=34955,
            geometry="Polygon",
            encoding="utf-8",
            collectionContext="Référentiel administratif de l'IGN (Admin Express).",
            collectionMethod="Extraction annuelle d'Admin Express COG.",
            geoContext="France métropolitaine",
            precision="Métrique",
            topologicalConsistency="Topologie vérifiée : pas de trous ni de recouvrements.",
            validFrom="2024-01-01T00:00:00+00:00",
            validTo="2024-12-31T00:00:00+00:00",
            validityComment="Valable pour le millésime 2024 du COG.",
            updateFrequency="P1Y",
            format="shp",
            formatVersion="1.0",
            series=False,
            distance=5.0,
        )
        md.fields["envelope"] = self.envelope((-5.14, 41.33, 9.56, 51.09), rng)
        md.srs = 2154
        md.keywords = list(
            dict.fromkeys(
                [
                    self.keyword_id("inspire-theme", "administrativeunits"),
                    self.keyword_id("isogeo", "communes"),
                    self.keyword_id("isogeo", "administratif"),
                    self.keyword_id("isogeo", "2024"),
                    fx.keyword_test,
                    self.keyword_id("group-theme", slugify(ref.GROUP_THEMES[3])),
                ]
            )
        )
        other_contact = self.sid("contact:test:1")
        md.contacts.append(
            {"_id": self.sid("md-contact:complete:author"), "contact": other_contact, "role": "author"}
        )
        md.conditions.append(
            {
                "_id": self.sid("condition:complete:wg"),
                "description": "Usage interne et partenaires.",
                "license": fx.license_test,
            }
        )
        inspire_spec = self.sid(f"specification:isogeo:{ref.SPECIFICATIONS[5][0]}")
        md.conformity = {inspire_spec: True, fx.specification_test: False}
        data = hosted_zip()
        hosted_id = self.sid("link:complete:hosted")
        md.links += [
            {
                "_id": self.sid("link:complete:download"),
                "actions": ["download"],
                "kind": "url",
                "type": "url",
                "title": "Téléchargement Admin Express",
                "url": "https://geoservices.ign.fr/adminexpress",
            },
            {
                "_id": hosted_id,
                "actions": ["download"],
                "kind": "data",
                "type": "hosted",
                "title": "communes_2024.zip",
                "fileName": "communes_2024.zip",
                "size": len(data),
                "url": f"/resources/{md.id}/links/{hosted_id}.bin",
            },
        ]
        st.hosted[hosted_id] = data
        md.attributes = attributes_for(md, rng)
        md.events = [
            {
                "_id": self.sid("event:complete:creation"),
                "date": "2018-06-04T00:00:00+00:00",
                "description": None,
                "kind": "creation",
            },
            {
                "_id": self.sid("event:complete:update"),
                "date": "2024-03-01T00:00:00+00:00",
                "description": "Mise à jour annuelle du référentiel.",
                "kind": "update",
            },
            {
                "_id": self.sid("event:complete:publication"),
                "date": "2024-03-02T00:00:00+00:00",
                "description": "Publication sur le portail open data.",
                "kind": "publication",
            },
        ]
        first_directive = next(iter(st.directives))
        md.limitations = [
            {
                "_id": self.sid("limitation:complete:legal"),
                "description": "Licence ouverte Etalab 2.0.",
                "restriction": "license",
                "type": "legal",
                "~directive": first_directive,
            },
            {
                "_id": self.sid("limitation:complete:security"),
                "description": "Diffusion non restreinte.",
                "restriction": None,
                "type": "security",
                "~directive": None,
            },
        ]

    def multilingual(self) -> None:
        """The fixtures of the official SDK's multilingual tests, made last with their own RNG so
        that the rest of the seed does not move: a multilingual workgroup (fr, en, es) whose admin
        is the fixture user, shared with the group application through its open-data catalog; a
        group theme translated in fr/en/es/pt; a complete metadata with its title and abstract in
        fr, en and es and keywords of the inspire-theme, group-theme and isogeo thesauri."""
        st, fx = self.store, self.fx
        rng = random.Random(f"{self.seed}:multilingual")  # noqa: S311
        test, wid = fx.workgroup_test, fx.workgroup_multilingual
        cid = self.sid("contact:group:multilingual")
        contact = self.contact_entity(cid, "group", None, "Isogeo Test multilingue", rng)
        contact.update(organization="Isogeo Test multilingue", email="sig@isogeo-test-ml.example.fr")
        st.contacts[cid] = contact
        created = self.moment(rng, years_back=3)
        st.workgroups[wid] = {
            **st.workgroups[test],
            "_id": wid,
            "_tag": f"owner:{wid}",
            "_created": self.stamp(created, rng),
            "_modified": self.stamp(created + dt.timedelta(days=30), rng),
            "availableLanguages": [{"code": "fr"}, {"code": "en"}, {"code": "es"}],
            "code": "isogeo-test-multilingue",
            "isMultilingual": True,
            "metadataLanguage": "fr",
            "~contact": cid,
            "~key": "multilingual",
        }
        st.workgroup_srs[wid] = {2154: "Lambert 93", 4326: None}
        mid = self.sid(f"membership:{fx.user_id}:{wid}")
        st.memberships[mid] = {"_id": mid, "role": "admin", "~user": fx.user_id, "~group": wid}
        catalog_id = self.sid("catalog:multilingual:open-data")
        st.catalogs[catalog_id] = {
            "_id": catalog_id,
            "_tag": f"catalog:{catalog_id}",
            "_created": self.stamp(created, rng),
            "_modified": self.stamp(created, rng),
            "$scan": False,
            "code": "isogeo-test-multilingue-open-data",
            "name": "Open data (multilingue)",
            "~owner": wid,
            "~code": "open-data",
        }
        share_id = self.sid("share:app:multilingual")
        st.shares[share_id] = {
            "_id": share_id,
            "_created": self.stamp(created, rng),
            "_modified": self.stamp(created, rng),
            "name": "Open data isogeo-test-multilingue",
            "rights": [],
            "type": "application",
            "urlToken": stable_secret(self.seed, f"share-token:{share_id}", 32),
            "~creator": wid,
            "~catalogs": [catalog_id],
            "~applications": [fx.group_app_id],
            "~groups": [],
        }
        theme = fx.keyword_group_theme_translated
        st.keywords[theme] = self.keyword_entity(
            theme, THESAURUS_GROUP_THEME, "group-theme", "pitou", "PitouFR", "PitouEN", None
        )
        st.keywords[theme]["~texts"] = {"en": "PitouEN", "es": "PitouES", "pt": "PitouPT"}
        st.workgroup_keywords[wid] = {theme}
        complete = st.metadata[fx.metadata("complete")]
        md = MetadataRecord(id=fx.metadata("complete_multilingual"), owner=wid, fields=dict(complete.fields))
        md.fields.update(
            _created=self.stamp(created, rng),
            _modified=self.stamp(created + dt.timedelta(days=2), rng),
            title="Fiche complète",
            abstract="Résumé en français",
            language="fr",
        )
        md.translations = {
            "fr": {"title": "Fiche complète", "abstract": "Résumé en français"},
            "en": {"title": "Title in english", "abstract": "English summary"},
            "es": {"title": "Hoja de metadatos completa", "abstract": "Resumen en español"},
        }
        md.srs = complete.srs
        md.catalogs = {catalog_id}
        md.keywords = [
            self.keyword_id("inspire-theme", "administrativeunits"),
            self.keyword_id("isogeo", "communes"),
            theme,
        ]
        md.events, md.attributes, md.limitations = [], [], []
        st.metadata[md.id] = md

    def build(self) -> Store:
        self.reference()
        self.workgroups()
        self.users()
        self.owned_entities()
        self.applications_and_shares()
        self.datasources_and_invitations()
        self.metadata()
        self.multilingual()
        return self.store


ATTRIBUTE_POOL: list[tuple[str, str, str, int | None]] = [
    ("ID", "Identifiant", "Integer", None),
    ("NOM", "Nom", "CharacterString (80)", 80),
    ("CODE_INSEE", "Code INSEE", "CharacterString (5)", 5),
    ("SURFACE_HA", "Surface (ha)", "Real", None),
    ("DATE_MAJ", "Date de mise à jour", "Date", None),
    ("STATUT", "Statut", "CharacterString (30)", 30),
    ("POPULATION", "Population municipale", "Integer", None),
    ("TYPE", "Typologie", "CharacterString (20)", 20),
    ("COMMENTAIRE", "Commentaire", "CharacterString (254)", 254),
    ("SOURCE", "Source", "CharacterString (50)", 50),
    ("LONGUEUR_M", "Longueur (m)", "Real", None),
    ("ANNEE", "Année", "Integer", None),
]


def attributes_for(md: MetadataRecord, rng: random.Random) -> list[Entity]:
    picked = rng.sample(ATTRIBUTE_POOL, rng.randint(4, 9))
    if ATTRIBUTE_POOL[0] not in picked:
        picked.insert(0, ATTRIBUTE_POOL[0])
    return [
        {
            "_id": stable_id(md.id, f"attribute:{name}"),
            "alias": alias,
            "comment": None,
            "dataType": data_type,
            "description": f"{alias} de l'objet.",
            "hasElevation": False,
            "hasMeasure": False,
            "isAutoGenerated": name == "ID",
            "isNullable": name not in ("ID", "NOM"),
            "isReadOnly": name == "ID",
            "language": "fr",
            "length": length,
            "name": name,
            "precision": None,
            "propertyType": None,
            "scale": None,
            "spatialContext": None,
        }
        for name, alias, data_type, length in picked
    ]


def build_details(store: Store, md: MetadataRecord) -> None:
    """Events, feature attributes and limitations of a seeded metadata, on first use."""
    rng = random.Random(f"{store.seed}:details:{md.id}")  # noqa: S311
    if md.events is None:
        created = str(md.fields.get("created") or "2019-01-01T00:00:00+00:00")
        events = [
            {
                "_id": stable_id(md.id, "event:creation"),
                "date": created,
                "description": None,
                "kind": "creation",
            }
        ]
        for index in range(rng.randint(0, 3)):
            year = rng.randint(2019, 2024)
            events.append(
                {
                    "_id": stable_id(md.id, f"event:update:{index}"),
                    "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T00:00:00+00:00",
                    "description": rng.choice(
                        ["Mise à jour annuelle.", "Correction de géométries.", "Ajout d'attributs.", None]
                    ),
                    "kind": "update",
                }
            )
        md.events = events
    if md.attributes is None:
        md.attributes = attributes_for(md, rng) if md.type in ("vectorDataset", "noGeoDataset") else []
    if md.limitations is None:
        md.limitations = []
        if rng.random() < 0.5:
            md.limitations.append(
                {
                    "_id": stable_id(md.id, "limitation:legal"),
                    "description": "Voir les conditions d'utilisation.",
                    "restriction": rng.choice(["license", "copyright", "other"]),
                    "type": "legal",
                    "~directive": next(iter(store.directives), None),
                }
            )


def hosted_zip() -> bytes:
    """A real ZIP file (a CSV inside) for the complete fixture's hosted link."""
    buffer = io.BytesIO()
    stamp = (2024, 3, 2, 0, 0, 0)  # fixed: the same bytes on every run
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("communes_2024.csv", stamp),
            "code_insee;nom\n01001;L'Abergement-Clémenciat\n69123;Lyon\n75056;Paris\n",
        )
        archive.writestr(
            zipfile.ZipInfo("LISEZMOI.txt", stamp), "Extrait de démonstration de la sandbox isogeo-client.\n"
        )
    return buffer.getvalue()


def build_store(seed: str = "default", metadata_count: int | None = None) -> Store:
    """A fresh store for ``seed`` with ``metadata_count`` metadata (default per seed name)."""
    return _Builder(seed, metadata_count_for(seed, metadata_count)).build()
