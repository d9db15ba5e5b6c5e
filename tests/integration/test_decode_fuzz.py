"""Real records, damaged, through the client over loopback HTTP: only documented typed errors escape.

Real responses (tests/fixtures/real) with a field removed, an unknown field added, a value
retyped or an enum value replaced by an unknown one go through ``isogeo.call``, a namespace
(``isogeo.metadata.get``) and ``isogeo.search``. Each call either decodes, keeping what was sent
(unknown fields and unknown enum values included: ``to_dict()`` gives the body back), or raises
:class:`~isogeo.errors.MalformedResponseError` naming the model and the field, with the status,
the request id and a body excerpt. Never a bare KeyError/TypeError/ValueError. Derandomized.

Fields holding models are decoded on their first read: each call here reads every field of what
it got (``decode_all``), so that a damaged nested value raises where it is read, and the round trip
writes the decoded values, not the parsed ones kept as they came.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isogeo import errors
from isogeo_api.api.metadata import get_metadata
from isogeo_api.api.share import get_share
from isogeo_api.models import Metadata, Share
from isogeo_api.types import decode_all
from tests.support.clients import sync_client
from tests.support.loopback import LoopbackServer, RecordedRequest
from tests.support.oauth import OAuthServer
from tests.unit.test_real_responses import load_real

pytestmark = pytest.mark.integration

MD = "43380f6c60424095b67cbd1aa9526fe4"
SH = "ad6451f1f9ca405ca6f78fabf46aeb10"
RECORDS: list[dict[str, Any]] = [
    load_real("metadata_complete.json"),
    *load_real("search_all_includes_small.json")["results"],
]
SHARE: dict[str, Any] = load_real("share_2016.json")
SEARCH: dict[str, Any] = load_real("search_all_includes_small.json")
Path = tuple[str | int, ...]
MALFORMED = errors.MalformedResponseError

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _paths(value: Any, path: Path = ()) -> list[Path]:
    """Every place in a JSON document (object members and array items), parents first."""
    found: list[Path] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((*path, key))
            found.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((*path, index))
            found.extend(_paths(item, (*path, index)))
    return found


def _parent(document: Any, path: Path) -> Any:
    for step in path[:-1]:
        document = document[step]
    return document


def _json_type(value: Any) -> str:
    return "number" if type(value) in (int, float) else type(value).__name__


@st.composite
def damaged(draw: st.DrawFn, original: dict[str, Any]) -> dict[str, Any]:
    """``original`` with 1 to 3 of: a member removed, a member added, a value retyped, an enum renamed."""
    document = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(document)
        kind = draw(st.sampled_from(["remove", "add", "retype", "unknown text"]))
        if kind == "add" or not paths:
            objects = [()] + [p for p in paths if isinstance(_parent(document, (*p, "x")), dict)]
            where = draw(st.sampled_from(objects))
            _parent(document, (*where, "x"))[f"_future{draw(st.integers(0, 9))}"] = draw(JSON_VALUES)
            continue
        path = draw(st.sampled_from(paths))
        parent = _parent(document, path)
        if kind == "remove":
            del parent[path[-1]]
        elif kind == "retype":
            value = draw(JSON_VALUES)
            if _json_type(value) != _json_type(parent[path[-1]]):
                parent[path[-1]] = value
        elif isinstance(parent[path[-1]], str):
            parent[path[-1]] = "valueAddedIn2030"
    return document


def _serve(oauth: OAuthServer, method: str, pattern: str, body: Callable[[], Any]) -> None:
    def reply(_req: RecordedRequest, _match: Any) -> Any:
        return (200, body(), {"X-Request-Id": "fuzz-1"})

    oauth.api(method, pattern, reply)


def _outcome(call: Callable[[], Any]) -> tuple[Any, errors.MalformedResponseError | None]:
    try:
        return call(), None
    except errors.MalformedResponseError as error:
        return None, error


def _check(call: Callable[[], Any], sent: Any, model: type[Any]) -> None:
    decoded, error = _outcome(call)
    OUTCOMES[error is None] += 1
    if error is not None:
        assert (error.status_code, error.request_id) == (200, "fuzz-1")
        assert error.body_excerpt
        assert error.model
        assert error.model in str(error)
        assert error.field is None or error.field in str(error)
        return
    assert isinstance(decoded, model)
    assert decoded.to_dict() == sent


OUTCOMES = {True: 0, False: 0}


FUZZ = settings(
    derandomize=True,
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_damaged_metadata_through_call_and_the_namespace(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    current: dict[str, Any] = {}
    _serve(oauth, "GET", f"/resources/{MD}", lambda: current["body"])
    with sync_client(loopback, retries=False) as isogeo:

        @FUZZ
        @given(st.sampled_from(range(len(RECORDS))).flatmap(lambda i: damaged(RECORDS[i])), st.booleans())
        def run(body: dict[str, Any], through_namespace: bool) -> None:
            current["body"] = body
            if through_namespace:
                _check(lambda: decode_all(isogeo.metadata.get(MD)), body, Metadata)
            else:
                _check(lambda: decode_all(isogeo.call(get_metadata, MD)), body, Metadata)

        run()
    # both outcomes were exercised: decoded (and given back) and refused with a typed error
    assert OUTCOMES[True] > 10 and OUTCOMES[False] > 10


def test_damaged_share_through_call(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    current: dict[str, Any] = {}
    _serve(oauth, "GET", f"/shares/{SH}", lambda: current["body"])
    with sync_client(loopback, retries=False) as isogeo:

        @FUZZ
        @given(damaged(SHARE))
        def run(body: dict[str, Any]) -> None:
            current["body"] = body
            _check(lambda: decode_all(isogeo.call(get_share, SH)), body, Share)

        run()


def test_damaged_search_envelopes_through_search(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    current: dict[str, Any] = {}
    _serve(oauth, "GET", "/resources/search", lambda: current["body"])
    with sync_client(loopback, retries=False) as isogeo:

        @settings(FUZZ, max_examples=60)
        @given(damaged(SEARCH))
        def run(body: dict[str, Any]) -> None:
            current["body"] = body
            page, error = _outcome(lambda: decode_all(isogeo.search(page_size=4)))
            if error is not None:
                assert (error.status_code, error.request_id) == (200, "fuzz-1")
                assert error.model
            else:
                assert [md.to_dict() for md in page.results] == body["results"]

        run()


def test_the_wrong_json_types_of_a_metadata_are_refused(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    body = {"_id": 123456789, "title": ["not", "a", "title"], "type": 42}
    oauth.api("GET", f"/resources/{MD}", (200, body, {"X-Request-Id": "r-types"}))

    with (
        sync_client(loopback, retries=False) as isogeo,
        pytest.raises(errors.MalformedResponseError) as caught,
    ):
        isogeo.call(get_metadata, MD)

    error = caught.value
    assert (error.model, error.field, error.status_code, error.request_id) == (
        "Metadata",
        "_id",
        200,
        "r-types",
    )
    assert "Metadata._id: expected a string, got an integer" in str(error)
    assert json.loads(error.body_excerpt) == body
    assert not isinstance(error.__cause__, KeyError | TypeError) and error.__cause__ is not None


def test_a_missing_required_field_is_named(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    body = {key: value for key, value in RECORDS[0].items() if key != "_id"}
    oauth.api("GET", f"/resources/{MD}", (200, body, {}))

    with (
        sync_client(loopback, retries=False) as isogeo,
        pytest.raises(errors.MalformedResponseError) as caught,
    ):
        isogeo.metadata.get(MD)

    assert (caught.value.model, caught.value.field) == ("Metadata", "_id")
    assert "Metadata._id: expected a string (required), got missing" in str(caught.value)


def test_unknown_fields_and_enum_values_are_kept(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    body = copy.deepcopy(RECORDS[0])
    body["type"] = "valueAddedIn2030"
    body["contacts"][0]["role"] = "valueAddedIn2030"
    body["_futureField"] = {"nested": [1, 2]}
    oauth.api("GET", f"/resources/{MD}", (200, body, {}))

    with sync_client(loopback, retries=False) as isogeo:
        metadata = isogeo.metadata.get(MD)

    assert metadata.type_ == "valueAddedIn2030" and metadata["_futureField"] == {"nested": [1, 2]}
    assert metadata.to_dict() == body
