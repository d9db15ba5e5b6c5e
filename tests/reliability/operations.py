"""The operation classes the fault matrix and the soak run, each with its server-side ground truth.

An operation class is one thing a user does through the front door (a read, a create, a
whole-results search...). For each, :meth:`Operation.prepare` builds the inputs of one run *without*
the client under test (plain httpx or the sandbox's state), ``run``/``arun`` perform it with
:class:`isogeo.Isogeo` / :class:`isogeo.AsyncIsogeo`, ``check`` compares a success with the
sandbox's own state, and ``effect`` counts, server-side, how many times a write took effect.
``scope`` is the fault scope: which requests of the operation a fault hits.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from isogeo import AsyncIsogeo, Isogeo
from isogeo_api.models import Contact
from isogeo_sandbox.serialize import public
from tests.reliability.lab import Lab

PAGE = 100
SEARCH_FAULT_PAGE = 200
"""Faults of the whole-results search hit the page at this offset: the third of three."""


def marker(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:12]}"


@dataclass
class Case:
    """The inputs of one run and where it may leave files."""

    workdir: Path
    data: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]


class Operation:
    name = ""
    label = ""
    operation_id = ""
    """The sandbox operationId of the requests a fault hits."""
    scope = ""
    idempotent = True
    """False: the request must never reach the server twice (POST)."""

    def prepare(self, lab: Lab, workdir: Path) -> Case:
        return Case(workdir)

    def run(self, client: Isogeo, case: Case) -> Any:
        raise NotImplementedError

    async def arun(self, client: AsyncIsogeo, case: Case) -> Any:
        raise NotImplementedError

    def check(self, lab: Lab, case: Case, result: Any) -> None:
        """Assert that a successful ``result`` is what the server holds."""

    def effect(self, lab: Lab, case: Case, before: dict[str, int]) -> int | None:
        """How many times the write took effect server-side (None: not a write)."""
        return None

    def leftovers(self, case: Case, result: Any) -> list[str]:
        """Files the run left in its folder that it should not have."""
        expected = {result.path.name} if result is not None and hasattr(result, "path") else set()
        return sorted(name for name in os.listdir(case.workdir) if name not in expected)


class SingleRead(Operation):
    name, label, operation_id = "read", "single read (GET)", "getContact"
    scope = "operation=getContact"

    def prepare(self, lab: Lab, workdir: Path) -> Case:
        return Case(workdir, {"id": lab.info["contact"]})

    def run(self, client: Isogeo, case: Case) -> Any:
        return client.contacts.get(case["id"])

    async def arun(self, client: AsyncIsogeo, case: Case) -> Any:
        return await client.contacts.get(case["id"])

    def check(self, lab: Lab, case: Case, result: Any) -> None:
        assert result.sys_id == case["id"]
        assert result.name == lab.store.contacts[case["id"]]["name"]


class Create(Operation):
    name, label, operation_id = "create", "write (POST create)", "createWorkgroupContact"
    scope = "operation=createWorkgroupContact"
    idempotent = False

    def prepare(self, lab: Lab, workdir: Path) -> Case:
        return Case(workdir, {"workgroup": lab.info["workgroups"]["test"], "name": marker("reliability")})

    def run(self, client: Isogeo, case: Case) -> Any:
        return client.contacts.create(case["workgroup"], name=case["name"])

    async def arun(self, client: AsyncIsogeo, case: Case) -> Any:
        return await client.contacts.create(case["workgroup"], name=case["name"])

    def check(self, lab: Lab, case: Case, result: Any) -> None:
        assert result.name == case["name"]
        assert lab.store.contacts[result.sys_id]["name"] == case["name"]

    def effect(self, lab: Lab, case: Case, before: dict[str, int]) -> int | None:
        return sum(1 for contact in lab.store.contacts.values() if contact.get("name") == case["name"])


class Update(Operation):
    name, label, operation_id = "update", "write (PUT update)", "updateWorkgroupContact"
    scope = "operation=updateWorkgroupContact"

    def prepare(self, lab: Lab, workdir: Path) -> Case:
        workgroup = lab.info["workgroups"]["test"]
        with lab.raw() as raw:
            answer = raw.post(f"/groups/{workgroup}/contacts", json={"name": marker("to update")})
            answer.raise_for_status()
        contact = Contact.from_dict(answer.json())
        contact.name = marker("updated")
        return Case(workdir, {"contact": contact, "name": contact.name})

    def run(self, client: Isogeo, case: Case) -> Any:
        return client.contacts.update(case["contact"])

    async def arun(self, client: AsyncIsogeo, case: Case) -> Any:
        return await client.contacts.update(case["contact"])

    def check(self, lab: Lab, case: Case, result: Any) -> None:
        assert result.name == case["name"]

    def effect(self, lab: Lab, case: Case, before: dict[str, int]) -> int | None:
        # A PUT replaces: applied once or twice, the state is the same. 1 = the change is there.
        return int(lab.store.contacts[case["contact"].sys_id]["name"] == case["name"])


class WholeSearch(Operation):
    name, label, operation_id = "search", "whole-results search", "searchMetadata"
    scope = f"operation=searchMetadata,query=_offset={SEARCH_FAULT_PAGE}"

    def prepare(self, lab: Lab, workdir: Path) -> Case:
        truth: list[str] = []
        with lab.raw() as raw:
            while True:
                page = raw.get("/resources/search", params={"_limit": PAGE, "_offset": len(truth)}).json()
                truth += [md["_id"] for md in page["results"]]
                if not page["results"] or len(truth) >= page["total"]:
                    break
        assert len(truth) > SEARCH_FAULT_PAGE, "the fault page must exist"
        return Case(workdir, {"truth": truth})

    def run(self, client: Isogeo, case: Case) -> Any:
        return client.search(whole_results=True)

    async def arun(self, client: AsyncIsogeo, case: Case) -> Any:
        return await client.search(whole_results=True)

    def check(self, lab: Lab, case: Case, result: Any) -> None:
        # Every result exactly once, in the server's order: nothing partial, nothing duplicated.
        assert [md.sys_id for md in result.results] == case["truth"]
        assert result.total == len(case["truth"])


class Bulk(Operation):
    name, label, operation_id = "bulk", "bulk (POST)", "sendBulkRequests"
    scope = "operation=sendBulkRequests"
    idempotent = False

    def prepare(self, lab: Lab, workdir: Path) -> Case:
        ids = [lab.info["metadata"]["vector"], lab.info["metadata"]["raster"]]
        return Case(workdir, {"ids": ids, "title": marker("bulk title")})

    def run(self, client: Isogeo, case: Case) -> Any:
        client.bulk.prepare(case["ids"], "update", "title", case["title"])
        return client.bulk.send()

    async def arun(self, client: AsyncIsogeo, case: Case) -> Any:
        client.bulk.prepare(case["ids"], "update", "title", case["title"])
        return await client.bulk.send()

    def check(self, lab: Lab, case: Case, result: Any) -> None:
        assert [sorted(outcome.applied) for outcome in result] == [sorted(case["ids"])]
        assert all(lab.store.metadata[md].fields["title"] == case["title"] for md in case["ids"])

    def effect(self, lab: Lab, case: Case, before: dict[str, int]) -> int | None:
        # Bulk runs the sandbox handler once per POST applied (its 200s, even if the answer broke).
        key = "sendBulkRequests:200"
        return lab.app.stats.statuses[key] - before.get(key, 0)


class Download(Operation):
    name, label, operation_id = "download", "file download (GET, streamed)", "downloadHostedLink"
    scope = "operation=downloadHostedLink"

    def prepare(self, lab: Lab, workdir: Path) -> Case:
        record = lab.store.metadata[lab.info["metadata"]["complete"]]
        link = next(public(link) for link in record.links if link.get("type") == "hosted")
        return Case(workdir, {"link": link, "bytes": lab.store.hosted[link["_id"]]})

    def run(self, client: Isogeo, case: Case) -> Any:
        return client.links.download_hosted(case["link"], case.workdir)

    async def arun(self, client: AsyncIsogeo, case: Case) -> Any:
        return await client.links.download_hosted(case["link"], case.workdir)

    def check(self, lab: Lab, case: Case, result: Any) -> None:
        assert result.path.parent == case.workdir.resolve()
        assert result.path.read_bytes() == case["bytes"]


class Upload(Operation):
    name, label, operation_id = "upload", "file upload (POST multipart)", "createMetadataLink"
    scope = "operation=createMetadataLink"
    idempotent = False

    def prepare(self, lab: Lab, workdir: Path) -> Case:
        title = marker("upload")
        source = workdir.parent / f"{uuid.uuid4().hex}.bin"
        source.write_bytes(os.urandom(64 * 1024))
        metadata = {"_id": lab.info["metadata"]["vector"], "type": "vectorDataset"}
        return Case(workdir, {"metadata": metadata, "source": source, "title": title})

    def run(self, client: Isogeo, case: Case) -> Any:
        return client.links.upload_hosted(case["metadata"], case["source"], title=case["title"])

    async def arun(self, client: AsyncIsogeo, case: Case) -> Any:
        return await client.links.upload_hosted(case["metadata"], case["source"], title=case["title"])

    def check(self, lab: Lab, case: Case, result: Any) -> None:
        assert result.title == case["title"]
        assert lab.store.hosted[result.sys_id] == case["source"].read_bytes()

    def effect(self, lab: Lab, case: Case, before: dict[str, int]) -> int | None:
        record = lab.store.metadata[case["metadata"]["_id"]]
        return sum(1 for link in record.links if link.get("title") == case["title"])


OPERATIONS: dict[str, Operation] = {
    op.name: op for op in (SingleRead(), Create(), Update(), WholeSearch(), Bulk(), Download(), Upload())
}
