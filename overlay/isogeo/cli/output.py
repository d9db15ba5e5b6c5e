"""How ``isogeo`` prints what it got: a rich table, JSON, JSON lines or CSV, to the terminal or ``--out``.

Data goes to standard output (or the ``--out`` file); messages and progress bars go to standard
error, so that ``isogeo search --format jsonl > results.jsonl`` holds only data.

* ``table`` — the columns a person reads (rich; cut to the terminal's width);
* ``csv`` — the same columns, every value in full;
* ``json`` / ``jsonl`` — whole records with the API's keys (``_id``, ``formatVersion``...),
  unknown fields included: what :func:`isogeo.export.to_jsonl` writes.
"""

from __future__ import annotations

import csv
import enum
import io
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from isogeo.export import to_records

__all__ = [
    "Column",
    "OutputFormat",
    "emit",
    "emit_table",
    "format_for",
    "progress_bar",
    "record_table",
    "render",
    "render_record",
    "value_text",
]


class OutputFormat(enum.StrEnum):
    """``--format`` values."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


_SUFFIXES = {
    ".json": OutputFormat.JSON,
    ".jsonl": OutputFormat.JSONL,
    ".ndjson": OutputFormat.JSONL,
    ".csv": OutputFormat.CSV,
}


def format_for(chosen: OutputFormat | None, out: Path | None) -> OutputFormat:
    """``--format`` if given, else guessed from the ``--out`` suffix, else ``table``.

    >>> format_for(None, Path("results.jsonl")), format_for(None, None), format_for(OutputFormat.CSV, None)
    (<OutputFormat.JSONL: 'jsonl'>, <OutputFormat.TABLE: 'table'>, <OutputFormat.CSV: 'csv'>)
    """
    if chosen is not None:
        return chosen
    if out is not None:
        return _SUFFIXES.get(out.suffix.lower(), OutputFormat.TABLE)
    return OutputFormat.TABLE


@dataclass(frozen=True)
class Column:
    """One column of the table and CSV outputs: a header and how to read it from an API record."""

    header: str
    read: Callable[[Mapping[str, Any]], object]
    in_table: bool = True
    """False: in the CSV only (the table keeps to what fits a terminal)."""

    @classmethod
    def key(cls, header: str, *path: str, in_table: bool = True) -> Column:
        """A column reading ``record[path[0]][path[1]]...`` (empty when absent).

        >>> Column.key("owner", "_creator", "name").read({"_creator": {"name": "SIG"}})
        'SIG'
        """
        keys = path or (header,)

        def read(record: Mapping[str, Any]) -> object:
            value: object = record
            for key in keys:
                value = value.get(key) if isinstance(value, Mapping) else None
            return value

        return cls(header, read, in_table)


def value_text(value: object) -> str:
    """A cell: empty for None, ``a, b`` for a list, compact JSON for an object.

    >>> value_text(None), value_text(["shp", "gpkg"]), value_text({"code": "2154"}), value_text(12)
    ('', 'shp, gpkg', '{"code": "2154"}', '12')
    """
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value_text(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return str(value)


_WRAPPED = frozenset({"title", "name", "organization", "email", "abstract", "value"})


def _table(records: Sequence[Mapping[str, Any]], columns: Sequence[Column], title: str | None) -> Table:
    shown = [column for column in columns if column.in_table]
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    for column in shown:
        if column.header in _WRAPPED:  # long text wraps; identifiers, codes and dates stay whole
            table.add_column(column.header, overflow="fold", ratio=1, min_width=12)
        else:
            table.add_column(column.header, no_wrap=True, overflow="ellipsis")
    for record in records:
        table.add_row(*(value_text(column.read(record)) for column in shown))
    return table


def _text(records: Sequence[Mapping[str, Any]], columns: Sequence[Column], fmt: OutputFormat) -> str:
    if fmt is OutputFormat.JSON:
        return json.dumps(list(records), ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt is OutputFormat.JSONL:
        return "".join(json.dumps(record, ensure_ascii=False, default=str) + "\n" for record in records)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([column.header for column in columns])
    for record in records:
        writer.writerow([value_text(column.read(record)) for column in columns])
    return buffer.getvalue()


def emit(text: str, *, console: Console, out: Path | None = None) -> None:
    """Write ``text`` to ``out`` (UTF-8, created or replaced) or to the console's stream.

    >>> emit("a,b\\n", console=Console())
    a,b
    """
    if out is None:
        console.file.write(text)
        console.file.flush()
    else:
        out.write_text(text, encoding="utf-8", newline="")


def emit_table(table: Table, *, console: Console, out: Path | None = None) -> None:
    """Print a rich table on the console, or as plain text (200 columns) to ``out``.

    >>> emit_table(Table("name"), console=Console(width=40, force_terminal=False))
    ┏━━━━━━┓
    ┃ name ┃
    ┡━━━━━━┩
    └──────┘
    """
    if out is None:
        console.print(table)
        return
    with out.open("w", encoding="utf-8") as handle:
        Console(file=handle, width=200, force_terminal=False).print(table)


def render(
    items: object,
    columns: Sequence[Column],
    fmt: OutputFormat,
    *,
    console: Console,
    out: Path | None = None,
    title: str | None = None,
) -> int:
    """Print ``items`` (models, dicts or a search answer) in ``fmt`` to ``console`` or to ``out``;
    returns how many were written.

    >>> render([{"_id": "a" * 32, "name": "SIG"}], [Column.key("name")], OutputFormat.CSV,
    ...        console=Console(force_terminal=False))
    name
    SIG
    1
    """
    records = to_records(items)
    if fmt is OutputFormat.TABLE:
        emit_table(_table(records, columns, title), console=console, out=out)
    else:
        emit(_text(records, columns, fmt), console=console, out=out)
    return len(records)


def render_record(
    record: Mapping[str, Any],
    rows: Sequence[tuple[str, object]],
    fmt: OutputFormat,
    *,
    console: Console,
    out: Path | None = None,
    title: str | None = None,
) -> None:
    """One record: ``rows`` as a (field, value) table or CSV; the whole ``record`` as JSON (an
    object) or one JSON line.

    >>> render_record({"_id": "a" * 32}, [("id", "a" * 32)], OutputFormat.JSON, console=Console())
    {
      "_id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    }
    """
    if fmt is OutputFormat.TABLE:
        emit_table(record_table(rows, title=title), console=console, out=out)
    elif fmt is OutputFormat.CSV:
        pairs = [{"field": field, "value": value} for field, value in rows]
        emit(_text(pairs, [Column.key("field"), Column.key("value")], fmt), console=console, out=out)
    elif fmt is OutputFormat.JSON:
        emit(json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n", console=console, out=out)
    else:
        emit(_text([record], [], fmt), console=console, out=out)


def record_table(rows: Sequence[tuple[str, object]], *, title: str | None = None) -> Table:
    """A two-column (field, value) table for one record (``metadata get``, ``whoami``).

    >>> Console(width=60, force_terminal=False).print(record_table([("title", "Communes")]))
    ┏━━━━━━━┳━━━━━━━━━━┓
    ┃ field ┃ value    ┃
    ┡━━━━━━━╇━━━━━━━━━━┩
    │ title │ Communes │
    └───────┴──────────┘
    """
    table = Table(title=title, title_justify="left")
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    for field, value in rows:
        table.add_row(field, value_text(value))
    return table


ProgressUpdate = Callable[[int, int | None], None]
"""``update(completed, total)``: moves a progress bar to ``completed`` of ``total``."""


@contextmanager
def progress_bar(
    console: Console, description: str, *, total: int | None = None, unit: str = "items"
) -> Iterator[ProgressUpdate]:
    """A rich progress bar on ``console`` (standard error), driven by ``update(completed, total)``.

    ``unit="bytes"`` shows sizes and speed. On a terminal the bar is redrawn in place; elsewhere
    (a CI log, a pipe) it is printed once, finished.

    >>> with progress_bar(Console(force_terminal=False, width=70), "pages", total=3) as update:
    ...     update(3, 3)  # doctest: +ELLIPSIS
    pages ... 3/3 ...
    """
    amount = (
        (DownloadColumn(), TransferSpeedColumn())
        if unit == "bytes"
        else (MofNCompleteColumn(), TaskProgressColumn())
    )
    columns = (TextColumn("{task.description}"), BarColumn(), *amount, TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(description, total=total)

        def update(completed: int, new_total: int | None) -> None:
            progress.update(task, completed=completed, total=new_total if new_total is not None else total)

        yield update
