"""Backup, search and replace, duplicate: the built-in workflows on one workgroup (docs/guides/workflows.md).

A user application is needed (the workflows write): credentials from the environment
(``Isogeo.from_env()``: ISOGEO_API_USER_LEGACY_CLIENT_ID, _SECRET, ISOGEO_USER_NAME,
ISOGEO_USER_PASSWORD). Everything is written under OUT_DIR (``workflows/`` by default).

    python examples/workflows.py WORKGROUP_ID [OUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from isogeo import Isogeo
from isogeo.workflows import backup, diff_text, duplicate, read_backup, replace, undo_replace

workgroup = sys.argv[1]
out = Path(sys.argv[2] if len(sys.argv) > 2 else "workflows")

with Isogeo.from_env() as isogeo:
    # 1. Back up the workgroup (run it again: what did not change is skipped), read it back.
    report = backup(isogeo, out / "backup", group=workgroup)
    print(f"backup: {report.counts()}")
    saved = read_backup(out / "backup")
    print(f"read back: {len(saved.metadata)} metadata, {len(saved.workgroups[workgroup].contacts)} contacts")

    # 2. Copy the first metadata in its workgroup, with a journal that makes the copy resumable.
    first = next(iter(saved.metadata))
    copied = duplicate(isogeo, first, title_prefix="[copie] ", journal=out / "duplicate.jsonl")
    print(f"copy: {copied.created[0].id} ({len(copied.created)} created)")

    # 3. Search and replace in titles: a preview first, then the writes, then undo them.
    change = {"group": workgroup, "field": "title", "find": "[copie] ", "replacement": "[copy] "}
    preview = replace(isogeo, **change)
    for entry in preview.changed:
        print(diff_text("title", entry.detail["old"], entry.detail["new"]), end="")
    applied = replace(isogeo, **change, apply=True, journal=out / "replace.jsonl")
    undone = undo_replace(isogeo, out / "replace.jsonl")
    print(f"replace: {len(applied.changed)} changed, {len(undone.of('restored'))} restored")
    applied.write_json(out / "replace-report.json")
