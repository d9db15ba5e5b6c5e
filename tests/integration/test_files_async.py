"""Files against the sandbox (AsyncIsogeo): ISO 19139 XML export and hosted data, streamed to disk in
chunks under safe names, uploads with progress.

Written async; tools/derive_sync.py derives test_files.py from this file.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.etree import ElementTree

import pytest

from isogeo.errors import APIConnectionError, InvalidInputError, MalformedResponseError, NotFoundError
from isogeo_api.models import Link
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import async_sandbox_client, calls

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


def _raw(sandbox: SandboxHandle, path: str) -> bytes:
    with sandbox.user() as http:
        response = http.get(path)
        response.raise_for_status()
        return response.content


def _files(folder: Path) -> list[str]:
    """Everything under ``folder`` (relative paths, sorted); [] when it does not exist."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) if folder.exists() else []


def _data_file(folder: Path, size: int, name: str = "communes.zip") -> Path:
    path = folder / name
    path.write_bytes(os.urandom(size))
    return path


async def test_xml_export_goes_to_a_folder_or_a_path(sandbox: SandboxHandle, tmp_path: Path) -> None:
    md_id = sandbox.info["metadata"]["complete"]
    expected = _raw(sandbox, f"/resources/{md_id}.xml")

    async with async_sandbox_client(sandbox) as isogeo:
        record = await isogeo.metadata.get(md_id)
        by_id = await isogeo.metadata.export_xml(md_id, tmp_path)
        by_record = await isogeo.metadata.export_xml(record, tmp_path)
        to_path = await isogeo.metadata.export_xml(md_id, tmp_path / "exports" / "complete.xml")
        new_folder = await isogeo.metadata.export_xml(md_id, tmp_path / "new folder")

    assert by_id.path == tmp_path / f"{md_id}.xml"
    assert by_record.path.parent == tmp_path and by_record.filename.endswith(".xml")
    assert by_record.filename.startswith(str(record.title)[:5])
    assert to_path.path == tmp_path / "exports" / "complete.xml"
    assert new_folder.path == tmp_path / "new folder" / f"{md_id}.xml"
    for saved in (by_id, by_record, to_path, new_folder):
        assert saved.path.read_bytes() == expected and saved.size == len(expected)
    ElementTree.fromstring(expected)  # noqa: S314 - the sandbox's own output


async def test_xml_export_renames_instead_of_overwriting(sandbox: SandboxHandle, tmp_path: Path) -> None:
    md_id = sandbox.info["metadata"]["vector"]

    async with async_sandbox_client(sandbox) as isogeo:
        first = await isogeo.metadata.export_xml(md_id, tmp_path)
        second = await isogeo.metadata.export_xml(md_id, tmp_path)
        with pytest.raises(FileExistsError):
            await isogeo.metadata.export_xml(md_id, tmp_path, if_exists="error")

    assert (first.filename, second.filename) == (f"{md_id}.xml", f"{md_id} (1).xml")


async def test_download_xml_streams_the_document(sandbox: SandboxHandle) -> None:
    md_id = sandbox.info["metadata"]["raster"]
    expected = _raw(sandbox, f"/resources/{md_id}.xml")

    async with (
        async_sandbox_client(sandbox, kind="group") as isogeo,
        isogeo.metadata.download_xml(md_id) as xml,
    ):
        chunks = [chunk async for chunk in xml.aiter_bytes(1024)]
        name = xml.filename

    assert b"".join(chunks) == expected and len(chunks) == -(-len(expected) // 1024)
    assert name == f"{md_id}.xml"


async def test_an_upload_reports_progress_and_downloads_identical(
    fresh_sandbox: SandboxHandle, tmp_path: Path
) -> None:
    md_id = fresh_sandbox.info["metadata"]["vector"]
    source = _data_file(tmp_path, 3 * 1024 * 1024 + 17)
    progress: list[tuple[int, int | None]] = []

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        link = await isogeo.links.upload_hosted(
            md_id, source, progress=lambda sent, total: progress.append((sent, total))
        )
        saved = await isogeo.links.download_hosted(link, tmp_path / "downloads")

    size = source.stat().st_size
    assert link.type_ == "hosted" and link.size == size and link.title == "communes.zip"
    assert progress[-1] == (size, size) and len(progress) > 2
    assert [sent for sent, _ in progress] == sorted(sent for sent, _ in progress)
    assert (
        saved.path == tmp_path / "downloads" / "communes.zip"
        and saved.path.read_bytes() == source.read_bytes()
    )
    assert (saved.size, saved.human_size) == (size, "3.0 Mo")


async def test_a_hostile_server_name_lands_inside_the_folder_under_a_safe_name(
    fresh_sandbox: SandboxHandle, tmp_path: Path
) -> None:
    md_id = fresh_sandbox.info["metadata"]["vector"]
    out_dir = tmp_path / "jail" / "downloads"
    source = _data_file(tmp_path, 4096, "innocent.csv")

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        uploaded = await isogeo.links.upload_hosted(md_id, source)
        hostile = await isogeo.links.update(md_id, {**uploaded.to_dict(), "fileName": "../../etc/passwd"})
        async with isogeo.links.stream_hosted(hostile) as stream:
            header = stream.response.headers["content-disposition"]
        saved = await isogeo.links.download_hosted(hostile, out_dir)

    assert 'filename="../../etc/passwd"' in header  # what the server really sent
    assert saved.raw_filename == "../../etc/passwd"
    assert saved.path == out_dir / "etcpasswd" and saved.path.read_bytes() == source.read_bytes()
    assert _files(tmp_path) == [
        "innocent.csv",
        "jail",
        "jail/downloads",
        "jail/downloads/etcpasswd",
    ]


async def test_uploads_to_a_service_are_refused_before_sending(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    source = _data_file(tmp_path, 10)
    before = calls(sandbox, "createMetadataLink")

    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError, match="service"):
            await isogeo.links.upload_hosted(sandbox.info["metadata"]["service"], source)

    assert calls(sandbox, "createMetadataLink") == before


async def test_only_hosted_links_have_a_file(sandbox: SandboxHandle, tmp_path: Path) -> None:
    url_link = Link.from_dict(
        {"_id": "5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f", "type": "url", "url": "https://x.org"}
    )
    before = sandbox.stats()["requests"]

    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError, match="hosted"):
            await isogeo.links.download_hosted(url_link, tmp_path)

    assert sandbox.stats()["requests"] == before and _files(tmp_path) == []


async def test_a_deleted_hosted_file_is_a_typed_error_and_leaves_nothing(
    fresh_sandbox: SandboxHandle, tmp_path: Path
) -> None:
    md_id = fresh_sandbox.info["metadata"]["raster"]
    source = _data_file(tmp_path, 100, "gone.zip")

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        link = await isogeo.links.upload_hosted(md_id, source)
        await isogeo.links.delete(md_id, link)
        with pytest.raises(NotFoundError):
            await isogeo.links.download_hosted(link, tmp_path / "out")

    assert _files(tmp_path / "out") == []


async def test_an_interrupted_download_leaves_no_partial_file(
    fresh_sandbox: SandboxHandle, tmp_path: Path
) -> None:
    md_id = fresh_sandbox.info["metadata"]["vector"]
    source = _data_file(tmp_path, 256 * 1024, "big.zip")

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        link = await isogeo.links.upload_hosted(md_id, source)
        fresh_sandbox.faults("truncate,operation=downloadHostedLink")
        with pytest.raises(APIConnectionError):
            await isogeo.links.download_hosted(link, tmp_path / "out")

    assert _files(tmp_path / "out") == []


@pytest.mark.parametrize("fault", ["html", "invalid-json"])
async def test_a_download_that_is_not_the_file_is_refused_and_leaves_nothing(
    sandbox: SandboxHandle, tmp_path: Path, fault: str
) -> None:
    # A proxy's error page (or any body) served with 200 instead of the file: its size gives it away.
    md_id = sandbox.info["metadata"]["complete"]

    async with async_sandbox_client(sandbox) as isogeo:
        link = next(link for link in await isogeo.links.list(md_id) if link.type_ == "hosted")
        sandbox.faults(f"{fault},count=1,operation=downloadHostedLink")
        with pytest.raises(MalformedResponseError) as caught:
            await isogeo.links.download_hosted(link, tmp_path / "out")

    assert caught.value.status_code == 200 and caught.value.request_id
    assert f"the link says {link.size}" in str(caught.value) and caught.value.body_excerpt
    assert _files(tmp_path / "out") == []
