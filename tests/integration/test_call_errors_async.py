"""``isogeo.call`` and typed errors of AsyncIsogeo against real HTTP answers on loopback.

Written async; tools/derive_sync.py derives test_call_errors.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo import errors
from isogeo_api.api.contact import create_workgroup_contact, get_contact, list_workgroup_contacts
from isogeo_api.api.search import search_metadata
from isogeo_api.models import Contact
from tests.conftest import load_fixture
from tests.support.clients import async_client
from tests.support.loopback import LoopbackServer, Reply
from tests.support.oauth import OAuthServer

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

WG = "32f7e95ec4e94ca3bc1afda960003882"
CT = "2a3aefc4f80347f590afe58127f6cb0f"
CONTACT = load_fixture("contacts.json")[0]
STATUS_ERRORS = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (418, errors.APIStatusError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (502, errors.InternalServerError),
    (503, errors.InternalServerError),
    (504, errors.InternalServerError),
]


@pytest.mark.parametrize(("status", "error_class"), STATUS_ERRORS)
async def test_each_error_status_maps_to_its_typed_error(
    loopback: LoopbackServer, oauth: OAuthServer, status: int, error_class: type[errors.APIStatusError]
) -> None:
    body = {"error": "some_code", "message": "what went wrong"}
    oauth.api("GET", f"/contacts/{CT}", (status, body, {"X-Request-Id": f"req-{status}"}))

    async with async_client(loopback, retries=False) as isogeo:
        with pytest.raises(errors.APIStatusError) as caught:
            await isogeo.call(get_contact, CT)

    error = caught.value
    assert type(error) is error_class
    assert (error.status_code, error.method, error.request_id) == (status, "GET", f"req-{status}")
    assert error.url == f"{loopback.base_url}/contacts/{CT}?_lang=fr"
    assert (error.error, error.message) == ("some_code", "what went wrong")
    assert '"message": "what went wrong"' in error.body_excerpt
    assert str(error).startswith(f"{status} ") and f"(request id req-{status})" in str(error)


async def test_field_errors_of_a_400_are_a_mapping(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    body = {
        "error": "bad_request",
        "message": "2 fields rejected",
        "errors": {"name": "required", "email": "invalid"},
    }
    oauth.api("POST", f"/groups/{WG}/contacts", (400, body, {}))

    async with async_client(loopback, user=True) as isogeo:
        with pytest.raises(errors.BadRequestError) as caught:
            await isogeo.contacts.create(WG, name="x", email="not-an-email")

    assert caught.value.field_errors == {"name": "required", "email": "invalid"}
    assert "[name: required; email: invalid]" in str(caught.value)


async def test_an_error_body_that_is_not_json_still_gives_a_typed_error(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/contacts/{CT}", (502, b"<html>Bad Gateway</html>", {}))

    async with async_client(loopback, retries=False) as isogeo:
        with pytest.raises(errors.InternalServerError) as caught:
            await isogeo.contacts.get(CT)

    assert caught.value.body_excerpt == "<html>Bad Gateway</html>" and caught.value.field_errors == {}


async def test_a_2xx_body_that_is_not_json_is_a_malformed_response(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/contacts/{CT}", (200, b"<html>maintenance</html>", {"X-Request-Id": "req-m"}))

    async with async_client(loopback) as isogeo:
        with pytest.raises(errors.MalformedResponseError) as caught:
            await isogeo.call(get_contact, CT)

    error = caught.value
    assert (error.status_code, error.request_id, error.body_excerpt) == (
        200,
        "req-m",
        "<html>maintenance</html>",
    )
    assert "JSONDecodeError" in str(error)


async def test_generated_functions_called_directly_get_a_typed_error_for_a_body_that_is_not_json(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    # Power users calling isogeo_api through isogeo.api: a proxy's HTML page with 200 is not a
    # bare JSONDecodeError there either. (A JSON body of the wrong shape raises the generated
    # parser's own KeyError/TypeError: only `call` can tell those apart from a local bug.)
    oauth.api("GET", f"/contacts/{CT}", (200, b"<html>maintenance</html>", {"X-Request-Id": "req-d"}))

    async with async_client(loopback) as isogeo:
        with pytest.raises(errors.MalformedResponseError) as caught:
            await get_contact.asyncio(CT, client=isogeo.api)

    assert (caught.value.status_code, caught.value.request_id) == (200, "req-d")
    assert caught.value.body_excerpt == "<html>maintenance</html>" and "JSONDecodeError" in str(caught.value)


async def test_a_2xx_body_without_a_required_field_is_a_malformed_response(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api(
        "GET", "/resources/search", (200, {"total": 1, "limit": 20, "results": []}, {"X-Request-Id": "req-k"})
    )

    async with async_client(loopback) as isogeo:
        with pytest.raises(errors.MalformedResponseError) as caught:
            await isogeo.call(search_metadata, q="communes")

    assert caught.value.request_id == "req-k" and "MetadataSearch.offset" in str(caught.value)
    assert (caught.value.model, caught.value.field) == ("MetadataSearch", "offset")
    assert '"total": 1' in caught.value.body_excerpt


async def test_a_2xx_body_of_the_wrong_type_is_a_malformed_response(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/groups/{WG}/contacts", (200, {"not": "a list"}, {}))

    async with async_client(loopback) as isogeo:
        with pytest.raises(errors.MalformedResponseError) as caught:
            await isogeo.contacts.list(WG)

    assert caught.value.status_code == 200


async def test_an_undocumented_success_status_is_a_malformed_response(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/contacts/{CT}", (202, CONTACT, {}))

    async with async_client(loopback) as isogeo:
        with pytest.raises(errors.MalformedResponseError, match="does not document status 202"):
            await isogeo.call(get_contact, CT)


async def test_unknown_fields_and_values_do_not_break_parsing(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    card = {**CONTACT, "type": "robot", "signature": "new field"}
    oauth.api("GET", f"/contacts/{CT}", (200, card, {}))

    async with async_client(loopback) as isogeo:
        contact = await isogeo.call(get_contact, CT)

    assert isinstance(contact, Contact)
    assert contact.type_ == "robot" and contact.additional_properties == {"signature": "new field"}


async def test_identifiers_in_any_documented_form_are_sent_as_32_hex(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/contacts/{CT}", (200, CONTACT, {}))
    hyphenated = "2a3aefc4-f803-47f5-90af-e58127f6cb0f"

    async with async_client(loopback) as isogeo:
        for form in (
            CT.upper(),
            hyphenated,
            f"urn:uuid:{hyphenated}",
            f"urn:isogeo:metadata:uuid:{hyphenated}",
        ):
            await isogeo.call(get_contact, form)

    assert len(loopback.requests_to(f"/contacts/{CT}")) == 4


@pytest.mark.parametrize(
    ("kwargs", "field", "needle"),
    [
        (
            {"workgroup_id": "not-an-id"},
            "workgroup_id",
            "(not an Isogeo identifier); expected one of: 32 hex",
        ),
        (
            {"workgroup_id": WG, "sys_include": ["count", "owner"]},
            "sys_include[1]",
            "expected one of: count, _abilities",
        ),
        ({"workgroup_id": WG, "sys_lang": "de"}, "sys_lang", "expected one of: en, es, fr, pt"),
        (
            {"workgroup_id": WG, "page": 2},
            "page",
            "(not a parameter of list_workgroup_contacts); expected one of: workgroup_id",
        ),
        ({}, "workgroup_id", "(required by list_workgroup_contacts)"),
    ],
)
async def test_bad_arguments_are_refused_before_any_request(
    loopback: LoopbackServer, oauth: OAuthServer, kwargs: dict[str, object], field: str, needle: str
) -> None:
    async with async_client(loopback) as isogeo:
        with pytest.raises(errors.InvalidInputError) as caught:
            await isogeo.call(list_workgroup_contacts, **kwargs)

    assert caught.value.field == field and needle in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert loopback.requests == []


async def test_a_body_may_be_given_as_a_mapping_of_api_keys(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:

    created: Reply = (200, {**CONTACT, "name": "SIG"}, {})
    oauth.api("POST", f"/groups/{WG}/contacts", created)

    async with async_client(loopback, user=True) as isogeo:
        contact = await isogeo.call(
            create_workgroup_contact, WG, body={"name": "SIG", "phoneNumber": "+33 1"}
        )
        with pytest.raises(errors.InvalidInputError, match=r"body\.name=None is not accepted \(required\)"):
            await isogeo.call(create_workgroup_contact, WG, body={"phoneNumber": "+33 1"})

    assert contact.name == "SIG"
    assert [r.json() for r in loopback.requests_to(f"/groups/{WG}/contacts")] == [
        {"name": "SIG", "phoneNumber": "+33 1"}
    ]
