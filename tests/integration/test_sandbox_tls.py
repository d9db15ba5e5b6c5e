"""``isogeo-sandbox serve --tls``: HTTPS with a certificate made at start, verified with its CA file."""

from __future__ import annotations

import json
import os
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from isogeo import Isogeo
from tests.support.sandbox import start_sandbox
from tests.support.sandbox_clients import sandbox_client

pytestmark = pytest.mark.integration


def test_our_client_works_over_https_verifying_the_sandbox_ca(tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    with start_sandbox(tls=True, ca_file=str(ca_file)) as sandbox:
        info = sandbox.info
        assert info["api_url"].startswith("https://127.0.0.1:") and info["ca_file"] == str(ca_file)
        assert ca_file.read_text(encoding="ascii").startswith("-----BEGIN CERTIFICATE-----")

        with sandbox_client(sandbox, verify=info["ca_file"]) as isogeo:
            page = isogeo.search(page_size=2)
            record = isogeo.metadata.get(info["metadata"]["complete"])

        assert page.total > 0 and len(page.results) == 2
        assert record.sys_id == info["metadata"]["complete"]
        # The admin API answers the same document over HTTPS.
        trust = ssl.create_default_context(cafile=ca_file)
        admin = httpx.get(f"{info['admin_url']}/info", verify=trust, timeout=30).json()
        assert admin["tls"] is True and admin["ca_file"] == str(ca_file)
        assert admin["api_url"] == info["api_url"]


def test_without_the_ca_the_certificate_is_refused(tmp_path: Path) -> None:
    with start_sandbox(tls=True, ca_file=str(tmp_path / "ca.pem")) as sandbox:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            httpx.get(f"{sandbox.base_url}/about", timeout=30)
        # Plain HTTP on the HTTPS port gets nothing useful either.
        with pytest.raises(httpx.HTTPError):
            httpx.get(sandbox.base_url.replace("https://", "http://") + "/about", timeout=5)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_tls_prints_the_ca_file_that_info_names(tmp_path: Path) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "isogeo_sandbox.cli"]
    env = {**os.environ, "TMPDIR": str(tmp_path)}  # the default CA path lives under the temp dir
    server = subprocess.Popen(  # noqa: S603 - our own command
        [*command, "serve", "--tls", "--port", str(port), "--seed", "small", "--log-level", "warning"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        printed = server.stdout.readline()  # printed once the certificate is made
        info = json.loads(
            subprocess.run(  # noqa: S603 - our own command
                [*command, "info", "--json", "--tls", "--port", str(port), "--seed", "small"],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout
        )
        assert info["ca_file"] in printed and Path(info["ca_file"]).is_relative_to(tmp_path)
        trust = ssl.create_default_context(cafile=info["ca_file"])
        deadline = time.monotonic() + 60
        while True:
            try:
                about = httpx.get(f"{info['api_url']}/about", verify=trust, timeout=5)
                break
            except httpx.ConnectError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.1)
        assert about.status_code == 200

        app = info["user_app"]
        with Isogeo(
            app["client_id"],
            app["client_secret"],
            username=app["username"],
            password=app["password"],
            api_url=info["api_url"],
            id_url=info["id_url"],
            verify=info["ca_file"],
            trust_env=False,
        ) as isogeo:
            assert isogeo.metadata.get(info["metadata"]["complete"]).sys_id == info["metadata"]["complete"]
    finally:
        server.terminate()
        server.wait(timeout=30)
