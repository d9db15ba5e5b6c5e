"""Comma-joined list parameters: one comma-separated value, never repeated keys (facts §1.3)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration


@pytest.fixture
def user(sandbox: SandboxHandle) -> Iterator[httpx.Client]:
    with sandbox.user() as client:
        yield client


def test_repeated_include_is_refused_naming_the_parameter_and_the_form(user: httpx.Client) -> None:
    response = user.get("/resources/search", params=[("_include", "links"), ("_include", "contacts")])

    assert response.status_code == 400, response.text
    body = response.json()
    assert "_include" in body["message"] and "comma-separated" in body["message"]
    assert "_include=a,b" in body["errors"]["_include"]


def test_repeated_id_on_another_operation_is_refused(user: httpx.Client) -> None:
    page = user.get("/resources/search", params={"_limit": 2}).json()
    first, second = (md["_id"] for md in page["results"])

    response = user.get("/resources/search", params=[("_id", first), ("_id", second)])

    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"_id"}


def test_the_comma_joined_form_is_accepted_and_applied(user: httpx.Client) -> None:
    page = user.get("/resources/search", params={"_include": "links,contacts", "_limit": 1}).json()

    assert page["results"] and {"links", "contacts"} <= set(page["results"][0])


def test_a_single_key_is_accepted(user: httpx.Client) -> None:
    assert user.get("/resources/search", params={"_include": "links", "_limit": 1}).status_code == 200
