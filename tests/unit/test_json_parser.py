"""isogeo._core.json: orjson (the ``fast`` extra) when installed, and always the standard library's result."""

from __future__ import annotations

import json
import math

import httpx
import pytest

from isogeo._core import json as _json
from isogeo._core.transport import BufferedResponse
from isogeo.errors import MalformedResponseError

# Texts orjson refuses and json.loads reads: the result must not depend on the extra.
STDLIB_ONLY = [
    b'{"distance": NaN}',
    b'\xef\xbb\xbf{"_id": "a"}',  # a UTF-8 byte order mark
    '{"_id": "a"}'.encode("utf-16"),
    b'{"distance": -Infinity}',
    b'{"distance": 1e400}',
    b'{"name": "\\ud800"}',  # a lone surrogate
]


@pytest.mark.parametrize("body", STDLIB_ONLY)
def test_what_orjson_refuses_is_read_as_the_standard_library_reads_it(body: bytes) -> None:
    expected = json.loads(body)
    got = _json.loads(body)
    if isinstance(expected.get("distance"), float):
        assert math.isnan(got["distance"]) == math.isnan(expected["distance"])
        assert math.isnan(got["distance"]) or got["distance"] == expected["distance"]
    else:
        assert got == expected


def test_the_fast_parser_is_used_when_installed() -> None:
    orjson = pytest.importorskip("orjson")
    assert _json.FAST
    assert _json._fast_loads is orjson.loads


def test_a_real_answer_reads_the_same_with_either_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    body = json.dumps(
        {
            "_id": "a",
            "bbox": [1.5, -2, 3e-7, -0.0, 5e-324, 1.7976931348623157e308],
            "title": "Réseau «eau» \u2028 \U0001f30d",
            "tags": {"k": None, "ok": True},
            "limits": [2**64 - 1, -(2**63)],  # the 64-bit bounds stay integers
        }
    ).encode()
    fast = _json.loads(body)
    monkeypatch.setattr(_json, "_fast_loads", None)
    assert _json.loads(body) == fast == json.loads(body)
    assert [type(value) for value in fast["limits"]] == [int, int]


@pytest.mark.parametrize("fast", [True, False])
def test_a_body_that_is_not_json_is_a_typed_error(monkeypatch: pytest.MonkeyPatch, fast: bool) -> None:
    if not fast:
        monkeypatch.setattr(_json, "_fast_loads", None)
    request = httpx.Request("GET", "https://api.example/resources/a")
    response = BufferedResponse(200, content=b"<html>oops</html>", request=request)
    with pytest.raises(MalformedResponseError):
        response.json()
