"""HTTPS for ``isogeo-sandbox serve --tls``: a throwaway CA and a server certificate made at start.

Nothing is fetched: ``trustme`` makes a CA and signs a certificate for the loopback names
(``127.0.0.1``, ``localhost``, ``::1``) and the bound host. The CA certificate is written to
``ca_file`` so that a client verifies the sandbox with it (``Isogeo(..., verify=ca_file)``,
``requests``' ``verify=``, ``SSL_CERT_FILE``...). The server's key and certificate chain go to a
file beside it, readable by the owner only.

Without ``--ca-file``, the CA goes to a path derived from the host and port only
(:func:`default_ca_file`), so ``isogeo-sandbox info --json --tls --port N`` names the file of the
server on port ``N`` without asking it. This module imports ``trustme`` (the ``sandbox`` extra)
only to make the files: ``isogeo_sandbox.info`` uses :func:`default_ca_file` with the standard
library alone.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def default_ca_file(host: str, port: int) -> Path:
    """Where a sandbox on ``host:port`` writes its CA certificate when not told otherwise."""
    safe_host = host.replace(":", "_").replace("/", "_")
    return Path(tempfile.gettempdir()) / "isogeo-sandbox" / f"{safe_host}-{port}" / "ca.pem"


@dataclass(frozen=True)
class TlsFiles:
    """The files of one HTTPS sandbox."""

    ca_file: Path
    """The CA certificate (PEM) that signed the server's certificate: what clients trust."""
    cert_file: Path
    """The server's private key and certificate chain (PEM), for the server only."""


def make_tls_files(host: str, ca_file: Path) -> TlsFiles:
    """Make a CA and a certificate for ``host`` and the loopback names; write both files."""
    import trustme  # the sandbox extra: imported here, not at module level (see above)

    ca = trustme.CA(organization_name="isogeo-sandbox", organization_unit_name="throwaway CA")
    names = list(LOOPBACK_NAMES)
    if host and host not in names and host not in ("0.0.0.0", "::"):  # noqa: S104 - names, not binds
        names.insert(0, host)
    server_cert = ca.issue_cert(*names)
    ca_file.parent.mkdir(parents=True, exist_ok=True)
    ca.cert_pem.write_to_path(str(ca_file))
    cert_file = ca_file.with_name(ca_file.stem + "-server-key-and-chain.pem")
    # The private key: created owner-only before anything is written to it.
    fd = os.open(cert_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(server_cert.private_key_and_cert_chain_pem.bytes())
    cert_file.chmod(0o600)  # an older file of the same name keeps its mode through O_CREAT
    return TlsFiles(ca_file=ca_file, cert_file=cert_file)
