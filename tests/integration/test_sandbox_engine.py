"""The sandbox engine over loopback: routing from the spec, validation, request ids, tolerated forms."""

from __future__ import annotations

import pytest

from isogeo_sandbox.app import Sandbox
from isogeo_sandbox.config import SandboxConfig
from isogeo_sandbox.handlers import load_handlers
from isogeo_sandbox.spec import load_spec, spec_operations
from tests.support.docs import example
from tests.support.sandbox import SandboxHandle, start_sandbox

pytestmark = pytest.mark.integration


def test_every_operation_of_the_spec_has_a_handler() -> None:
    """Lists the operations still answering 501, so that none is forgotten."""
    handlers = load_handlers()
    missing = sorted(
        op.operation_id for op in spec_operations(load_spec()) if op.operation_id not in handlers
    )

    assert missing == [], f"operations without a sandbox handler: {missing}"


def test_every_response_carries_a_request_id(sandbox: SandboxHandle) -> None:
    with sandbox.http() as anonymous, sandbox.user() as user:
        responses = [
            anonymous.get("/about"),
            anonymous.get("/resources/search"),  # 401
            anonymous.get("/nowhere"),  # 404
            user.get("/resources/search", params={"_limit": 1000}),  # 400
            anonymous.post("/oauth/token", data={"grant_type": "password"}),  # token endpoint error
            anonymous.get("/__sandbox/stats"),
        ]

    ids = [response.headers.get("x-request-id") for response in responses]
    assert all(ids) and len(set(ids)) == len(ids)


def test_trailing_and_double_slashes_are_tolerated(sandbox: SandboxHandle) -> None:
    metadata = sandbox.info["metadata"]["vector"]
    with sandbox.user() as user:
        plain = user.get(f"/resources/{metadata}")
        trailing = user.get(f"/resources/{metadata}/", params={"_lang": "fr"})
        double = user.get(f"{sandbox.base_url}//resources//{metadata}//")  # absolute: httpx would merge it

    assert plain.status_code == trailing.status_code == double.status_code == 200
    assert plain.json()["_id"] == trailing.json()["_id"] == double.json()["_id"] == metadata


def test_bad_parameters_get_400_naming_each_field(sandbox: SandboxHandle) -> None:
    with sandbox.user() as user:
        response = user.get(
            "/resources/search",
            params={"_limit": 500, "rel": "equal", "_include": "links,nope", "_lang": "de"},
        )

    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"_limit", "rel", "_lang"}  # an unknown _include value is ignored (facts §5.15)
    assert "100" in errors["_limit"]
    assert "equals" in errors["rel"]


def test_malformed_identifier_gets_400(sandbox: SandboxHandle) -> None:
    with sandbox.user() as user:
        response = user.get("/resources/not-an-id")

    assert response.status_code == 400
    assert "metadata_id" in response.json()["errors"]


def test_bad_body_gets_400_with_field_messages(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    with sandbox.user() as user:
        missing = user.post(f"/groups/{workgroup}/contacts", json={"email": 3})
        malformed = user.post(
            f"/groups/{workgroup}/contacts",
            content=b"{not json",
            headers={"Content-Type": "application/json"},
        )

    assert missing.status_code == 400
    assert missing.json()["errors"]["name"] == "This field is required."
    assert "email" in missing.json()["errors"]
    assert malformed.status_code == 400
    assert "body" in malformed.json()["errors"]


def test_unknown_route_404_and_wrong_method_405(sandbox: SandboxHandle) -> None:
    with sandbox.user() as user:
        unknown = user.get("/no/such/route")
        wrong = user.post(
            f"/resources/{sandbox.info['metadata']['vector']}/contacts/{sandbox.info['contact']}"
        )

    assert unknown.status_code == 404
    assert unknown.json()["error"] == "not_found"
    assert wrong.status_code == 405
    assert set(wrong.headers["allow"].split(", ")) == {"PUT", "DELETE"}


def test_an_operation_without_handler_answers_501_with_the_error_body() -> None:
    with start_sandbox(seed="small") as fresh:
        fresh.server.app.handlers = {k: v for k, v in fresh.server.app.handlers.items() if k != "getContact"}
        with fresh.user() as user:
            response = user.get(f"/contacts/{fresh.info['contact']}")

    assert response.status_code == 501
    assert response.json() == {
        "error": "not_implemented",
        "message": "The sandbox does not implement getContact yet.",
    }


def test_a_response_that_violates_the_spec_fails_loudly_in_strict_mode() -> None:
    with start_sandbox(seed="small") as fresh:
        app: Sandbox = fresh.server.app
        app.handlers["getApiVersion"] = lambda ctx: __import__("isogeo_sandbox.handlers").handlers.Reply(
            200, {"v": 1}
        )
        with fresh.http() as anonymous:
            response = anonymous.get("/about")
        violations = fresh.violations()

    assert response.status_code == 500
    assert response.json()["error"] == "sandbox_response_invalid"
    assert violations and violations[0]["operation"] == "getApiVersion"
    assert "version" in " ".join(violations[0]["messages"])


def test_warn_mode_keeps_the_response_but_records_the_violation() -> None:
    app = Sandbox(SandboxConfig(seed="small", response_validation="warn"))
    assert app.config.response_validation == "warn"
    with pytest.raises(ValueError, match="response_validation"):
        SandboxConfig(response_validation="loud")


def test_lang_switches_tag_labels(sandbox: SandboxHandle) -> None:
    metadata = sandbox.info["metadata"]["complete"]
    with sandbox.user() as user:
        french = user.get(f"/resources/{metadata}", params={"_lang": "fr"}).json()["tags"]
        english = user.get(f"/resources/{metadata}", params={"_lang": "en"}).json()["tags"]
        default = user.get(f"/resources/{metadata}").json()["tags"]

    assert french["type:vector-dataset"] == "Jeu de données vecteur"
    assert english["type:vector-dataset"] == "Dataset (vector)"
    assert default == french
    assert french["keyword:inspire-theme:administrativeunits"] == "Unités administratives"
    assert english["keyword:inspire-theme:administrativeunits"] == "Administrative units"


def test_stats_count_operations_and_token_requests(sandbox: SandboxHandle) -> None:
    before = sandbox.stats()
    with sandbox.user() as user:
        user.get("/resources/search", params={"_limit": 0})
        user.get("/resources/search", params={"_limit": 0})
    after = sandbox.stats()

    assert after["operations"]["searchMetadata"] - before["operations"].get("searchMetadata", 0) == 2
    assert sum(after["token_requests"].values()) - sum(before["token_requests"].values()) == 1
    assert after["unimplemented_operations"] == []


def test_sandbox_guide_example_runs_as_written() -> None:
    namespace: dict[str, object] = {}
    exec(example("docs/guides/sandbox.md"), namespace)  # noqa: S102 - our own documentation

    info = namespace["info"]
    assert isinstance(info, dict) and info["api_url"].startswith("http://127.0.0.1:")
