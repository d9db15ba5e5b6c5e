# Derived from _async/backup.py by tools/derive_sync.py: do not edit.
"""Backup: every metadata of a search (or a workgroup) with all its sub-resources, and the
workgroups' own entities, as the JSON the API answered, plus a manifest (layout:
:mod:`isogeo.workflows._backup_files`).

Re-running into the same folder continues an interrupted run and skips the metadata whose
``_modified`` is the one recorded and whose file still has its recorded SHA-256. Each file is
written whole (temporary file, then rename) and entered in ``journal.jsonl`` at once; the manifest
is written at the end, then the journal removed.

>>> BACKUP_INCLUDES[:4]
('conditions', 'contacts', 'context', 'coordinate-system')
"""

from __future__ import annotations

import json
import os
from typing import Any

from isogeo._core.call import call_response_sync
from isogeo._core.includes import search_includes
from isogeo._core.validation import normalize_identifier
from isogeo.client import Isogeo
from isogeo.errors import InvalidInputError
from isogeo.pagination import DEFAULT_CONCURRENCY
from isogeo.workflows._backup_files import (
    ENTITY_KINDS,
    FORMAT,
    JOURNAL,
    entity_file,
    file_matches,
    load_manifest,
    metadata_file,
    prepare_folder,
    write_manifest,
)
from isogeo.workflows._common import Journal, Progress, WorkflowReport, atomic_write, sha256_of, utc_now
from isogeo_api.api.catalog import list_workgroup_catalogs
from isogeo_api.api.contact import list_workgroup_contacts
from isogeo_api.api.license_ import list_workgroup_licenses
from isogeo_api.api.metadata import get_metadata
from isogeo_api.api.specification import list_workgroup_specifications
from isogeo_api.models import Metadata, MetadataInclude

from ._primitives import run_bounded

__all__ = ["backup"]

BACKUP_INCLUDES: tuple[str, ...] = tuple(
    str(name) for name in search_includes("all", accepted=tuple(MetadataInclude))
)
"""Every sub-resource ``GET /resources/{id}`` can include."""

_LISTINGS = {
    "contacts": list_workgroup_contacts,
    "catalogs": list_workgroup_catalogs,
    "licenses": list_workgroup_licenses,
    "specifications": list_workgroup_specifications,
}


def _modified(record: Metadata) -> str | None:
    value = record.to_dict().get("_modified")
    return value if isinstance(value, str) else None


def _owner(record: Metadata) -> str | None:
    creator = record.to_dict().get("_creator")
    owner = creator.get("_id") if isinstance(creator, dict) else None
    return owner if isinstance(owner, str) else None


def _metadata_ids(isogeo: Isogeo, query: str | None, group: str | None) -> list[tuple[str, str | None]]:
    options: dict[str, Any] = {"query": query or ""}
    if group is not None:
        options["group"] = group
    found = isogeo.search.all(**options)
    return [(record.sys_id, _modified(record)) for record in found.results]


def _entity_bytes(isogeo: Isogeo, workgroup_id: str, kind: str) -> bytes:
    if kind == "keywords":
        keywords = [keyword.to_dict() for keyword in isogeo.keywords.workgroup_iter(workgroup_id)]
        return json.dumps(keywords, ensure_ascii=False).encode("utf-8")
    _, content = call_response_sync(isogeo.api, _LISTINGS[kind], (workgroup_id,), {})
    return content


def backup(
    isogeo: Isogeo,
    out: str | os.PathLike[str],
    *,
    query: str | None = None,
    group: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
) -> WorkflowReport:
    """Back up the metadata a search finds (``query``) and/or a workgroup's (``group``) into ``out``.

    Workgroup entities (contacts, catalogs, licenses, specifications, keywords) are saved for
    ``group``, or else for the workgroups owning the metadata found. Returns a report: one
    ``written`` or ``unchanged`` entry per metadata, one ``written`` per entity file.

    >>> report = backup(isogeo, "backups/test", group=WORKGROUP_ID)   # doctest: +SKIP
    >>> read_backup("backups/test").metadata                                  # doctest: +SKIP
    """
    if query is None and group is None:
        raise InvalidInputError("query", None, "a search query, or a workgroup id as group=")
    if group is not None:
        group = normalize_identifier(group, "group")
    folder = prepare_folder(out)
    previous = load_manifest(folder) or {}
    log = Journal(folder / JOURNAL, {"workflow": "backup", "query": query, "group": group})
    known: dict[str, dict[str, Any]] = dict(previous.get("metadata", {}))
    for step in log.of("metadata"):
        known[step["id"]] = {key: step[key] for key in ("file", "sha256", "_modified", "owner")}
    report = WorkflowReport("backup", journal=str(log.path))
    found = _metadata_ids(isogeo, query, group)
    entries: dict[str, dict[str, Any]] = {}
    total = len(found)
    counter = [0]

    def advance() -> None:
        counter[0] += 1
        if progress is not None:
            progress(counter[0], total)

    def save_metadata(item: tuple[str, str | None]) -> None:
        metadata_id, modified = item
        earlier = known.get(metadata_id)
        if (
            earlier is not None
            and modified is not None
            and earlier.get("_modified") == modified
            and file_matches(folder, earlier)
        ):
            entries[metadata_id] = earlier
            report.add("unchanged", "metadata", metadata_id, file=earlier["file"])
        else:
            record, content = call_response_sync(
                isogeo.api, get_metadata, (metadata_id,), {"sys_include": list(BACKUP_INCLUDES)}
            )
            name = metadata_file(metadata_id)
            atomic_write(folder / name, content)
            entry = {
                "file": name,
                "sha256": sha256_of(content),
                "_modified": _modified(record),
                "owner": _owner(record),
            }
            log.append({"op": "metadata", "id": metadata_id, **entry})
            entries[metadata_id] = entry
            report.add("written", "metadata", metadata_id, file=name, sha256=entry["sha256"])
        advance()

    if progress is not None:
        progress(0, total)
    run_bounded(save_metadata, found, concurrency=concurrency)

    owners = (
        [group]
        if group is not None
        else sorted({str(e["owner"]) for e in entries.values() if e.get("owner")})
    )
    total += len(owners) * len(ENTITY_KINDS)
    workgroups: dict[str, dict[str, Any]] = {owner: {} for owner in owners}

    def save_entities(item: tuple[str, str]) -> None:
        owner, kind = item
        content = _entity_bytes(isogeo, owner, kind)
        name = entity_file(owner, kind)
        atomic_write(folder / name, content)
        workgroups[owner][kind] = {"file": name, "sha256": sha256_of(content)}
        report.add("written", kind, owner, file=name)
        advance()

    run_bounded(
        save_entities, [(owner, kind) for owner in owners for kind in ENTITY_KINDS], concurrency=concurrency
    )
    for metadata_id in set(known) - set(entries):
        report.add("skipped", "metadata", metadata_id, reason="not found by this search any more (file kept)")
    finished = utc_now()
    write_manifest(
        folder,
        {
            "format": FORMAT,
            "api_url": isogeo.platform.api_url,
            "query": query,
            "group": group,
            "include": list(BACKUP_INCLUDES),
            "finished": finished,
            "metadata": {key: entries[key] for key in sorted(entries)},
            "workgroups": {owner: dict(sorted(kinds.items())) for owner, kinds in sorted(workgroups.items())},
        },
    )
    if log.path is not None:
        log.path.unlink(missing_ok=True)
    report.journal = None
    report.finished = finished
    return report
