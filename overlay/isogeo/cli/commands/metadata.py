"""``isogeo metadata get ID`` and ``isogeo metadata export-xml (ID...|--query Q) --out DIR``.

``export-xml`` writes ``DIR/{id}.xml`` (ISO 19139) for each metadata, ``--concurrency`` at a time
(4 by default), with a progress bar. It is **resumable**: a file already in ``DIR`` is skipped,
and since each file is written under a hidden partial name and renamed once complete
(:func:`isogeo.files.write_chunks`), a file that exists is a complete one; partial files left by
an interrupted run are removed. Files are named by identifier (not title) so that a second run
finds them. ``--overwrite`` exports every file again (the same rule as ``links download``: what
is already there is skipped unless ``--overwrite``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

from isogeo.cli.commands.search import FormatOption, IncludeOption, OutOption, include_list
from isogeo.cli.exit_codes import ExitCode, exit_code_for
from isogeo.cli.output import format_for, progress_bar, render_record, value_text
from isogeo.cli.state import CliState, state_of
from isogeo.client import Isogeo
from isogeo.errors import IsogeoError, NotFoundError
from isogeo.ids import normalize_id
from isogeo.metadata_helpers import owner_workgroup_name, title_or_name

__all__ = ["ExportReport", "app", "export_one", "sub_resource_rows"]  # commands: docstrings are --help

app = typer.Typer(help="Read metadata and export them as ISO 19139 XML.", no_args_is_help=True)

_LABEL_KEYS = ("title", "name", "text", "code", "label", "description", "_id")


def _label(item: object) -> str:
    if not isinstance(item, Mapping):
        return value_text(item)
    for nested in ("contact", "license", "specification", "keyword"):
        if isinstance(item.get(nested), Mapping):
            inner = _label(item[nested])
            role = item.get("role")
            return f"{inner} ({role})" if role else inner
    if item.get("kind") and item.get("date"):  # an event
        return f"{item['kind']} {str(item['date'])[:10]}"
    return next((value_text(item[key]) for key in _LABEL_KEYS if item.get(key)), "")


def sub_resource_rows(record: Mapping[str, Any]) -> list[tuple[str, str]]:
    """One row per list in ``record`` (keywords, contacts, links...): its size and the labels it holds.

    >>> sub_resource_rows({"keywords": [{"text": "eau"}, {"text": "réseau"}], "links": []})
    [('keywords (2)', 'eau, réseau'), ('links (0)', '')]
    """
    return [
        (f"{key} ({len(value)})", ", ".join(filter(None, (_label(item) for item in value))))
        for key, value in record.items()
        if isinstance(value, list) and not key.startswith("_")
    ]


def _summary_rows(record: Mapping[str, Any]) -> list[tuple[str, object]]:
    abstract = record.get("abstract") or ""
    rows: list[tuple[str, object]] = [
        ("_id", record.get("_id")),
        ("title", title_or_name(dict(record))),
        ("type", record.get("type")),
        ("format", record.get("format")),
        ("owner", owner_workgroup_name(dict(record))),
        ("_created", record.get("_created")),
        ("_modified", record.get("_modified")),
        ("abstract", abstract if len(abstract) <= 300 else abstract[:299] + "…"),
    ]
    return [*rows, *sub_resource_rows(record)]


@app.command("get")
def get(
    ctx: typer.Context,
    metadata_id: Annotated[str, typer.Argument(metavar="ID", help="The metadata's identifier.")],
    include: IncludeOption = None,
    fmt: FormatOption = None,
    out: OutOption = None,
) -> None:
    """Show one metadata; --include all adds every sub-resource."""
    state = state_of(ctx)
    record = state.client().metadata.get(metadata_id, include=include_list(include)).to_dict()
    render_record(
        record,
        _summary_rows(record),
        format_for(fmt, out),
        console=state.out,
        out=out,
        title=title_or_name(record),
    )


@dataclass
class ExportReport:
    """What ``export-xml`` did: ids written, skipped (already there), missing (404) and failed."""

    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    failed: list[tuple[str, BaseException]] = field(default_factory=list)

    def exit_code(self) -> ExitCode:
        """1 (or 3...) for a failure, 4 when only missing ids, else 0.

        >>> ExportReport(written=["a"], missing=["b"]).exit_code().name
        'NOT_FOUND'
        """
        if self.failed:
            return exit_code_for(self.failed[0][1])
        return ExitCode.NOT_FOUND if self.missing else ExitCode.OK


def export_one(isogeo: Isogeo, metadata_id: str, folder: Path, *, overwrite: bool = False) -> bool:
    """Write ``folder/{id}.xml`` unless it is already there (or ``overwrite``); True when written.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / ("a" * 32 + ".xml")).write_text("<done/>")
    >>> export_one(None, "a" * 32, folder)  # already there: nothing is asked of the client
    False
    """
    target = folder / f"{metadata_id}.xml"
    if target.exists() and not overwrite:
        return False
    for stale in folder.glob(f".{target.name}.*.part"):  # left by an interrupted run
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    isogeo.metadata.export_xml(metadata_id, target, if_exists="overwrite")
    return True


def _ids_to_export(state: CliState, ids: Sequence[str], query: str | None) -> list[str]:
    if query is None:
        return list(dict.fromkeys(normalize_id(value, argument="ID") for value in ids))
    with progress_bar(state.err, "Searching", unit="results") as update:
        found = state.client().search.all(query=query, progress=update)
    return [md.sys_id for md in found.results]


def _export(
    state: CliState, ids: list[str], folder: Path, concurrency: int, *, overwrite: bool = False
) -> ExportReport:
    report = ExportReport()
    isogeo = state.client()
    folder.mkdir(parents=True, exist_ok=True)
    with (
        progress_bar(state.err, "Exporting", total=len(ids), unit="files") as update,
        ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="isogeo-export") as pool,
    ):
        futures = {pool.submit(export_one, isogeo, key, folder, overwrite=overwrite): key for key in ids}
        try:
            for done, future in enumerate(as_completed(futures), start=1):
                key = futures[future]
                try:
                    (report.written if future.result() else report.skipped).append(key)
                except NotFoundError:
                    report.missing.append(key)
                except (IsogeoError, OSError) as error:
                    report.failed.append((key, error))
                update(done, len(ids))
        except BaseException:  # Ctrl-C: do not start the others; finished files stay
            pool.shutdown(cancel_futures=True)
            raise
    return report


@app.command("export-xml")
def export_xml(
    ctx: typer.Context,
    out: Annotated[
        Path, typer.Option("--out", "-o", file_okay=False, metavar="DIR", help="Folder of the XML files.")
    ],
    ids: Annotated[
        list[str] | None, typer.Argument(metavar="[ID]...", help="Identifiers of the metadata to export.")
    ] = None,
    query: Annotated[
        str | None, typer.Option("--query", "-q", metavar="Q", help="Export every result of this search.")
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=16, help="Files downloaded at once.")] = 4,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Export again the files already there (else skipped).")
    ] = False,
) -> None:
    """Export metadata as ISO 19139 XML files (DIR/{id}.xml); files already there are skipped."""
    state = state_of(ctx)
    if bool(ids) == (query is not None):
        problem = "not both" if ids else "one of them"
        raise typer.BadParameter(f"give identifiers or --query, {problem}", param_hint="ID / --query")
    report = _export(state, _ids_to_export(state, ids or [], query), out, concurrency, overwrite=overwrite)
    state.say(
        f"{len(report.written)} exported, {len(report.skipped)} already there, "
        f"{len(report.missing)} not found, {len(report.failed)} failed: {out}",
        style="dim",
    )
    for key, error in report.failed:
        state.say(f"  {key}: {error}", style="red")
    if report.missing:
        state.say("not found: " + ", ".join(report.missing), style="red")
    code = report.exit_code()
    if code is not ExitCode.OK:
        raise typer.Exit(int(code))
