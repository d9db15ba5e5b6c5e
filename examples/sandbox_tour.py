"""A guided tour of the client against the local sandbox: a stateful, spec-validated Isogeo API.

It starts the sandbox on a free loopback port, then: reads as a group application (search
facets, a complete metadata), writes as a user (a contact, a metadata found by search then
deleted), survives a burst of 503s injected by the sandbox, and exports ISO 19139 XML. It exits
non-zero on any failure.

    python examples/sandbox_tour.py
"""

from __future__ import annotations

import sys
import time
import xml.etree.ElementTree as ET

import httpx

from isogeo import Isogeo, RetryEvent, RetryPolicy
from isogeo_api.api.metadata import create_workgroup_metadata, delete_metadata, get_metadata
from isogeo_api.api.search import search_metadata
from isogeo_sandbox.server import running


def step(title: str) -> None:
    print(f"\n== {title}")


def main() -> int:
    started = time.perf_counter()
    with running() as sandbox:
        info = sandbox.info()
        print(f"sandbox ready on {info['api_url']} in {time.perf_counter() - started:.2f} s")
        print(f"  {info['metadata_count']} metadata (seed {info['seed']!r})")
        print("  credentials and fixture ids: isogeo-sandbox info --json")
        urls = {"api_url": info["api_url"], "id_url": info["id_url"], "trust_env": False}
        group, user = info["group_app"], info["user_app"]
        workgroup = info["workgroups"]["test"]

        step("Group application (client credentials, read-only): search facets")
        with Isogeo(group["client_id"], group["client_secret"], **urls) as isogeo:
            context = isogeo.call(search_metadata, q="type:dataset", sys_limit=0, sys_lang="en")
            print(f"  {context.total} datasets shared with the application")
            for key, label in sorted(context.tags.additional_properties.items()):
                if key.startswith("type:") or key.startswith("keyword:inspire-theme:h"):
                    print(f"    {key:45} {label}")
            md = isogeo.call(
                get_metadata,
                info["metadata"]["complete"],
                sys_include=["keywords", "contacts", "links", "events"],
            )
            counts = f"{len(md.keywords)} keywords, {len(md.contacts)} contacts, {len(md.links)} links"
            print(f"  {md.title!r}: {counts}")

        step("User application (password grant): create, find, delete")
        retries: list[RetryEvent] = []
        policy = RetryPolicy(backoff_factor=0.05, on_retry=retries.append)
        with Isogeo(
            user["client_id"], user["client_secret"], username=user["username"], password=user["password"],
            retries=policy, **urls,
        ) as isogeo:  # fmt: skip
            contact = isogeo.contacts.create(
                workgroup, name="Cellule SIG du Vercors", phone="+33 4 76 00 00 00"
            )
            print(f"  contact {contact.sys_id} created: {contact.name} ({contact.phone})")
            created = isogeo.call(
                create_workgroup_metadata,
                workgroup,
                body={"title": "Sentiers de randonnée du Vercors", "type": "vectorDataset", "format": "gpkg"},
            )
            found = isogeo.call(search_metadata, q="type:vector-dataset randonnée vercors", sys_limit=10)
            assert created.sys_id in {r.sys_id for r in found.results}, "the new metadata is not found"
            print(f"  metadata {created.sys_id} created and found by tag and text ({found.total} hit)")
            isogeo.call(delete_metadata, created.sys_id)
            gone = isogeo.call(search_metadata, q="randonnée vercors", sys_limit=10)
            assert created.sys_id not in {r.sys_id for r in gone.results}, (
                "the deleted metadata is still found"
            )
            isogeo.contacts.delete(workgroup, contact.sys_id)
            print("  deleted: search no longer finds it")

            step("Resilience: the sandbox injects two 503s, the client retries")
            httpx.post(
                f"{info['admin_url']}/faults", json={"spec": "status=503,count=2,path=/resources/search"}
            )
            page = isogeo.call(search_metadata, q="type:service", sys_limit=1)
            print(f"  search answered after {len(retries)} retries: {page.total} services")
            assert len(retries) == 2, f"expected 2 retries, saw {len(retries)}"

        step("ISO 19139 export")
        with httpx.Client(base_url=info["api_url"]) as raw:
            token = raw.post(
                "/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(group["client_id"], group["client_secret"]),
            ).json()["access_token"]
            xml = raw.get(
                f"/resources/{info['metadata']['complete']}.xml", headers={"Authorization": f"Bearer {token}"}
            )
        root = ET.fromstring(xml.content)  # noqa: S314 - our own sandbox's output
        gmd, gco = "{http://www.isotc211.org/2005/gmd}", "{http://www.isotc211.org/2005/gco}"
        identifier = root.find(f"{gmd}fileIdentifier/{gco}CharacterString")
        urn = identifier.text if identifier is not None else "?"
        print(f"  {root.tag.removeprefix(gmd)} {urn} ({len(xml.content)} bytes)")

        stats = httpx.get(f"{info['admin_url']}/stats").json()
        violations = stats["violations"]
        print(f"\nsandbox: {stats['requests']} requests, {violations} responses violating the spec")
        return 0 if violations == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
