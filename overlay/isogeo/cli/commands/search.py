"""``isogeo search [QUERY]``: one page of results, or every result with a progress bar (``--all``).

Columns (table and CSV) are named by the JSON key they hold: ``_modified`` is the record's last
change, ``modified`` the data's (both only when the server gave them); ``--columns`` picks them.

>>> [column.header for column in SEARCH_COLUMNS]
['_id', 'title', 'type', 'format', '_modified']
>>> [column.header for column in columns_named("_id, modified,_creator.name")]
['_id', 'modified', '_creator.name']
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any

import typer

from isogeo.cli.output import Column, OutputFormat, format_for, progress_bar, render
from isogeo.cli.state import state_of
from isogeo.metadata_helpers import title_or_name

__all__ = ["SEARCH_COLUMNS", "include_list"]  # the command's docstring is its --help text


SEARCH_COLUMNS = (
    Column.key("_id"),
    Column("title", lambda record: title_or_name(dict(record))),
    Column.key("type"),
    Column.key("format"),
    Column.key("_modified", in_table=False),
)


def columns_named(spec: str) -> tuple[Column, ...]:
    """The columns of ``--columns``: comma-separated JSON keys, a dot for a nested one
    (``_creator.name``); ``title`` falls back to the record's name, as in the default columns."""
    names = [name.strip() for name in spec.split(",") if name.strip()]
    if not names:
        raise typer.BadParameter("name at least one column, e.g. --columns _id,title,_modified")
    return tuple(
        SEARCH_COLUMNS[1] if name == "title" else Column.key(name, *name.split(".")) for name in names
    )


FormatOption = Annotated[
    OutputFormat | None,
    typer.Option("--format", "-f", help="table, json, jsonl or csv (default: from --out, else table)."),
]
OutOption = Annotated[
    Path | None,
    typer.Option(
        "--out", "-o", dir_okay=False, metavar="FILE", help="Write to FILE instead of the terminal."
    ),
]
IncludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--include",
        "-i",
        metavar="NAME",
        help="Sub-resources to add: links, contacts, keywords... (repeat, or comma-separate), or all.",
    ),
]


def include_list(values: list[str] | None) -> list[str] | str | None:
    """``--include`` values: repeated and/or comma-separated; ``all`` alone means everything.

    >>> include_list(["links,contacts", "keywords"]), include_list(["all"]), include_list(None)
    (['links', 'contacts', 'keywords'], 'all', None)
    """
    if not values:
        return None
    names = [name.strip() for value in values for name in value.split(",") if name.strip()]
    return "all" if names == ["all"] else names


def search(
    ctx: typer.Context,
    query: Annotated[
        str | None,
        typer.Argument(
            metavar="QUERY", help="Free terms and filters, e.g. 'type:vector-dataset format:shp eau'."
        ),
    ] = None,
    include: IncludeOption = None,
    whole: Annotated[
        bool, typer.Option("--all", help="Every result (pages of 100, 5 at a time, with a progress bar).")
    ] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=0, max=100, help="One page: its size (default 20).")
    ] = None,
    offset: Annotated[int | None, typer.Option(min=0, help="One page: index of its first result.")] = None,
    order_by: Annotated[
        str | None, typer.Option(help="title, created, modified, _created, _modified or relevance.")
    ] = None,
    order_dir: Annotated[str | None, typer.Option(help="asc or desc.")] = None,
    group: Annotated[
        str | None, typer.Option("--group", "-g", metavar="WORKGROUP", help="Only this workgroup's metadata.")
    ] = None,
    share: Annotated[
        str | None, typer.Option("--share", metavar="SHARE_ID", help="Only this share's metadata.")
    ] = None,
    fmt: FormatOption = None,
    out: OutOption = None,
    columns: Annotated[
        str | None,
        typer.Option(
            "--columns",
            "-c",
            metavar="KEYS",
            help="Table and CSV columns: JSON keys, comma-separated (default _id,title,type,format,"
            "_modified; _modified is the record's change, modified the data's; _creator.name nests).",
        ),
    ] = None,
) -> None:
    """Search metadata: one page (--limit, --offset) or every result (--all)."""
    state = state_of(ctx)
    if whole and (limit is not None or offset is not None):
        raise typer.BadParameter("--limit and --offset choose one page; --all returns every result")
    given = {"order_by": order_by, "order_dir": order_dir, "group": group, "share": share}
    options: dict[str, Any] = {
        "query": query or "",
        "include": include_list(include),
        **{name: value for name, value in given.items() if value is not None},
    }
    isogeo = state.client()
    started = time.perf_counter()
    if whole:
        with progress_bar(state.err, "Searching", unit="results") as update:
            results = isogeo.search.all(**options, progress=update)
        summary = f"{len(results.results)} results in {time.perf_counter() - started:.1f} s"
    else:
        results = isogeo.search(**options, page_size=20 if limit is None else limit, offset=offset or 0)
        first = results.offset if isinstance(results.offset, int) else 0
        shown = len(results.results)
        summary = (
            f"results {first + 1}-{first + shown} of {results.total}"
            if shown
            else f"{results.total} results, none on this page"
        )
    chosen = format_for(fmt, out)
    shown_columns = SEARCH_COLUMNS if columns is None else columns_named(columns)
    render(results, shown_columns, chosen, console=state.out, out=out)
    state.say(summary + (f", written to {out} ({chosen})" if out else ""), style="dim")
