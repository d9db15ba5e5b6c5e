"""A backup folder: its layout, its manifest, and :func:`read_backup` (typed models back).

Layout (every JSON file is the body the API answered, byte for byte, except ``keywords.json``,
the pages of a keyword search joined into one list)::

    DIR/manifest.json                         ids, _modified and SHA-256 of every file
    DIR/metadata/<id>.json                    GET /resources/{id} with every _include
    DIR/workgroups/<id>/contacts.json         GET /groups/{id}/contacts
    DIR/workgroups/<id>/catalogs.json         GET /groups/{id}/catalogs
    DIR/workgroups/<id>/licenses.json         GET /groups/{id}/licenses
    DIR/workgroups/<id>/specifications.json   GET /groups/{id}/specifications
    DIR/workgroups/<id>/keywords.json         the workgroup's keywords (every page)
    DIR/journal.jsonl                         only while a run is under way or was interrupted
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from isogeo.errors import InvalidInputError
from isogeo.workflows._common import BackupIntegrityError, atomic_write, sha256_of
from isogeo_api.models import Catalog, Contact, Keyword, License, Metadata, Specification
from isogeo_api.types import decode_all

__all__ = ["Backup", "WorkgroupEntities", "read_backup"]

MANIFEST = "manifest.json"
JOURNAL = "journal.jsonl"
FORMAT = "isogeo-backup/1"
ENTITY_KINDS = ("contacts", "catalogs", "licenses", "specifications", "keywords")

M = TypeVar("M")


def metadata_file(metadata_id: str) -> str:
    return f"metadata/{metadata_id}.json"


def entity_file(workgroup_id: str, kind: str) -> str:
    return f"workgroups/{workgroup_id}/{kind}.json"


def prepare_folder(out: str | os.PathLike[str]) -> Path:
    """The backup folder, created if missing (a file in its place is refused)."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise InvalidInputError("out", str(out), "a folder (created if missing)", reason="a file is there")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load_manifest(folder: Path) -> dict[str, Any] | None:
    path = folder / MANIFEST
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupIntegrityError(f"{path} is not a readable manifest: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupIntegrityError(f"{path} is not a backup manifest of this client (format {FORMAT})")
    return manifest


def write_manifest(folder: Path, manifest: Mapping[str, Any]) -> None:
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write(folder / MANIFEST, text.encode("utf-8"))


def file_matches(folder: Path, entry: Mapping[str, Any]) -> bool:
    """Whether the file an entry names exists with the SHA-256 it records."""
    path = folder / str(entry.get("file", ""))
    try:
        return path.is_file() and sha256_of(path.read_bytes()) == entry.get("sha256")
    except OSError:
        return False


@dataclass
class WorkgroupEntities:
    """A workgroup's own entities, as backed up."""

    contacts: list[Contact] = field(default_factory=list)
    catalogs: list[Catalog] = field(default_factory=list)
    licenses: list[License] = field(default_factory=list)
    specifications: list[Specification] = field(default_factory=list)
    keywords: list[Keyword] = field(default_factory=list)


@dataclass
class Backup:
    """A backup folder read back: the manifest, every metadata and each workgroup's entities."""

    folder: Path
    manifest: dict[str, Any]
    metadata: dict[str, Metadata]
    workgroups: dict[str, WorkgroupEntities]

    def raw(self, metadata_id: str) -> dict[str, Any]:
        """The JSON of one metadata exactly as the API answered it."""
        entry = self.manifest["metadata"][metadata_id]
        data: dict[str, Any] = json.loads((self.folder / entry["file"]).read_text(encoding="utf-8"))
        return data


def _checked_json(folder: Path, entry: Mapping[str, Any]) -> Any:
    path = folder / str(entry.get("file", ""))
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise BackupIntegrityError(f"{path} is missing from the backup: {exc}") from exc
    if sha256_of(content) != entry.get("sha256"):
        raise BackupIntegrityError(f"{path} does not have the SHA-256 its manifest records: changed since")
    try:
        return json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupIntegrityError(f"{path} is not JSON: {exc}") from exc


def _models(path: str, data: Any, parse: Callable[[Mapping[str, Any]], M]) -> list[M]:
    if not isinstance(data, list):
        raise BackupIntegrityError(f"{path} does not hold a JSON list")
    try:
        return [decode_all(parse(item)) for item in data]
    except (KeyError, TypeError, ValueError) as exc:
        raise BackupIntegrityError(f"{path} holds a record this client cannot read: {exc!r}") from exc


def read_backup(folder: str | os.PathLike[str]) -> Backup:
    """Read a backup folder back into typed models, checking every file against its SHA-256.

    Raises :class:`~isogeo.workflows.BackupIntegrityError` for a missing or changed file.

    >>> backup = read_backup("backups/isogeo-test")                       # doctest: +SKIP
    >>> backup.metadata["0269803d50c446b09f5060ef7fe3e22b"].title         # doctest: +SKIP
    'Communes de France 2024'
    """
    root = Path(folder)
    manifest = load_manifest(root)
    if manifest is None:
        raise BackupIntegrityError(f"{root} holds no {MANIFEST}: not a finished backup")
    metadata: dict[str, Metadata] = {}
    for metadata_id, entry in manifest.get("metadata", {}).items():
        data = _checked_json(root, entry)
        try:
            metadata[metadata_id] = decode_all(Metadata.from_dict(data))
        except (KeyError, TypeError, ValueError) as exc:
            raise BackupIntegrityError(
                f"{entry['file']} is not a metadata this client can read: {exc!r}"
            ) from exc
    parsers: dict[str, Callable[[Mapping[str, Any]], Any]] = {
        "contacts": Contact.from_dict,
        "catalogs": Catalog.from_dict,
        "licenses": License.from_dict,
        "specifications": Specification.from_dict,
        "keywords": Keyword.from_dict,
    }
    workgroups: dict[str, WorkgroupEntities] = {}
    for workgroup_id, files in manifest.get("workgroups", {}).items():
        entities = WorkgroupEntities()
        for kind, entry in files.items():
            if kind in parsers:
                setattr(entities, kind, _models(entry["file"], _checked_json(root, entry), parsers[kind]))
        workgroups[workgroup_id] = entities
    return Backup(root, manifest, metadata, workgroups)
