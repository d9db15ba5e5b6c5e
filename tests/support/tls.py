"""An HTTPS loopback server whose certificate is signed by a throwaway CA (trustme)."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from contextlib import contextmanager

import trustme

from tests.support.loopback import LoopbackServer, serve


@contextmanager
def tls_server() -> Iterator[tuple[LoopbackServer, str]]:
    """(an HTTPS server on 127.0.0.1, the path of the CA bundle that trusts it)."""
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    with serve(tls=context) as server, ca.cert_pem.tempfile() as ca_path:
        yield server, ca_path
