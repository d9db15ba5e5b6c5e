"""httpcore finds ``sniffio`` (a dependency of ours for that reason alone).

httpcore imports ``sniffio`` inside ``current_async_library()``, run for every async lock,
event and semaphore it sets up — several times per request. Since anyio 4.11 no longer installs
it, that import failed each time, and Python does not cache a failed import: the module search
path was scanned again and again, ~190 µs of CPU per async request (bench scenario 6;
encode/httpcore discussion #1102). With ``sniffio`` installed the import is a ``sys.modules`` hit.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

import anyio
from httpcore._synchronization import current_async_library  # the function that imports sniffio


class _ImportSpy(importlib.abc.MetaPathFinder):
    def __init__(self) -> None:
        self.searched: list[str] = []

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname == "sniffio":
            self.searched.append(fullname)
        return None  # let the real finders answer


def test_httpcore_async_calls_do_not_search_for_sniffio_again() -> None:
    async def three_calls() -> list[str]:
        return [current_async_library() for _ in range(3)]

    assert anyio.run(three_calls) == ["asyncio"] * 3  # the first import, outside the spy
    spy = _ImportSpy()
    sys.meta_path.insert(0, spy)
    try:
        assert anyio.run(three_calls) == ["asyncio"] * 3
    finally:
        sys.meta_path.remove(spy)
    assert spy.searched == []
