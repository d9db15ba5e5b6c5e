"""``isogeo backup``, ``isogeo duplicate`` and ``isogeo replace`` against the sandbox (typer's runner):
progress bar and summary, the JSON report, a dry run by default, undo, and a run cut short that the
same command finishes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from isogeo.cli.app import app
from isogeo.workflows import read_backup
from tests.support.front_door import new_workgroup
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import sandbox_client

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def _in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No ISOGEO_* variable from the outside; default journals go to a temporary folder."""
    for name in list(os.environ):
        if name.startswith("ISOGEO_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.chdir(tmp_path)


def on(sandbox: SandboxHandle, *args: str) -> Result:
    return CliRunner().invoke(app, ["--sandbox", sandbox.base_url, *args])


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr, result.exception)
    return result


def test_replace_previews_then_applies_then_undoes(sandbox: SandboxHandle, tmp_path: Path) -> None:
    with sandbox_client(sandbox) as isogeo:
        workgroup = new_workgroup(isogeo)
        record = isogeo.metadata.create(workgroup, {"title": "Réseau 2023", "type": "resource"})
    change = ["replace", "--group", workgroup, "--field", "title", "--find", "2023", "--replace", "2024"]

    preview = _ok(on(sandbox, *change))
    with sandbox_client(sandbox) as isogeo:
        assert isogeo.metadata.get(record.sys_id).title == "Réseau 2023"
    applied = _ok(on(sandbox, *change, "--apply", "--journal", "j.jsonl", "--report", "report.json"))
    with sandbox_client(sandbox) as isogeo:
        assert isogeo.metadata.get(record.sys_id).title == "Réseau 2024"
    undone = _ok(on(sandbox, "replace", "--undo", "j.jsonl"))
    with sandbox_client(sandbox) as isogeo:
        assert isogeo.metadata.get(record.sys_id).title == "Réseau 2023"

    assert "-Réseau 2023\n+Réseau 2024" in preview.stdout
    assert "dry run: 1 metadata would change" in preview.stderr
    assert "journal: j.jsonl" in applied.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"changed": 1} and report["dry_run"] is False
    assert report["entries"][0] == {
        "action": "changed",
        "kind": "title",
        "id": record.sys_id,
        "old": "Réseau 2023",
        "new": "Réseau 2024",
        "title": "Réseau 2023",
    }
    assert "undo: 1 restored" in undone.stderr


def test_replace_needs_its_arguments(sandbox: SandboxHandle) -> None:
    result = on(sandbox, "replace", "--query", "eau", "--find", "a", "--replace", "b")
    assert result.exit_code == 2
    assert "--field" in result.stderr


def test_duplicate_prints_the_copy_and_reports_created_and_reused(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    with sandbox_client(sandbox) as isogeo:
        target = new_workgroup(isogeo)
    source = sandbox.info["metadata"]["complete"]

    first = _ok(
        on(sandbox, "duplicate", source, "--into", target, "--title-prefix", "[copie] ", "--report", "a.json")
    )
    second = _ok(on(sandbox, "duplicate", source, "--into", target, "--report", "b.json"))

    copy_id = first.stdout.strip()
    with sandbox_client(sandbox) as isogeo:
        assert isogeo.metadata.get(copy_id).title.startswith("[copie] ")
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    created = {entry["kind"] for entry in a["entries"] if entry["action"] == "created"}
    assert {"metadata", "contact", "catalog"} <= created
    # The second copy finds the contacts and the catalog the first one created: reused, not duplicated.
    assert {entry["kind"] for entry in b["entries"] if entry["action"] == "reused"} >= {"contact", "catalog"}
    assert second.stdout.strip() != copy_id
    assert not list(tmp_path.glob("duplicate-*.jsonl"))  # the default journal goes once the copy is whole


def test_duplicate_cut_short_is_finished_by_the_same_command(sandbox: SandboxHandle, tmp_path: Path) -> None:
    with sandbox_client(sandbox) as isogeo:
        target = new_workgroup(isogeo)
    source = sandbox.info["metadata"]["complete"]
    sandbox.faults("reset,operation=createMetadataEvent,count=1")

    cut = on(sandbox, "duplicate", source, "--into", target, "--concurrency", "1")
    sandbox.clear_faults()
    journal = tmp_path / f"duplicate-{source}.jsonl"
    assert cut.exit_code == 1
    assert f"journal kept: duplicate-{source}.jsonl" in cut.stderr
    assert journal.exists()
    done = _ok(on(sandbox, "duplicate", source, "--into", target))

    with sandbox_client(sandbox) as isogeo:
        found = isogeo.search.all(query="", group=target)
    assert [record.sys_id for record in found.results] == [done.stdout.strip()]
    assert not journal.exists()


def test_backup_writes_a_manifest_and_skips_what_did_not_change(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    with sandbox_client(sandbox) as isogeo:
        workgroup = new_workgroup(isogeo)
        record = isogeo.metadata.create(workgroup, {"title": "Sentiers", "type": "resource"})

    first = _ok(on(sandbox, "backup", "--group", workgroup, "--out", "saved"))
    second = _ok(on(sandbox, "backup", "--group", workgroup, "--out", "saved", "--report", "r.json"))

    saved = read_backup(tmp_path / "saved")
    assert list(saved.metadata) == [record.sys_id]
    assert "backup: 6 written" in first.stderr
    assert "1 unchanged" in second.stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"unchanged": 1, "written": 5}


def test_backup_needs_a_query_or_a_group(sandbox: SandboxHandle) -> None:
    result = on(sandbox, "backup", "--out", "saved")
    assert result.exit_code == 2
    assert "--query" in result.stderr
