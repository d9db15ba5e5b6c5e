"""The parser of the API's JSON answers: orjson when it is installed (``isogeo-client[fast]``), the
standard library otherwise.

orjson reads a body two to three times faster than :func:`json.loads` and gives the same Python
values (dicts, lists, str, int, float, bool, None). What it refuses and the standard library reads
(``NaN``, ``Infinity``, a byte order mark, UTF-16, lone surrogates) is read again by the standard
library. The one difference left: an integer beyond 64 bits (below -2**63 or above 2**64 - 1), which
the Isogeo API never writes, becomes a ``float`` with orjson and stays an ``int`` without it; this
is why orjson is an extra and not a dependency.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["FAST", "loads"]

_fast_loads: Callable[[bytes | str], Any] | None
try:
    from orjson import loads as _fast_loads
except ImportError:  # the [fast] extra is not installed
    _fast_loads = None

FAST = _fast_loads is not None
"""Whether orjson parses the answers."""


def loads(content: bytes | str) -> Any:
    """The JSON value of ``content`` (a :class:`ValueError` when it is not JSON).

    >>> loads(b'{"_id": "a", "bbox": [-5.2, 41.3, 9.6, 51.1]}')
    {'_id': 'a', 'bbox': [-5.2, 41.3, 9.6, 51.1]}
    >>> loads(b'{"distance": NaN}')  # orjson refuses it: the standard library reads it
    {'distance': nan}
    """
    if _fast_loads is not None:
        try:
            return _fast_loads(content)
        except ValueError:
            pass  # the standard library decides: it reads a few texts orjson refuses
    return json.loads(content)
