# Derived from integration/test_workflows_async.py by tools/derive_sync.py: do not edit.
"""Workflows against the sandbox: backup (read back equal to the server), duplicate (equal to its
source, entities created and reused), search and replace (preview, apply, undo to the byte), and
runs cut short by injected faults that resume to the same end state with nothing created twice.

The async tests (test_workflows_async.py) are the source of the sync ones (test_workflows.py),
derived by tools/derive_sync.py (``make check-sync``). Each test works in a workgroup of its own,
so that the data stay small.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from isogeo import Isogeo
from isogeo.errors import IsogeoError
from isogeo.workflows import JournalError, backup, duplicate, read_backup, replace, undo_replace
from isogeo.workflows._duplicate_plan import entity_body
from isogeo_api.api.contact import create_workgroup_contact, list_workgroup_contacts
from isogeo_api.api.license_ import list_workgroup_licenses
from isogeo_api.api.specification import list_workgroup_specifications
from tests.support.front_door import new_metadata, new_workgroup, sandbox_client, unique
from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration

# What differs between a metadata and its copy by nature: ids, owners, dates of the records.
# A service layer serves one dataset: the copy is not associated with the source's layers.
# The data's dates (created, published) are not writable; a coordinate system's alias is the workgroup's;
# a new record gets the translation of its creation language from the API.
_NOT_COMPARED = frozenset(
    {
        "count",
        "owner",
        "tags",
        "title",
        "context",
        "serviceLayers",
        "created",
        "published",
        "alias",
        "translations",
    }
)


def comparable(value: Any) -> Any:
    """``value`` without ids, owners and record dates, lists in a stable order."""
    if isinstance(value, dict):
        return {
            key: comparable(item)
            for key, item in value.items()
            if not key.startswith("_") and key not in _NOT_COMPARED and item is not None
        }
    if isinstance(value, list):
        return sorted((comparable(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
    return value


def full(isogeo: Isogeo, metadata_id: str) -> dict[str, Any]:
    record = isogeo.metadata.get(metadata_id, include="all").to_dict()
    record["catalogs"] = [catalog.name for catalog in isogeo.catalogs.list_for_metadata(metadata_id)]
    # A hosted file's URL names its metadata and link.
    for link in record.get("links", []):
        if link.get("type") == "hosted":
            link.pop("url")
    return record


def copy_of_complete(isogeo: Isogeo, sandbox: SandboxHandle, workgroup: str) -> str:
    report = duplicate(isogeo, sandbox.info["metadata"]["complete"], into=workgroup)
    return str(report.created[0].id)


def test_duplicate_into_another_workgroup_equals_its_source(sandbox: SandboxHandle, tmp_path: Path) -> None:
    source_id = sandbox.info["metadata"]["complete"]
    with sandbox_client(sandbox) as isogeo:
        target = new_workgroup(isogeo)
        source = full(isogeo, source_id)
        custom = [item["contact"] for item in source["contacts"] if item["contact"].get("type") == "custom"]
        known = custom[0]
        # The target's address book has the same card already (same email): it is reused.
        reusable = isogeo.call(create_workgroup_contact, target, body=entity_body("contact", known))
        report = duplicate(
            isogeo, source_id, into=target, title_prefix="[copie] ", journal=tmp_path / "dup.jsonl"
        )
        copy_id = str(report.created[0].id)
        copy = full(isogeo, copy_id)
        contacts = isogeo.contacts.list(target)
        catalogs = isogeo.catalogs.list(target)
        licenses = isogeo.licenses.list(target)

    assert report.created[0].kind == "metadata"
    assert copy["title"] == "[copie] " + source["title"]
    assert copy["_creator"]["_id"] == target
    assert comparable(copy) == comparable(source)
    reused = [(entry.kind, entry.id) for entry in report.reused]
    assert ("contact", reusable.sys_id) in reused
    created_kinds = {entry.kind for entry in report.created}
    assert {"metadata", "catalog", "event", "keyword", "contact-role"} <= created_kinds
    assert any(entry.kind == "contact" for entry in report.created) == (len(custom) > 1)
    assert len([card for card in contacts if card.email == known["email"]]) == 1
    # What the report says was created is in the target workgroup, once.
    in_target = {
        "contact": [card.sys_id for card in contacts],
        "catalog": [catalog.sys_id for catalog in catalogs],
        "license": [lic.sys_id for lic in licenses],
    }
    for entry in report.created:
        if entry.kind in in_target:
            assert in_target[entry.kind].count(str(entry.id)) == 1, entry
    assert sorted(catalog.name for catalog in catalogs) == sorted(source["catalogs"])


def test_duplicate_cut_short_resumes_without_creating_twice(sandbox: SandboxHandle, tmp_path: Path) -> None:
    source_id = sandbox.info["metadata"]["complete"]
    journal = tmp_path / "dup.jsonl"
    with sandbox_client(sandbox) as isogeo:
        target = new_workgroup(isogeo)
        # The server creates the metadata, and an event, but the client never reads the answers.
        sandbox.faults("truncate,operation=createWorkgroupMetadata,count=1")
        with pytest.raises(IsogeoError):
            duplicate(isogeo, source_id, into=target, journal=journal)
        sandbox.faults(
            "truncate,operation=createMetadataEvent,count=1;reset,operation=createMetadataLimitation,count=1"
        )
        with pytest.raises(IsogeoError):
            duplicate(isogeo, source_id, into=target, journal=journal, concurrency=1)
        sandbox.clear_faults()
        report = duplicate(isogeo, source_id, into=target, journal=journal)
        found = isogeo.search.all(query="", group=target)
        copy = full(isogeo, str(report.created[0].id))
        source = full(isogeo, source_id)
        with pytest.raises(JournalError):
            duplicate(isogeo, source_id, into=target, journal=journal, title_prefix="other ")

    assert [record.sys_id for record in found.results] == [copy["_id"]]
    assert comparable(copy) == comparable(source)
    assert len(copy["events"]) == len(source["events"])


def test_backup_reads_back_equal_to_the_server(sandbox: SandboxHandle, tmp_path: Path) -> None:
    out = tmp_path / "backup"
    with sandbox_client(sandbox) as isogeo:
        workgroup = new_workgroup(isogeo)
        first = copy_of_complete(isogeo, sandbox, workgroup)
        second = new_metadata(isogeo, workgroup, "resource").sys_id
        report = backup(isogeo, out, group=workgroup)
        server = {key: isogeo.metadata.get(key, include="all").to_dict() for key in (first, second)}
        listings = {
            "contacts": isogeo.call(list_workgroup_contacts, workgroup),
            "catalogs": isogeo.catalogs.list(workgroup),
            "licenses": isogeo.call(list_workgroup_licenses, workgroup),
            "specifications": isogeo.call(list_workgroup_specifications, workgroup),
            "keywords": list(isogeo.keywords.workgroup_iter(workgroup)),
        }
        again = backup(isogeo, out, group=workgroup)
    saved = read_backup(out)

    assert sorted(saved.metadata) == sorted([first, second])
    assert {key: record.to_dict() for key, record in saved.metadata.items()} == server
    entities = saved.workgroups[workgroup]
    for kind, listing in listings.items():
        assert [item.to_dict() for item in getattr(entities, kind)] == [item.to_dict() for item in listing], (
            kind
        )
    assert entities.licenses and entities.catalogs and entities.contacts
    assert {entry.id for entry in report.of("written") if entry.kind == "metadata"} == {first, second}
    assert {entry.id for entry in again.of("unchanged")} == {first, second}
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["metadata"][first]["file"] == f"metadata/{first}.json"
    assert not (out / "journal.jsonl").exists()


def test_backup_cut_short_resumes_to_the_same_files(sandbox: SandboxHandle, tmp_path: Path) -> None:
    with sandbox_client(sandbox) as isogeo:
        workgroup = new_workgroup(isogeo)
        ids = [new_metadata(isogeo, workgroup, "resource").sys_id for _ in range(3)]
        sandbox.faults("invalid-json,operation=getMetadata,count=1")
        with pytest.raises(IsogeoError):
            backup(isogeo, tmp_path / "cut", group=workgroup, concurrency=1)
        sandbox.clear_faults()
        assert (tmp_path / "cut" / "journal.jsonl").exists()
        report = backup(isogeo, tmp_path / "cut", group=workgroup)
        backup(isogeo, tmp_path / "whole", group=workgroup)

    cut, whole = read_backup(tmp_path / "cut"), read_backup(tmp_path / "whole")
    assert sorted(cut.metadata) == sorted(ids)
    assert cut.manifest["metadata"] == whole.manifest["metadata"]
    assert len(report.of("written")) + len(report.of("unchanged")) >= len(ids)


def _titled(isogeo: Isogeo, workgroup: str, titles: list[str]) -> list[str]:
    ids = []
    for title in titles:
        record = isogeo.metadata.create(
            workgroup, {"title": title, "type": "resource", "abstract": "Résumé\n"}
        )
        ids.append(record.sys_id)
    return ids


def test_replace_previews_applies_and_undoes_to_the_byte(sandbox: SandboxHandle, tmp_path: Path) -> None:
    journal = tmp_path / "replace.jsonl"
    with sandbox_client(sandbox) as isogeo:
        workgroup = new_workgroup(isogeo)
        ids = _titled(isogeo, workgroup, ["Routes 2023", "Rivières 2023 (2023)", "Sans millésime"])
        before = {key: isogeo.metadata.get(key).to_dict() for key in ids}
        preview = replace(isogeo, group=workgroup, field="title", find="2023", replacement="2024")
        unchanged = {key: isogeo.metadata.get(key).title for key in ids}
        applied = replace(
            isogeo,
            group=workgroup,
            field="title",
            find="2023",
            replacement="2024",
            apply=True,
            journal=journal,
        )
        after = {key: isogeo.metadata.get(key).title for key in ids}
        undone = undo_replace(isogeo, journal)
        restored = {key: isogeo.metadata.get(key).to_dict() for key in ids}

    assert preview.dry_run and sorted(entry.id for entry in preview.changed) == sorted(ids[:2])
    assert {entry.detail["new"] for entry in preview.changed} == {"Routes 2024", "Rivières 2024 (2024)"}
    assert unchanged == {key: before[key]["title"] for key in ids}
    assert after == {ids[0]: "Routes 2024", ids[1]: "Rivières 2024 (2024)", ids[2]: "Sans millésime"}
    assert len(applied.changed) == 2
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    assert [line["op"] for line in lines[:1]] == ["start"]
    assert {line["old"] for line in lines if line["op"] == "write"} == {"Routes 2023", "Rivières 2023 (2023)"}
    assert len(undone.of("restored")) == 2
    for key in ids:
        assert {k: v for k, v in restored[key].items() if k != "_modified"} == {
            k: v for k, v in before[key].items() if k != "_modified"
        }


def test_replace_cut_short_resumes_and_undoes(sandbox: SandboxHandle, tmp_path: Path) -> None:
    journal = tmp_path / "replace.jsonl"
    with sandbox_client(sandbox) as isogeo:
        workgroup = new_workgroup(isogeo)
        ids = _titled(isogeo, workgroup, [unique("lot a"), unique("lot b"), unique("lot c")])
        before = {key: isogeo.metadata.get(key).title for key in ids}
        arguments: dict[str, Any] = {
            "group": workgroup,
            "field": "title",
            "find": "lot",
            "replacement": "lot lot",
        }
        sandbox.faults("truncate,operation=updateMetadata,count=1;reset,operation=updateMetadata,count=1")
        with pytest.raises(IsogeoError):
            replace(isogeo, **arguments, apply=True, journal=journal, concurrency=1)
        sandbox.clear_faults()
        replace(isogeo, **arguments, apply=True, journal=journal)
        after = {key: isogeo.metadata.get(key).title for key in ids}
        undo_replace(isogeo, journal)
        restored = {key: isogeo.metadata.get(key).title for key in ids}

    assert after == {key: title.replace("lot", "lot lot") for key, title in before.items()}
    assert restored == before
