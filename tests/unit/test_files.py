"""Files on disk (isogeo.files): names from the server never escape the chosen folder, writes are
atomic, and upload progress reports what was read."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from isogeo.errors import APIConnectionError, InvalidInputError
from isogeo.files import ProgressReader, disk_name, stream_names, target_path, write_chunks
from isogeo.resources.links import hosted_link


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../etc/passwd", "etcpasswd"),
        ("..\\..\\windows\\system32\\cmd.exe", "windowssystem32cmd.exe"),
        ("/absolute/path.zip", "absolutepath.zip"),
        ('"=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?="', "été 2020.zip"),
        ("a<b>c:d|e?f*g.csv", "abcdefg.csv"),
        ("..", "fallback.bin"),
        ("", "fallback.bin"),
        (None, "fallback.bin"),
        ("NUL", "_NUL"),
        ("com1.txt", "_com1.txt"),
        ("  .hidden  ", "hidden"),
    ],
)
def test_disk_names_are_safe_everywhere(raw: str | None, expected: str) -> None:
    assert disk_name(raw, fallback="fallback.bin") == expected


def test_long_names_are_cut_keeping_their_extension() -> None:
    name = disk_name("é" * 300 + ".shp.zip")

    assert len(name.encode()) <= 200 and name.endswith(".zip") and name.startswith("é")


def test_targets_stay_inside_the_folder(tmp_path: Path) -> None:
    assert (
        target_path(tmp_path / "new" / "folder", "a.zip") == (tmp_path / "new" / "folder" / "a.zip").resolve()
    )
    for hostile in ("../a.zip", "sub/../../a.zip", "/etc/passwd", "..", ""):
        with pytest.raises(InvalidInputError):
            target_path(tmp_path, hostile)


def test_existing_files_are_renamed_overwritten_or_refused(tmp_path: Path) -> None:
    (tmp_path / "a.zip").write_bytes(b"old")
    (tmp_path / "a (1).zip").write_bytes(b"old")

    assert target_path(tmp_path, "a.zip").name == "a (2).zip"
    assert target_path(tmp_path, "a.zip", if_exists="overwrite").name == "a.zip"
    with pytest.raises(FileExistsError):
        target_path(tmp_path, "a.zip", if_exists="error")
    with pytest.raises(InvalidInputError, match="if_exists"):
        target_path(tmp_path, "a.zip", if_exists="skip")  # type: ignore[arg-type]


def test_a_failed_download_leaves_no_file(tmp_path: Path) -> None:
    def broken() -> Iterator[bytes]:
        yield b"first chunk"
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    with pytest.raises(APIConnectionError):
        write_chunks(broken(), tmp_path / "data.zip")

    assert list(tmp_path.iterdir()) == []


def test_a_complete_download_replaces_the_target_at_once(tmp_path: Path) -> None:
    target = tmp_path / "data.zip"
    target.write_bytes(b"previous")

    assert write_chunks([b"new ", b"content"], target) == 11
    assert target.read_bytes() == b"new content" and [p.name for p in tmp_path.iterdir()] == ["data.zip"]


def test_stream_names_prefer_the_header_and_fall_back_to_the_title() -> None:
    request = httpx.Request("GET", "https://api.example/x.bin")
    named = httpx.Response(
        200, headers={"Content-Disposition": 'attachment; filename="../../etc/passwd"'}, request=request
    )
    unnamed = httpx.Response(200, headers={"Content-Length": "204132"}, request=request)

    first = stream_names(named, fallback="title.zip", size=1024)
    second = stream_names(unnamed, fallback="communes 2024.zip")

    assert (first.filename, first.raw_filename, first.human_size) == (
        "etcpasswd",
        "../../etc/passwd",
        "1.0 Ko",
    )
    assert (second.filename, second.size, second.human_size) == ("communes 2024.zip", 204132, "199.35 Ko")


def test_progress_reports_each_read_and_follows_seeks() -> None:
    calls: list[tuple[int, int | None]] = []
    reader = ProgressReader(
        io.BytesIO(b"x" * 100), total=100, callback=lambda done, total: calls.append((done, total))
    )

    reader.seek(0, io.SEEK_END)  # httpx measures the length this way
    reader.seek(0)
    chunks = [reader.read(40), reader.read(40), reader.read(40), reader.read(40)]

    assert [len(c) for c in chunks] == [40, 40, 20, 0]
    assert calls == [(40, 100), (80, 100), (100, 100)]


@pytest.mark.parametrize(
    "url",
    [
        "/resources/0269803d50c446b09f5060ef7fe3e22b/links/5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f.bin",
        "/resources/0269803d50c446b09f5060ef7fe3e22b/links/5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f.bin?_lang=fr",
        "https://v1.api.isogeo.com/resources/0269803d50c446b09f5060ef7fe3e22b/links/"
        "5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f.bin",
    ],
)
def test_a_hosted_link_names_its_metadata_in_its_url(url: str) -> None:
    hosted = hosted_link({"_id": "5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f", "type": "hosted", "url": url})

    assert hosted.metadata_id == "0269803d50c446b09f5060ef7fe3e22b"


def test_a_hosted_link_without_a_usable_url_needs_the_metadata_id() -> None:
    link = {"_id": "5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f", "type": "hosted", "url": None}

    with pytest.raises(InvalidInputError, match="metadata_id"):
        hosted_link(link)
    assert (
        hosted_link(link, "0269803D50C446B09F5060EF7FE3E22B").metadata_id
        == "0269803d50c446b09f5060ef7fe3e22b"
    )


def test_downloaded_files_follow_the_umask(tmp_path: Path) -> None:
    import os
    import stat

    previous = os.umask(0o022)
    try:
        write_chunks([b"data"], tmp_path / "open.bin")
        os.umask(0o077)
        write_chunks([b"data"], tmp_path / "private.bin")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "open.bin").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "private.bin").stat().st_mode) == 0o600


def test_a_body_longer_than_announced_is_not_read_to_its_end(tmp_path: Path) -> None:
    from isogeo.errors import MalformedResponseError

    sent = 0

    def endless() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(10_000):
            sent += 1
            yield b"x" * 1024

    with pytest.raises(MalformedResponseError, match="the link says 2048"):
        write_chunks(endless(), tmp_path / "data.bin", expected_size=2048)
    assert sent == 3  # stopped at the first chunk past the announced size
    assert list(tmp_path.iterdir()) == []
