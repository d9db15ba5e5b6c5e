"""What the streamed writes' two sides share, without awaiting: the partial file beside the target,
the size checks, the clean-up (:mod:`isogeo.files` is the public module; ``_async/files.py`` the
write, written once).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import httpx

from isogeo._core.redact import EXCERPT_CHARS, body_excerpt, redact_url
from isogeo.errors import MalformedResponseError, request_id_of


def _partial_file(target: Path) -> tuple[int, str]:
    """A new hidden ``.part`` file beside ``target``, created with mode 0o666 less the umask (what
    ``open(..., "w")`` gives; ``tempfile.mkstemp`` would make every download 0o600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        path = str(target.parent / f".{target.name[:50]}.{secrets.token_hex(6)}.part")
        try:
            return os.open(path, flags, 0o666), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free name for a partial file beside {target.name}")  # pragma: no cover


def _over(written: int, expected: int | None) -> bool:
    """A body already longer than announced: stop reading it (a server may send forever)."""
    return expected is not None and written > expected


def _check_size(partial: str, written: int, expected: int | None, response: httpx.Response | None) -> None:
    """A download whose size is not the announced one is not the file (an error page, a wrong body)."""
    if expected is None or written == expected:
        return
    with open(partial, "rb") as handle:
        start = handle.read(EXCERPT_CHARS)
    request = response.request if response is not None else None
    raise MalformedResponseError(
        f"the download has {written} bytes, the link says {expected}: this is not the file",
        status_code=response.status_code if response is not None else 200,
        method=request.method if request is not None else "",
        url=redact_url(request.url) if request is not None else "",
        request_id=request_id_of(response.headers) if response is not None else None,
        body_excerpt=body_excerpt(start),
    )


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
