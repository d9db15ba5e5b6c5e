"""The files of the workflows, without a server: the journal (resumable, refused for another run, a
line cut short by a crash ignored), the report's JSON, and a backup folder read back with its hashes
checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from isogeo.workflows import BackupIntegrityError, JournalError, WorkflowReport, read_backup
from isogeo.workflows._backup_files import FORMAT
from isogeo.workflows._common import Journal, sha256_of

HEADER = {"workflow": "replace", "field": "title", "find": "2023"}


def test_a_journal_is_continued_by_a_run_with_the_same_arguments(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    first = Journal(path, HEADER)
    first.append({"op": "write", "metadata": "a", "old": "x", "new": "y"})
    again = Journal(path, HEADER)

    assert not first.resumed and again.resumed
    assert [entry["op"] for entry in again.entries] == ["write"]
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[0])["op"] == "start"


def test_a_journal_of_another_run_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    Journal(path, HEADER)
    with pytest.raises(JournalError, match="find: '2023' in the journal, '2024' now"):
        Journal(path, {**HEADER, "find": "2024"})


def test_a_last_line_cut_short_is_ignored_but_a_broken_line_inside_is_not(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    journal = Journal(path, HEADER)
    journal.append({"op": "done", "metadata": "a"})
    with open(path, "a", encoding="utf-8") as out:
        out.write('{"op": "wri')  # the crash came while this line was written
    assert [entry["op"] for entry in Journal(path, HEADER).entries] == ["done"]

    path.write_text(path.read_text(encoding="utf-8").replace('{"metadata"', "{oops", 1) + "\n", "utf-8")
    with pytest.raises(JournalError, match="line 2"):
        Journal(path, HEADER)


def test_the_report_json(tmp_path: Path) -> None:
    report = WorkflowReport("duplicate", journal="d.jsonl")
    report.add("created", "metadata", "a" * 32, source="b" * 32, title="Copie")
    report.add("skipped", "service-layer", "c" * 32, reason="a service layer serves one dataset")
    report.write_json(tmp_path / "r.json")

    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["counts"] == {"created": 1, "skipped": 1}
    assert data["entries"][0] == {
        "action": "created",
        "kind": "metadata",
        "id": "a" * 32,
        "source": "b" * 32,
        "title": "Copie",
    }


def _backup(folder: Path) -> Path:
    record = b'{"_id": "0269803d50c446b09f5060ef7fe3e22b", "title": "Communes", "type": "vectorDataset"}'
    (folder / "metadata").mkdir(parents=True)
    target = folder / "metadata" / "0269803d50c446b09f5060ef7fe3e22b.json"
    target.write_bytes(record)
    manifest = {
        "format": FORMAT,
        "metadata": {
            "0269803d50c446b09f5060ef7fe3e22b": {
                "file": "metadata/0269803d50c446b09f5060ef7fe3e22b.json",
                "sha256": sha256_of(record),
            }
        },
        "workgroups": {},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return target


def test_a_backup_reads_back_and_a_changed_file_is_refused(tmp_path: Path) -> None:
    target = _backup(tmp_path)
    saved = read_backup(tmp_path)
    assert saved.metadata["0269803d50c446b09f5060ef7fe3e22b"].title == "Communes"
    assert saved.raw("0269803d50c446b09f5060ef7fe3e22b")["type"] == "vectorDataset"

    target.write_bytes(target.read_bytes().replace(b"Communes", b"Commune"))
    with pytest.raises(BackupIntegrityError, match="SHA-256"):
        read_backup(tmp_path)
    target.unlink()
    with pytest.raises(BackupIntegrityError, match="missing"):
        read_backup(tmp_path)


def test_a_folder_without_manifest_is_not_a_backup(tmp_path: Path) -> None:
    with pytest.raises(BackupIntegrityError, match=r"manifest\.json"):
        read_backup(tmp_path)


def test_a_backup_whose_nested_value_does_not_decode_is_refused_when_read(tmp_path: Path) -> None:
    # a contact's role of the wrong JSON type, deep in a metadata: refused by read_backup itself,
    # not later by whatever first reads the metadata's contacts
    record = {
        "_id": "0269803d50c446b09f5060ef7fe3e22b",
        "title": "Communes",
        "type": "vectorDataset",
        "contacts": [{"role": 3, "contact": {"_id": "a" * 32, "name": "SIG"}}],
    }
    target = _backup(tmp_path)
    content = json.dumps(record).encode()
    target.write_bytes(content)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    manifest["metadata"]["0269803d50c446b09f5060ef7fe3e22b"]["sha256"] = sha256_of(content)
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    with pytest.raises(BackupIntegrityError, match="not a metadata this client can read") as caught:
        read_backup(tmp_path)
    assert "role" in str(caught.value)
