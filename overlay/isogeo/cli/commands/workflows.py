"""``isogeo backup``, ``isogeo duplicate`` and ``isogeo replace``: the workflows of
:mod:`isogeo.workflows` with a progress bar, a summary, and ``--report FILE`` (the JSON report).

* ``backup (--query Q | --group WG) --out DIR`` — re-running into ``DIR`` continues and skips the
  metadata that did not change;
* ``duplicate MD [--into WG] [--title-prefix P] [--policy reuse-or-create|create|skip]`` — the
  journal (``--journal``, by default ``duplicate-<MD>.jsonl``, removed once the copy is complete)
  lets the same command, run again after a failure, finish the same copy;
* ``replace (--query Q | --group WG) --field F --find X --replace Y [--regex]`` — shows the diff
  of every change and writes nothing; ``--apply`` writes, with a journal of old values
  (``--journal``, by default ``replace-<UTC time>.jsonl``); ``replace --undo JOURNAL`` puts them back.

>>> [policy.value for policy in PolicyChoice]
['reuse-or-create', 'create', 'skip']
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from isogeo.cli.exit_codes import CommandError, ExitCode
from isogeo.cli.output import progress_bar
from isogeo.cli.state import CliState, state_of
from isogeo.errors import IsogeoError
from isogeo.workflows import (
    REPLACEABLE_FIELDS,
    WorkflowReport,
    backup,
    diff_text,
    duplicate,
    replace,
    undo_replace,
)

__all__ = ["PolicyChoice", "ReplaceField"]  # the commands: their docstrings are their --help

ReplaceField = enum.StrEnum("ReplaceField", {name: name for name in REPLACEABLE_FIELDS})  # type: ignore[misc]


class PolicyChoice(enum.StrEnum):
    REUSE_OR_CREATE = "reuse-or-create"
    CREATE = "create"
    SKIP = "skip"


ReportOption = Annotated[
    Path | None,
    typer.Option("--report", metavar="FILE", dir_okay=False, help="Write the JSON report to FILE."),
]
ConcurrencyOption = Annotated[int, typer.Option("--concurrency", min=1, max=32, help="Requests at a time.")]


def _finish(state: CliState, report: WorkflowReport, report_file: Path | None) -> None:
    counts = (
        ", ".join(f"{count} {action}" for action, count in sorted(report.counts().items())) or "nothing to do"
    )
    state.say(
        f"{report.workflow}: {counts}" + (f"; report: {report_file}" if report_file else ""), style="dim"
    )
    if report_file is not None:
        report.write_json(report_file)


def _resumable(state: CliState, error: IsogeoError, journal: Path, again: str) -> CommandError:
    """The error of a run cut short, naming the journal that lets the same command continue it."""
    state.say(f"journal kept: {journal}; {again}", style="yellow")
    return CommandError(str(error), ExitCode.ERROR)


def backup_command(
    ctx: typer.Context,
    out: Annotated[
        Path, typer.Option("--out", "-o", file_okay=False, metavar="DIR", help="The backup folder.")
    ],
    query: Annotated[
        str | None, typer.Option("--query", "-q", metavar="Q", help="Metadata a search finds.")
    ] = None,
    group: Annotated[
        str | None, typer.Option("--group", "-g", metavar="WG", help="A workgroup's metadata.")
    ] = None,
    concurrency: ConcurrencyOption = 4,
    report_file: ReportOption = None,
) -> None:
    """Back up metadata (every sub-resource) and their workgroup's entities as JSON, with a manifest."""
    state = state_of(ctx)
    if query is None and group is None:
        raise typer.BadParameter("give --query Q or --group WG (or both)")
    isogeo = state.client()
    with progress_bar(state.err, "Backing up", unit="files") as update:
        try:
            report = backup(isogeo, out, query=query, group=group, concurrency=concurrency, progress=update)
        except IsogeoError as error:
            raise _resumable(
                state, error, out / "journal.jsonl", "run the same command again to continue"
            ) from error
    _finish(state, report, report_file)


def duplicate_command(
    ctx: typer.Context,
    metadata: Annotated[str, typer.Argument(metavar="MD", help="The metadata to copy (its id).")],
    into: Annotated[
        str | None, typer.Option("--into", metavar="WG", help="Target workgroup (default: the same).")
    ] = None,
    title_prefix: Annotated[str, typer.Option("--title-prefix", help="Put before the copy's title.")] = "",
    policy: Annotated[
        PolicyChoice, typer.Option(help="Contacts, licenses, specifications, catalogs of another workgroup.")
    ] = PolicyChoice.REUSE_OR_CREATE,
    journal: Annotated[
        Path | None,
        typer.Option("--journal", dir_okay=False, metavar="FILE", help="Default: duplicate-<MD>.jsonl."),
    ] = None,
    concurrency: ConcurrencyOption = 4,
    report_file: ReportOption = None,
) -> None:
    """Copy a metadata with all it has, into its workgroup or another one."""
    state = state_of(ctx)
    isogeo = state.client()
    path = journal or Path(f"duplicate-{metadata}.jsonl")
    with progress_bar(state.err, "Copying", unit="steps") as update:
        try:
            report = duplicate(
                isogeo,
                metadata,
                into=into,
                title_prefix=title_prefix,
                policy=policy.value,
                journal=path,
                concurrency=concurrency,
                progress=update,
            )
        except IsogeoError as error:
            raise _resumable(state, error, path, "run the same command again to finish this copy") from error
    if journal is None:
        path.unlink(missing_ok=True)
    state.out.print(escape(str(report.created[0].id)) if report.created else "")
    _finish(state, report, report_file)


def replace_command(
    ctx: typer.Context,
    query: Annotated[
        str | None, typer.Option("--query", "-q", metavar="Q", help="Metadata a search finds.")
    ] = None,
    group: Annotated[
        str | None, typer.Option("--group", "-g", metavar="WG", help="A workgroup's metadata.")
    ] = None,
    field: Annotated[ReplaceField | None, typer.Option("--field", help="The text field to change.")] = None,
    find: Annotated[
        str | None, typer.Option("--find", metavar="X", help="The text (or --regex) to find.")
    ] = None,
    replacement: Annotated[
        str | None, typer.Option("--replace", metavar="Y", help="What replaces it (\\1 with --regex).")
    ] = None,
    regex: Annotated[bool, typer.Option("--regex", help="--find is a regular expression.")] = False,
    apply: Annotated[
        bool, typer.Option("--apply", help="Write the changes (default: show them only).")
    ] = False,
    journal: Annotated[
        Path | None,
        typer.Option(
            "--journal", dir_okay=False, metavar="FILE", help="--apply: default replace-<time>.jsonl."
        ),
    ] = None,
    undo: Annotated[
        Path | None,
        typer.Option(
            "--undo", dir_okay=False, metavar="JOURNAL", help="Put back the values a journal recorded."
        ),
    ] = None,
    concurrency: ConcurrencyOption = 4,
    report_file: ReportOption = None,
) -> None:
    """Search and replace in a text field: a diff of every change, written only with --apply."""
    state = state_of(ctx)
    if undo is not None:
        isogeo = state.client()
        with progress_bar(state.err, "Undoing", unit="metadata") as update:
            report = undo_replace(isogeo, undo, concurrency=concurrency, progress=update)
        _finish(state, report, report_file)
        return
    missing = [
        name
        for name, value in (("--field", field), ("--find", find), ("--replace", replacement))
        if value is None
    ]
    if missing:
        raise typer.BadParameter(f"{', '.join(missing)} needed (or --undo JOURNAL)")
    if query is None and group is None:
        raise typer.BadParameter("give --query Q or --group WG (or both)")
    assert field is not None and find is not None and replacement is not None
    path = None
    if apply:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        path = journal or Path(f"replace-{stamp}.jsonl")
    isogeo = state.client()
    with progress_bar(state.err, "Replacing" if apply else "Previewing", unit="metadata") as update:
        try:
            report = replace(
                isogeo,
                query=query,
                group=group,
                field=str(field),
                find=find,
                replacement=replacement,
                regex=regex,
                apply=apply,
                journal=path,
                concurrency=concurrency,
                progress=update,
            )
        except IsogeoError as error:
            if path is None:
                raise
            raise _resumable(
                state, error, path, f"run the same command with --journal {path} to continue"
            ) from error
    for entry in report.changed:
        state.out.print(
            f"# {entry.id} {entry.detail.get('title') or ''}".rstrip(), markup=False, highlight=False
        )
        state.out.print(
            diff_text(str(field), entry.detail.get("old"), entry.detail.get("new")),
            end="",
            markup=False,
            highlight=False,
        )
    if not apply:
        state.say(f"dry run: {len(report.changed)} metadata would change; --apply writes them", style="dim")
    else:
        state.say(f"journal: {path} (to undo: isogeo replace --undo {path})", style="dim")
    _finish(state, report, report_file)
