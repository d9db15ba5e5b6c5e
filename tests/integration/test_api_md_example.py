"""The example of docs/api.md ("Calling an operation") runs as written against a loopback server."""

from __future__ import annotations

import re

import pytest

from isogeo_api.models import ContactRole, ResourceContact
from tests.support.loopback import LoopbackServer
from tests.support.spec import ROOT

pytestmark = pytest.mark.integration

API_MD = ROOT / "docs" / "api.md"
PRODUCTION = "https://v1.api.isogeo.com"
MD = "0269803d50c446b09f5060ef7fe3e22b"
CT = "2a3aefc4f80347f590afe58127f6cb0f"


def _example() -> str:
    text = API_MD.read_text(encoding="utf-8")
    section = text.split("## Calling an operation", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "docs/api.md: no python example under 'Calling an operation'"
    return match[1]


def test_the_calling_example_associates_a_contact(loopback: LoopbackServer) -> None:
    loopback.route(
        "PUT",
        rf"/resources/{MD}/contacts/{CT}",
        (200, {"_id": CT, "role": "pointOfContact", "contact": {"_id": CT, "name": "Jane"}}, {}),
    )
    example = _example()
    assert PRODUCTION in example
    namespace = {"access_token": "example-token", "metadata_id": MD, "contact_id": CT}
    exec(example.replace(PRODUCTION, loopback.base_url), namespace)  # noqa: S102 - our own documentation

    association = namespace["association"]
    assert isinstance(association, ResourceContact)
    assert association.role == ContactRole.POINT_OF_CONTACT
    (request,) = loopback.requests
    assert request.headers["authorization"] == "Bearer example-token"
    assert request.json() == {"role": "pointOfContact"}
