# Derived from _async/replace.py by tools/derive_sync.py: do not edit.
"""Search and replace in a text field of many metadata: preview first, then apply with a journal,
and undo from that journal.

* ``replace(isogeo, field=..., find=..., replacement=..., query=...)`` is a **dry run**: the
  report's ``changed`` entries hold each ``old`` and ``new`` value (``diff_text`` shows them);
* ``apply=True`` writes, one metadata at a time per worker; for each, the journal receives
  ``{"op": "write", "metadata", "field", "old", "new"}`` *before* the update and
  ``{"op": "done", ...}`` after it. A run cut short is continued by running it again with the same
  journal (metadata already done are not written twice);
* ``undo_replace(isogeo, journal)`` puts back every ``old`` value, byte for byte, where the field
  still holds what the replace wrote (a value changed since is reported, not overwritten).
"""

from __future__ import annotations

import os
from typing import Any

from isogeo.client import Isogeo
from isogeo.errors import InvalidInputError
from isogeo.pagination import DEFAULT_CONCURRENCY
from isogeo.workflows._common import Journal, Progress, WorkflowReport, read_journal, utc_now
from isogeo.workflows._fields import Substitution, field_value, with_field

from ._primitives import run_bounded

__all__ = ["replace", "undo_replace"]


def _current(isogeo: Isogeo, metadata_id: str) -> dict[str, Any]:
    record = isogeo.metadata.get(metadata_id)
    return record.to_dict()


def _write(isogeo: Isogeo, current: dict[str, Any], field: str, value: str | None) -> None:
    isogeo.metadata.update(with_field(current, field, value))


def _candidates(isogeo: Isogeo, query: str | None, group: str | None) -> list[str]:
    options: dict[str, Any] = {"query": query or ""}
    if group is not None:
        options["group"] = group
    found = isogeo.search.all(**options)
    return [record.sys_id for record in found.results]


def replace(
    isogeo: Isogeo,
    *,
    field: str,
    find: str,
    replacement: str,
    query: str | None = None,
    group: str | None = None,
    regex: bool = False,
    apply: bool = False,
    journal: str | os.PathLike[str] | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
) -> WorkflowReport:
    """Replace ``find`` by ``replacement`` in ``field`` of every metadata a search finds.

    A dry run unless ``apply=True`` (which needs ``journal``, the JSON-lines file that makes the
    run resumable and undoable). Returns a :class:`WorkflowReport` whose ``changed`` entries carry
    ``old`` and ``new``.

    >>> options = {"field": "title", "find": "2023", "replacement": "2024", "query": "type:dataset"}
    >>> preview = replace(isogeo, **options)                                  # doctest: +SKIP
    >>> applied = replace(isogeo, **options, apply=True, journal="t.jsonl")   # doctest: +SKIP
    """
    substitution = Substitution.of(field, find, replacement, regex=regex)
    if query is None and group is None:
        raise InvalidInputError(
            "query", None, "a search query ('' for every metadata), or a workgroup id as group="
        )
    if apply and journal is None:
        raise InvalidInputError(
            "journal", None, "a file path", reason="apply=True writes a journal of old values"
        )
    header = {
        "workflow": "replace",
        "field": field,
        "find": find,
        "replacement": replacement,
        "regex": regex,
        "query": query,
        "group": group,
    }
    log = Journal(journal if apply else None, header)
    report = WorkflowReport("replace", dry_run=not apply, journal=None if log.path is None else str(log.path))
    done = {entry["metadata"] for entry in log.of("done")}
    written = {entry["metadata"]: entry for entry in log.of("write")}
    ids = list(dict.fromkeys([*_candidates(isogeo, query, group), *written]))
    finished = [0]

    def one(metadata_id: str) -> None:
        if metadata_id in done:
            report.add("unchanged", field, metadata_id, reason="done by an earlier run of this journal")
        else:
            _one(isogeo, substitution, metadata_id, log, written.get(metadata_id), report, apply)
        finished[0] += 1
        if progress is not None:
            progress(finished[0], len(ids))

    if progress is not None:
        progress(0, len(ids))
    run_bounded(one, ids, concurrency=concurrency)
    report.finished = utc_now()
    return report


def _one(
    isogeo: Isogeo,
    substitution: Substitution,
    metadata_id: str,
    log: Journal,
    earlier: dict[str, Any] | None,
    report: WorkflowReport,
    apply: bool,
) -> None:
    field = substitution.field
    current = _current(isogeo, metadata_id)
    old = field_value(current, field)
    if earlier is not None and old == earlier["new"]:  # written, but the run stopped before "done"
        log.append({"op": "done", "metadata": metadata_id})
        report.add("changed", field, metadata_id, old=earlier["old"], new=earlier["new"])
        return
    new = substitution.apply(old)
    if new == old:
        return  # the search found it, the text does not hold `find`: nothing to do, nothing to say
    report.add("changed", field, metadata_id, old=old, new=new, title=current.get("title"))
    if not apply:
        return
    log.append({"op": "write", "metadata": metadata_id, "field": field, "old": old, "new": new})
    _write(isogeo, current, field, new)
    log.append({"op": "done", "metadata": metadata_id})


def undo_replace(
    isogeo: Isogeo,
    journal: str | os.PathLike[str],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
) -> WorkflowReport:
    """Put back the values a :func:`replace` journal recorded (see the module docstring).

    Each metadata whose field still holds the ``new`` value gets its ``old`` value back (and a
    ``restored`` line in the journal); one already back is ``unchanged``; one changed since is
    ``skipped`` with the value found.

    >>> report = undo_replace(isogeo, "title.jsonl")                  # doctest: +SKIP
    >>> report.counts()                                                        # doctest: +SKIP
    {'restored': 2}
    """
    header, steps = read_journal(journal)
    if header.get("workflow") != "replace":
        raise InvalidInputError("journal", str(journal), "a journal written by replace(apply=True)")
    log = Journal(journal, {key: value for key, value in header.items() if key not in ("op", "started")})
    first: dict[str, dict[str, Any]] = {}
    for step in steps:
        if step.get("op") == "write":
            first.setdefault(step["metadata"], step)
    report = WorkflowReport("undo", journal=str(journal))
    ids = list(reversed(first))
    finished = [0]

    def one(metadata_id: str) -> None:
        step = first[metadata_id]
        field = step["field"]
        current = _current(isogeo, metadata_id)
        value = field_value(current, field)
        if value == step["old"]:
            report.add("unchanged", field, metadata_id, value=value)
        elif value == step["new"]:
            _write(isogeo, current, field, step["old"])
            log.append({"op": "restored", "metadata": metadata_id, "field": field, "value": step["old"]})
            report.add("restored", field, metadata_id, old=value, new=step["old"])
        else:
            report.add("skipped", field, metadata_id, reason="changed since the replace", value=value)
        finished[0] += 1
        if progress is not None:
            progress(finished[0], len(ids))

    run_bounded(one, ids, concurrency=concurrency)
    report.finished = utc_now()
    return report
