"""Files on disk: safe names, streamed writes that never leave their folder, upload progress.

Downloads (hosted data LNK-6, XML export MD-6) are **streamed**: the answer is read in chunks
(:data:`CHUNK_SIZE`) and written as it arrives, so memory stays flat whatever the file size. A
download is written to a hidden ``.<name>.part`` file in the target folder and renamed into place
once complete; a failure removes the partial file.

The file name comes from the server (``Content-Disposition``) or a title, so it is never trusted:
:func:`disk_name` cleans it (:func:`isogeo.text.safe_filename`: no separators, no reserved
characters, no leading dots), also avoids Windows device names (``CON``, ``NUL``...) and caps its
length; :func:`target_path` then resolves the final path and refuses anything outside the chosen
folder.

:func:`awrite_chunks` is written once (``isogeo/_async/files.py``); :func:`write_chunks` is derived
from it (``isogeo/_sync/files.py``): only the opening of the partial file differs (each side's
``_primitives.py``: anyio's worker-thread file, a plain file). The partial file and the size
checks, shared, are in ``isogeo/_files.py``. This module re-exports both.

>>> import asyncio, tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> write_chunks([b"ab", b"cd"], folder / "data.bin"), sorted(p.name for p in folder.iterdir())
(4, ['data.bin'])
>>> async def chunks():
...     yield b"<xml/>"
>>> asyncio.run(awrite_chunks(chunks(), folder / "md.xml"))
6
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterable, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx

from isogeo._async.files import awrite_chunks
from isogeo._sync.files import write_chunks
from isogeo.errors import InvalidInputError, IsogeoError, connection_error
from isogeo.sizes import convert_octets
from isogeo.text import filename_from_content_disposition, safe_filename

__all__ = [
    "CHUNK_SIZE",
    "DownloadStream",
    "DownloadedFile",
    "IfExists",
    "ProgressCallback",
    "ProgressReader",
    "awrite_chunks",
    "disk_name",
    "target_path",
    "write_chunks",
]

CHUNK_SIZE = 256 * 1024
"""Bytes read from the network and written to disk at a time."""
MAX_NAME_BYTES = 200
"""Longest file name written (UTF-8 bytes), below every common file system's 255."""
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)

IfExists = Literal["rename", "overwrite", "error"]
ProgressCallback = Callable[[int, int | None], None]
"""``callback(bytes_done, total_bytes)``; ``total_bytes`` is None when unknown."""


def disk_name(raw: str | None, *, fallback: str = "download") -> str:
    """A file name safe to create in any folder on any common system, from an untrusted ``raw``.

    >>> disk_name("../../etc/passwd"), disk_name("CON.txt"), disk_name(None, fallback="x.bin")
    ('etcpasswd', '_CON.txt', 'x.bin')
    >>> len(disk_name("é" * 300 + ".zip").encode())
    200
    """
    name = safe_filename(raw or "", fallback=safe_filename(fallback))
    if name.split(".", 1)[0].upper().rstrip() in _WINDOWS_DEVICES:
        name = "_" + name
    encoded = name.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        suffix = f".{name.rsplit('.', 1)[1]}" if "." in name else ""
        suffix = suffix if len(suffix.encode()) <= 16 else ""
        room = MAX_NAME_BYTES - len(suffix.encode())
        head = encoded[:room].decode("utf-8", "ignore").rstrip(". ")
        name = (head or "download") + suffix
    return name


def _numbered(path: Path) -> Path:
    suffix = "".join(path.suffixes[-1:])
    stem = path.name[: len(path.name) - len(suffix)] if suffix else path.name
    for number in range(1, 10_000):
        candidate = path.with_name(f"{stem} ({number}){suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(f"no free name for {path}")


def target_path(folder: str | os.PathLike[str], name: str, *, if_exists: IfExists = "rename") -> Path:
    """Where to write ``name`` inside ``folder`` (created if needed); never outside it.

    ``if_exists``: ``"rename"`` (default) picks ``name (1).ext``, ``"overwrite"`` replaces the
    file, ``"error"`` raises :class:`FileExistsError`. ``name`` must already be clean
    (:func:`disk_name`); a name that still resolves outside ``folder`` raises
    :class:`~isogeo.errors.InvalidInputError`.

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> target_path(folder, "communes.zip").name
    'communes.zip'
    >>> target_path(folder, "../escape.zip")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: name='../escape.zip' is not accepted (it resolves outside ...
    """
    if if_exists not in ("rename", "overwrite", "error"):
        raise InvalidInputError("if_exists", if_exists, ["rename", "overwrite", "error"])
    base = Path(folder).expanduser()
    base.mkdir(parents=True, exist_ok=True)
    base = base.resolve(strict=True)
    target = (base / name).resolve()
    if target.parent != base or not name or name in (".", ".."):
        raise InvalidInputError("name", name, "a plain file name", reason=f"it resolves outside {base}")
    if target.exists():
        if target.is_dir() or if_exists == "error":
            raise FileExistsError(f"{target} already exists")
        if if_exists == "rename":
            target = _numbered(target)
    return target


def human_size(size: int | None) -> str | None:
    """:func:`isogeo.sizes.convert_octets` of ``size`` (None stays None)."""
    return None if size is None or size < 0 else convert_octets(size)


@dataclass
class DownloadStream:
    """A streamed download, open: iterate it to read the body in chunks (what the SDK's
    ``download_hosted``/``download_xml`` returned as ``(response, filename, size)``).

    Use it inside the ``with`` (``async with``) block that produced it: the connection is released
    when the block ends.
    """

    response: httpx.Response
    """The open, unread answer (status checked, headers available)."""
    filename: str
    """A safe file name (:func:`disk_name` of ``raw_filename``, or of the fallback)."""
    raw_filename: str | None
    """The name the server sent in ``Content-Disposition`` (untrusted), if any."""
    size: int | None
    """Size in bytes: the link's ``size`` for hosted data (as the SDK), else ``Content-Length``."""
    human_size: str | None = field(init=False)
    """``size`` written with :func:`isogeo.sizes.convert_octets` (``199.35 Ko``)."""

    def __post_init__(self) -> None:
        self.human_size = human_size(self.size)

    def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> Iterable[bytes]:
        """The body in chunks (sync client)."""
        return self.response.iter_bytes(chunk_size)

    def aiter_bytes(self, chunk_size: int = CHUNK_SIZE) -> AsyncIterable[bytes]:
        """The body in chunks (async client)."""
        return self.response.aiter_bytes(chunk_size)


@dataclass(frozen=True)
class DownloadedFile:
    """A download written to disk."""

    path: Path
    """Where it was written (inside the folder you chose)."""
    filename: str
    """``path.name``: the safe name."""
    raw_filename: str | None
    """The name the server sent (untrusted), if any."""
    size: int
    """Bytes written."""
    human_size: str
    """``size`` as :func:`isogeo.sizes.convert_octets` writes it."""


def stream_names(response: httpx.Response, *, fallback: str, size: int | None = None) -> DownloadStream:
    """Describe an open download: safe name from ``Content-Disposition`` (else ``fallback``) and size."""
    raw = filename_from_content_disposition(response.headers.get("content-disposition"))
    if size is None:
        length = response.headers.get("content-length")
        size = int(length) if length and length.isdigit() else None
    return DownloadStream(
        response=response, filename=disk_name(raw, fallback=fallback), raw_filename=raw, size=size
    )


class ProgressReader(io.RawIOBase):
    """A binary file wrapper that reports how much of it was read (uploads with progress).

    httpx reads the file part of a multipart body chunk by chunk while sending it, so what was
    read is what was handed to the network.

    >>> seen = []
    >>> report = lambda done, total: seen.append(done)
    >>> reader = ProgressReader(io.BytesIO(b"x" * 10), total=10, callback=report)
    >>> reader.read(4), reader.read(), seen
    (b'xxxx', b'xxxxxx', [4, 10])
    """

    def __init__(self, raw: Any, *, total: int | None, callback: ProgressCallback | None) -> None:
        super().__init__()
        self._raw = raw
        self._total = total
        self._callback = callback
        self._done = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return bool(self._raw.seekable())

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        position = int(self._raw.seek(offset, whence))
        self._done = position
        return position

    def tell(self) -> int:
        return int(self._raw.tell())

    def read(self, size: int | None = -1) -> bytes:
        data: bytes = self._raw.read(-1 if size is None else size)
        if data:
            self._done += len(data)
            if self._callback is not None:
                self._callback(self._done, self._total)
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def reraise_stream_error(exc: BaseException) -> IsogeoError | None:
    """The typed error for a failure while reading a streamed body, or None to re-raise as is."""
    return connection_error(exc) if isinstance(exc, httpx.RequestError) else None
