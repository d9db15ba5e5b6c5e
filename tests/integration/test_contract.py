"""Every operation of the spec, through its generated function, against a server that enforces the spec.

For each operation (and each request media type), the generated function is called with
arguments built from the spec's examples. The loopback server validates the request with
openapi-core (path, query, body, media type) and answers with the success example, then with a
documented error status and the `ApiError` example. The test asserts what the client parsed.
This proves, for every family, that the client sends what the contract accepts and parses what
it promises. (Stateful behaviour is the sandbox's business.)
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest

from isogeo._core.wire import join_list_params_hook
from isogeo_api import AuthenticatedClient
from isogeo_api.models import ApiError
from isogeo_api.types import File
from tests.support.contract import UPLOAD_BYTES, Case, ContractServer, cases, model_class, resolve
from tests.support.loopback import serve

pytestmark = pytest.mark.integration

CASES = cases()
TOKEN = "contract-test-token"


@pytest.fixture(scope="module")
def _shared_server() -> Iterator[ContractServer]:
    with serve() as loopback:
        yield ContractServer(loopback)


@pytest.fixture
def server(_shared_server: ContractServer) -> ContractServer:
    """One loopback server for the whole module (hundreds of cases), reset before each case."""
    _shared_server.loopback.requests.clear()
    _shared_server.violations.clear()
    return _shared_server


def _client(server: ContractServer, case: Case) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=server.loopback.base_url + case.base_path,
        token=TOKEN,
        httpx_args={"event_hooks": {"request": [join_list_params_hook]}},
    )


@pytest.fixture(params=CASES, ids=[case.id for case in CASES])
def case(request: pytest.FixtureRequest) -> Case:
    result: Case = request.param
    return result


@pytest.fixture
def call(server: ContractServer, case: Case) -> Iterator[Any]:
    function = importlib.import_module(case.module).sync_detailed
    kwargs = case.arguments()
    with _client(server, case) as client:
        yield lambda: function(client=client, **kwargs)


def _assert_parsed(parsed: Any, schema: dict[str, Any] | None) -> None:
    """`parsed` is what the generated client makes of a payload valid for `schema`."""
    if schema is None or (set(schema) <= {"description"}):
        return
    if schema.get("format") == "binary":
        assert isinstance(parsed, File) and parsed.payload.read() == UPLOAD_BYTES
        return
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        if resolve(schema).get("type") == "object":
            assert isinstance(parsed, model_class(name)), f"{type(parsed)} is not {name}"
        return
    if schema.get("type") == "array":
        assert isinstance(parsed, list) and parsed
        for item in parsed:
            _assert_parsed(item, schema["items"])
        return
    alternatives = schema.get("oneOf") or schema.get("anyOf") or []
    failures = []
    for alternative in alternatives:
        try:
            _assert_parsed(parsed, alternative)
            return
        except AssertionError as failure:
            failures.append(failure)
    raise AssertionError(f"{parsed!r} matches no alternative: {failures}")


def test_every_operation_has_a_case() -> None:
    assert len({case.operation_id for case in CASES}) == 160
    assert sum(1 for case in CASES if case.operation_id == "createMetadataLink") == 2  # JSON and multipart


def test_success_answer_is_parsed_into_the_promised_type(
    server: ContractServer, case: Case, call: Any
) -> None:
    server.answer(case.success_reply())

    response = call()

    assert server.violations == [], "the client sent a request the contract refuses"
    request = server.loopback.requests[-1]
    assert request.method == case.method
    if case.operation.get("security") != []:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert response.status_code == case.success.status
    if case.success.schema is None:
        assert response.content == b""
    else:
        _assert_parsed(response.parsed, case.success.schema)


def test_documented_error_is_parsed_as_error(server: ContractServer, case: Case, call: Any) -> None:
    server.answer(case.error_reply())

    response = call()

    assert server.violations == []
    assert response.status_code == case.error_status
    assert isinstance(response.parsed, ApiError)
    assert response.parsed.error == "bad_request" and response.parsed.errors is not None


def test_the_server_refuses_what_the_contract_refuses(server: ContractServer) -> None:
    """Guard against a validator that accepts anything: a wrong identifier and a wrong body fail."""
    from isogeo_api.api.contact import create_workgroup_contact
    from isogeo_api.models import ContactCreate

    server.answer((200, {"_id": "2a3aefc4f80347f590afe58127f6cb0f"}, {}))
    with AuthenticatedClient(base_url=server.loopback.base_url, token=TOKEN) as client:
        create_workgroup_contact.sync_detailed("not-an-id", client=client, body=ContactCreate(name=""))

    assert any("workgroup_id" in violation for violation in server.violations)
    assert any("name" in violation for violation in server.violations)
