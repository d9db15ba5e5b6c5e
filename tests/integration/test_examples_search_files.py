"""examples/search.py, export_xml.py and download_hosted.py run as written against the sandbox
(the SDK documentation's search, XML export and hosted download usage), with a group application
configured from the environment as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import sandbox_client
from tests.support.spec import ROOT

pytestmark = pytest.mark.integration

EXAMPLES = ROOT / "examples"


def _run(sandbox: SandboxHandle, script: str, *args: str, cwd: Path) -> list[str]:
    app = sandbox.info["group_app"]
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("ISOGEO_")},
        "ISOGEO_API_GROUP_CLIENT_ID": app["client_id"],
        "ISOGEO_API_GROUP_CLIENT_SECRET": app["client_secret"],
        "ISOGEO_API_URL": sandbox.info["api_url"],
        "ISOGEO_ID_URL": sandbox.info["id_url"],
    }
    done = subprocess.run(  # noqa: S603 - our own example, with this interpreter
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines()


def test_search_example(sandbox: SandboxHandle, tmp_path: Path) -> None:
    lines = _run(sandbox, "search.py", cwd=tmp_path)

    assert lines[0].startswith("search context: ") and lines[1].startswith("shares in the tags: ")
    assert int(lines[1].rsplit(" ", 1)[1]) >= 1
    assert lines[2].startswith("first 10 by title: ")
    found, total = lines[3].removeprefix("all vector datasets: ").split(" of ")
    assert found == total and int(total) > 100
    assert lines[4].startswith("formats offered: [")
    assert lines[5] in ("Metadata is present in this share.", "Not present.")
    assert lines[6].startswith("150th service: ")


def test_export_xml_example(sandbox: SandboxHandle, tmp_path: Path) -> None:
    lines = _run(sandbox, "export_xml.py", "exports", cwd=tmp_path)

    written = sorted(p.name for p in (tmp_path / "exports").iterdir())
    assert len(lines) == 11 and lines[-1].startswith("streamed ")
    assert len(written) == 11 and all(name.endswith(".xml") for name in written)
    assert all((tmp_path / "exports" / name).read_bytes().startswith(b"<?xml") for name in written)


def test_download_hosted_example(fresh_sandbox: SandboxHandle, tmp_path: Path) -> None:
    # The documentation's search is the 10 latest data with a download link: give the first two
    # of them a hosted file each, one with a hostile name.
    source = tmp_path / "communes.zip"
    source.write_bytes(os.urandom(50_000))
    with sandbox_client(fresh_sandbox) as isogeo:
        page = isogeo.search(page_size=10, order_by="modified", query="action:download")
        first, second = (md.sys_id for md in page.results[:2])
        isogeo.links.upload_hosted(first, source)
        hostile = isogeo.links.upload_hosted(second, source)
        isogeo.links.update(second, {**hostile.to_dict(), "fileName": "../../etc/passwd"})

    lines = _run(fresh_sandbox, "download_hosted.py", "downloads", cwd=tmp_path)

    assert sorted(lines) == ["communes.zip (48.83 Ko)", "etcpasswd (48.83 Ko)"]
    assert sorted(p.name for p in (tmp_path / "downloads").iterdir()) == ["communes.zip", "etcpasswd"]
    assert (tmp_path / "downloads" / "etcpasswd").read_bytes() == source.read_bytes()
