"""Built-in workflows: backup, duplicate, search and replace — resumable, previewed, reported.

Sync functions take an :class:`~isogeo.Isogeo`, their ``a``-prefixed twins an
:class:`~isogeo.AsyncIsogeo` (the sync code is derived from the async code, ``make check-sync``):

* :func:`backup` / :func:`abackup` — metadata with every sub-resource and the workgroups' entities
  as JSON files plus a manifest; re-running skips what did not change; :func:`read_backup` reads
  a backup back into typed models;
* :func:`duplicate` / :func:`aduplicate` — a metadata and all it has, in its workgroup or another
  one (entities reused by name or email, or created: ``policy``);
* :func:`replace` / :func:`areplace` — search and replace in a text field: a dry run unless
  ``apply=True``, a journal of old values, :func:`undo_replace` / :func:`aundo_replace`.

Each returns a :class:`WorkflowReport` (``to_dict()``, ``write_json(path)``). A run stopped by an
error leaves its journal: running it again with the same journal continues to the same end state.
The guide: ``docs/guides/workflows.md``.

>>> from isogeo.workflows import backup, duplicate, replace, read_backup   # doctest: +SKIP
"""

from __future__ import annotations

from isogeo.workflows._async.backup import backup as abackup
from isogeo.workflows._async.duplicate import duplicate as aduplicate
from isogeo.workflows._async.replace import replace as areplace
from isogeo.workflows._async.replace import undo_replace as aundo_replace
from isogeo.workflows._backup_files import Backup, WorkgroupEntities, read_backup
from isogeo.workflows._common import (
    BackupIntegrityError,
    JournalError,
    ReportEntry,
    WorkflowError,
    WorkflowReport,
    diff_text,
)
from isogeo.workflows._duplicate_plan import POLICIES, Policy
from isogeo.workflows._fields import REPLACEABLE_FIELDS
from isogeo.workflows._sync.backup import backup
from isogeo.workflows._sync.duplicate import duplicate
from isogeo.workflows._sync.replace import replace, undo_replace

__all__ = [
    "POLICIES",
    "REPLACEABLE_FIELDS",
    "Backup",
    "BackupIntegrityError",
    "JournalError",
    "Policy",
    "ReportEntry",
    "WorkflowError",
    "WorkflowReport",
    "WorkgroupEntities",
    "abackup",
    "aduplicate",
    "areplace",
    "aundo_replace",
    "backup",
    "diff_text",
    "duplicate",
    "read_backup",
    "replace",
    "undo_replace",
]
