"""``isogeo contacts list WORKGROUP``: a workgroup's address book, searched, filtered and ordered.

``--search`` keeps the cards whose name, organization, e-mail or city hold every word (accents
and case ignored), ``--type`` one type, ``--order`` sorts by name; as in
:meth:`isogeo.resources.contacts.Contacts.list`, they apply to the API's whole answer.

>>> [column.header for column in CONTACT_COLUMNS]
['_id', 'name', 'type', 'organization', 'email', 'city']
"""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from isogeo.cli.commands.search import FormatOption, OutOption
from isogeo.cli.output import Column, format_for, render
from isogeo.cli.state import state_of

__all__ = ["CONTACT_COLUMNS", "app"]  # the command's docstring is its --help text

app = typer.Typer(help="Contacts of a workgroup's address book.", no_args_is_help=True)

CONTACT_COLUMNS = (
    Column.key("_id"),
    Column.key("name"),
    Column.key("type"),
    Column.key("organization", in_table=False),
    Column.key("email"),
    Column.key("city", in_table=False),
)


class ContactTypeChoice(enum.StrEnum):
    CUSTOM = "custom"
    GROUP = "group"
    USER = "user"


class OrderChoice(enum.StrEnum):
    NAME = "name"
    DESCENDING = "-name"


@app.command("list")
def list_contacts(
    ctx: typer.Context,
    workgroup: Annotated[str, typer.Argument(metavar="WORKGROUP", help="The workgroup's identifier.")],
    search: Annotated[
        str | None,
        typer.Option("--search", "-s", metavar="TEXT", help="Words of name, organization, e-mail, city."),
    ] = None,
    contact_type: Annotated[ContactTypeChoice | None, typer.Option("--type", help="Only this type.")] = None,
    order: Annotated[OrderChoice | None, typer.Option(help="Sort by name (-name: descending).")] = None,
    fmt: FormatOption = None,
    out: OutOption = None,
) -> None:
    """List the contacts of a workgroup (its address book and the cards shared with it)."""
    state = state_of(ctx)
    found = state.client().contacts.list(
        workgroup,
        search=search,
        type=None if contact_type is None else contact_type.value,
        order=None if order is None else ("name" if order is OrderChoice.NAME else "-name"),
    )
    chosen = format_for(fmt, out)
    render(found, CONTACT_COLUMNS, chosen, console=state.out, out=out)
    state.say(f"{len(found)} contacts" + (f", written to {out} ({chosen})" if out else ""), style="dim")
