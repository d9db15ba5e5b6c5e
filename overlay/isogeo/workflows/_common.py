"""What the three workflows share and that does no network I/O: the journal, the report, the errors,
file hashes and atomic writes, and the text diff of a preview.

The async workflows (``_async/``) and their derived sync twins (``_sync/``) import this module
unchanged; only :mod:`._async._primitives` / :mod:`._sync._primitives` differ by hand.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from isogeo.errors import InvalidInputError, IsogeoError

__all__ = [
    "Action",
    "BackupIntegrityError",
    "Journal",
    "JournalError",
    "Progress",
    "ReportEntry",
    "WorkflowError",
    "WorkflowReport",
    "atomic_write",
    "diff_text",
    "sha256_of",
]

Progress = Callable[[int, int | None], None]
"""``progress(done, total)``: called as a workflow advances (the CLI's progress bar)."""

Action = Literal["created", "reused", "skipped", "written", "unchanged", "changed", "restored", "present"]


class WorkflowError(IsogeoError):
    """A workflow cannot go on for a reason of its own (not an HTTP status)."""


class JournalError(WorkflowError):
    """A journal that cannot be used: unreadable, or written by another run (other arguments)."""


class BackupIntegrityError(WorkflowError):
    """A backup file is missing or its SHA-256 is not the one its manifest recorded."""


def utc_now() -> str:
    """The current UTC time, ISO 8601 (journal and report timestamps).

    >>> utc_now().endswith("+00:00")
    True
    """
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def sha256_of(data: bytes) -> str:
    """The SHA-256 of ``data``, hex.

    >>> sha256_of(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: a reader (or a crash)
    never sees half a file.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "a" / "b.json"
    >>> atomic_write(target, b"{}"); target.read_bytes()
    b'{}'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def diff_text(label: str, old: str | None, new: str | None) -> str:
    """A unified diff of one field's change (what a dry run shows).

    >>> print(diff_text("title", "Routes 2023", "Routes 2024"), end="")
    --- title (before)
    +++ title (after)
    @@ -1 +1 @@
    -Routes 2023
    +Routes 2024
    """
    lines = difflib.unified_diff(
        (old or "").splitlines(keepends=True) or [""],
        (new or "").splitlines(keepends=True) or [""],
        fromfile=f"{label} (before)",
        tofile=f"{label} (after)",
        lineterm="",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


@dataclass(frozen=True)
class ReportEntry:
    """One thing a workflow did (or would do, in a dry run)."""

    action: Action
    kind: str
    """What it is: ``metadata``, ``contact``, ``event``, ``title``..."""
    id: str | None = None
    """The id it has now (created or reused), or the metadata changed."""
    source: str | None = None
    """The id of what it was copied from (duplicate)."""
    detail: Mapping[str, Any] = field(default_factory=dict)
    """Anything else: ``old``/``new`` values, a reason, a file and its hash."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"action": self.action, "kind": self.kind}
        if self.id is not None:
            data["id"] = self.id
        if self.source is not None:
            data["source"] = self.source
        data.update(self.detail)
        return data


@dataclass
class WorkflowReport:
    """What a workflow did: every entry, the journal it kept, and whether it only previewed.

    ``to_dict()`` / ``write_json(path)`` give the JSON report (``isogeo ... --report FILE``).

    >>> report = WorkflowReport("duplicate")
    >>> report.add("created", "contact", "a" * 32, source="b" * 32)
    >>> [entry.kind for entry in report.created], report.counts()
    (['contact'], {'created': 1})
    """

    workflow: str
    dry_run: bool = False
    journal: str | None = None
    entries: list[ReportEntry] = field(default_factory=list)
    started: str = field(default_factory=utc_now)
    finished: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(
        self,
        action: Action,
        kind: str,
        id: str | None = None,
        *,
        source: str | None = None,
        **detail: Any,
    ) -> None:
        """Record one entry (thread-safe: the sync workflows run on a thread pool)."""
        with self._lock:
            self.entries.append(ReportEntry(action, kind, id, source, detail))

    def of(self, action: Action) -> list[ReportEntry]:
        """The entries of one action."""
        return [entry for entry in self.entries if entry.action == action]

    @property
    def created(self) -> list[ReportEntry]:
        return self.of("created")

    @property
    def reused(self) -> list[ReportEntry]:
        return self.of("reused")

    @property
    def skipped(self) -> list[ReportEntry]:
        return self.of("skipped")

    @property
    def changed(self) -> list[ReportEntry]:
        return self.of("changed")

    def counts(self) -> dict[str, int]:
        """How many entries of each action."""
        totals: dict[str, int] = {}
        for entry in self.entries:
            totals[entry.action] = totals.get(entry.action, 0) + 1
        return totals

    def to_dict(self) -> dict[str, Any]:
        return {
            "workflow": self.workflow,
            "dry_run": self.dry_run,
            "journal": self.journal,
            "started": self.started,
            "finished": self.finished,
            "counts": self.counts(),
            "entries": [entry.to_dict() for entry in self.entries],
        }

    def write_json(self, path: str | os.PathLike[str]) -> None:
        """Write :meth:`to_dict` as an indented UTF-8 JSON file."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        atomic_write(Path(path), text.encode("utf-8"))


class Journal:
    """An append-only JSON-lines file: each line is written and synced to disk *before* the step it
    records goes on, so that an interrupted run can be continued (or undone) from it.

    The first line is the run's header (``{"op": "start", ...}`` with the arguments); a re-run with
    other arguments is refused (:class:`JournalError`). A last line cut short by a crash is ignored.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "run.jsonl"
    >>> journal = Journal(path, {"workflow": "replace", "field": "title"})
    >>> journal.append({"op": "done", "metadata": "a" * 32})
    >>> [line["op"] for line in Journal(path, {"workflow": "replace", "field": "title"}).entries]
    ['done']
    """

    def __init__(self, path: str | os.PathLike[str] | None, header: Mapping[str, Any]) -> None:
        self.path = None if path is None else Path(path)
        self.header = dict(header)
        self.entries: list[dict[str, Any]] = []
        self.resumed = False
        """True when the journal already held steps of an earlier run."""
        self._lock = threading.Lock()
        if self.path is None:
            return
        if self.path.exists():
            lines = _read_lines(self.path)
            if lines:
                first, *rest = lines
                _check_header(self.path, first, self.header)
                self.entries = rest
                self.resumed = bool(rest)
                return
        self._write({"op": "start", **self.header, "started": utc_now()})

    def append(self, entry: Mapping[str, Any]) -> None:
        """Add one line (and keep it in :attr:`entries`)."""
        line = dict(entry)
        with self._lock:
            self.entries.append(line)
            if self.path is not None:
                self._write(line)

    def _write(self, line: Mapping[str, Any]) -> None:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n"
        with open(self.path, "a", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())

    def of(self, op: str) -> Iterator[dict[str, Any]]:
        """The lines of one ``op``."""
        return (entry for entry in list(self.entries) if entry.get("op") == op)


def _read_lines(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise JournalError(f"cannot read the journal {path}: {exc}") from exc
    raw_lines = text.splitlines()
    lines: list[dict[str, Any]] = []
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            if number == len(raw_lines) and not text.endswith("\n"):
                break  # the last line of a run cut short while writing it
            raise JournalError(f"line {number} of the journal {path} is not JSON") from None
        if not isinstance(value, dict):
            raise JournalError(f"line {number} of the journal {path} is not a JSON object")
        lines.append(value)
    return lines


def _check_header(path: Path, first: Mapping[str, Any], header: Mapping[str, Any]) -> None:
    if first.get("op") != "start":
        raise JournalError(f"{path} is not a journal of this client (no start line)")
    different = sorted(key for key, value in header.items() if first.get(key) != value)
    if different:
        shown = ", ".join(
            f"{key}: {first.get(key)!r} in the journal, {header[key]!r} now" for key in different
        )
        raise JournalError(
            f"{path} records another run ({shown}): continue it with the same arguments, or use a new journal"
        )


def read_journal(path: str | os.PathLike[str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(header, steps) of an existing journal (``isogeo replace --undo JOURNAL``).

    >>> read_journal("missing.jsonl")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: journal='missing.jsonl' is not accepted (no such file); ...
    """
    source = Path(path)
    if not source.is_file():
        raise InvalidInputError("journal", str(path), "an existing journal file", reason="no such file")
    lines = _read_lines(source)
    if not lines or lines[0].get("op") != "start":
        raise JournalError(f"{source} is not a journal of this client (no start line)")
    return lines[0], lines[1:]


def check_choice(argument: str, value: object, accepted: Iterable[str]) -> str:
    """``value`` if it is one of ``accepted``, else :class:`~isogeo.errors.InvalidInputError`.

    >>> check_choice("policy", "skip", ("create", "skip"))
    'skip'
    """
    choices = tuple(accepted)
    if not isinstance(value, str) or value not in choices:
        raise InvalidInputError(argument, value, choices)
    return value
