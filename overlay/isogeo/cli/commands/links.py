"""``isogeo links download ID --out DIR``: the hosted data of a metadata, streamed to disk.

Each hosted file is streamed in chunks (memory stays flat) with a progress bar, written under a
hidden partial name and renamed once complete, under the safe name the server gives
(``Content-Disposition``, cleaned: it cannot leave ``DIR``). A metadata without hosted data (or
without the ``--link`` asked for) exits with code 4.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any

import typer

from isogeo.cli.exit_codes import CommandError, ExitCode
from isogeo.cli.output import emit, progress_bar
from isogeo.cli.state import state_of
from isogeo.files import DownloadedFile, human_size, target_path, write_chunks
from isogeo.ids import normalize_id
from isogeo.resources._common import value_of
from isogeo_api.models import Link

__all__ = ["app", "is_hosted"]  # the command's docstring is its --help text

app = typer.Typer(help="Links of a metadata: download hosted data.", no_args_is_help=True)


class IfExists(enum.StrEnum):
    RENAME = "rename"
    OVERWRITE = "overwrite"
    ERROR = "error"


def is_hosted(link: Link | Mapping[str, Any]) -> bool:
    """Whether a link (a model or its API dict) is a hosted file (``type: hosted``).

    >>> is_hosted({"type": "hosted"}), is_hosted({"type": "url"})
    (True, False)
    """
    kind = link.get("type") if isinstance(link, Mapping) else value_of(link.type_)
    return str(value_of(kind)) == "hosted"


def _counting(chunks: Iterator[bytes], update: Any, total: int | None) -> Iterator[bytes]:
    done = 0
    for chunk in chunks:
        done += len(chunk)
        update(done, total)
        yield chunk


@app.command("download")
def download(
    ctx: typer.Context,
    out: Annotated[
        Path, typer.Option("--out", "-o", file_okay=False, metavar="DIR", help="Folder of the files.")
    ],
    metadata_id: Annotated[str, typer.Argument(metavar="ID", help="The metadata's identifier.")],
    link_id: Annotated[
        str | None, typer.Option("--link", metavar="LINK_ID", help="Only this hosted link.")
    ] = None,
    if_exists: Annotated[
        IfExists,
        typer.Option(
            help="When a different file of that name exists: rename (name (1).zip), overwrite, error."
        ),
    ] = IfExists.RENAME,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Download again the files already there (else skipped).")
    ] = False,
) -> None:
    """Download the hosted data of a metadata into DIR; a file already there (same name, same size)
    is skipped, so that a second run downloads nothing (--overwrite downloads it again)."""
    state = state_of(ctx)
    key = normalize_id(metadata_id, argument="ID")
    wanted = None if link_id is None else normalize_id(link_id, argument="--link")
    isogeo = state.client()
    links = isogeo.links.list(key)
    hosted = [link for link in links if is_hosted(link) and wanted in (None, link.sys_id)]
    if not hosted:
        what = f"no hosted link {wanted}" if wanted else "no hosted data"
        raise CommandError(f"metadata {key} has {what} ({len(links)} links)", ExitCode.NOT_FOUND)
    saved: list[DownloadedFile] = []
    skipped: list[Path] = []
    for link in hosted:
        with isogeo.links.stream_hosted(link, metadata_id=key) as stream:
            there = target_path(out, stream.filename, if_exists="overwrite")
            if not overwrite and _already_there(there, stream.size):
                skipped.append(there)
                continue
            rule = IfExists.OVERWRITE if overwrite else if_exists
            target = target_path(out, stream.filename, if_exists=rule.value)
            with progress_bar(state.err, stream.filename, total=stream.size, unit="bytes") as update:
                size = write_chunks(_counting(iter(stream.iter_bytes()), update, stream.size), target)
        saved.append(DownloadedFile(target, target.name, stream.raw_filename, size, human_size(size) or "0"))
    emit("".join(f"{file.path}\t{file.human_size}\n" for file in saved), console=state.out)
    if skipped:
        state.say(
            f"{len(skipped)} already there (same name and size), skipped: "
            + ", ".join(path.name for path in skipped)
            + " (--overwrite downloads again)",
            style="dim",
        )


def _already_there(path: Path, size: int | None) -> bool:
    """A complete copy is there: downloads are written whole or not at all, so a file of the
    announced size is the file (without a size, a file of that name is)."""
    return path.is_file() and (size is None or path.stat().st_size == size)
