"""Faults on demand over real sockets: what a resilient client must survive."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest

from tests.support.sandbox import SandboxHandle, start_sandbox

pytestmark = pytest.mark.integration


def test_status_burst_hits_the_next_n_matching_requests_then_stops(sandbox: SandboxHandle) -> None:
    sandbox.faults("status=503,count=2,method=GET,path=/resources/*")
    with sandbox.user() as user:
        statuses = [user.get("/resources/search", params={"_limit": 0}).status_code for _ in range(3)]
        about = user.get("/about")

    assert statuses == [503, 503, 200]
    assert about.status_code == 200  # not matched by the path glob


def test_429_carries_retry_after_and_the_error_body(sandbox: SandboxHandle) -> None:
    sandbox.faults("status=429,retry-after=2,count=1")
    with sandbox.http() as anonymous:
        response = anonymous.get("/about")

    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert response.json()["error"] == "too_many_requests"
    assert response.headers["x-request-id"]


def test_latency_and_operation_scoping(sandbox: SandboxHandle) -> None:
    sandbox.faults("latency=300,operation=getDatabaseVersion")
    with sandbox.http() as anonymous:
        started = time.perf_counter()
        anonymous.get("/about/database")
        slow = time.perf_counter() - started
        started = time.perf_counter()
        anonymous.get("/about")
        fast = time.perf_counter() - started

    assert slow >= 0.3
    assert fast < slow


def test_spike_beyond_the_client_read_timeout(sandbox: SandboxHandle) -> None:
    sandbox.faults("spike=2000,count=1,path=/about")
    with sandbox.http() as anonymous, pytest.raises(httpx.ReadTimeout):
        anonymous.get("/about", timeout=0.3)


def test_connection_reset_and_drop_happen_before_any_response(sandbox: SandboxHandle) -> None:
    sandbox.faults("reset,count=1,path=/about")
    with sandbox.http() as anonymous:
        with pytest.raises(httpx.TransportError):
            anonymous.get("/about")
        sandbox.faults("drop,count=1,path=/about")
        with pytest.raises(httpx.RemoteProtocolError):
            anonymous.get("/about")
        assert anonymous.get("/about").status_code == 200  # the server itself is fine


def test_reset_is_a_real_tcp_reset(sandbox: SandboxHandle) -> None:
    sandbox.faults("reset,count=1,path=/about")
    host, port = sandbox.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        raw.sendall(b"GET /about HTTP/1.1\r\nHost: sandbox\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            raw.recv(1024)


def test_truncated_body_promises_more_than_it_sends(sandbox: SandboxHandle) -> None:
    sandbox.faults("truncate,count=1,operation=searchMetadata")
    with sandbox.user() as user, pytest.raises(httpx.RemoteProtocolError):
        user.get("/resources/search")


def test_invalid_json_and_html_pages_with_200(sandbox: SandboxHandle) -> None:
    sandbox.faults("invalid-json,count=1,path=/about;html,count=1,path=/about")
    with sandbox.http() as anonymous:
        broken = anonymous.get("/about")
        html = anonymous.get("/about")

    assert broken.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        broken.json()
    assert html.status_code == 200
    assert html.headers["content-type"].startswith("text/html")


def test_token_endpoint_down(sandbox: SandboxHandle) -> None:
    sandbox.faults("status=503,count=1,path=/oauth/token")

    assert sandbox.token_response("group").status_code == 503
    assert sandbox.token_response("group").status_code == 200


def test_probability_is_seeded_and_reproducible() -> None:
    def pattern() -> list[int]:
        with (
            start_sandbox(seed="small", faults="status=500,probability=0.5,path=/about") as fresh,
            fresh.http() as c,
        ):
            return [c.get("/about").status_code for _ in range(20)]

    first, second = pattern(), pattern()
    assert first == second
    assert set(first) == {200, 500}


def test_admin_api_lists_and_removes_faults(sandbox: SandboxHandle) -> None:
    created = sandbox.faults("status=502,count=5")
    listed = sandbox.admin("GET", "/faults").json()
    assert [rule["id"] for rule in listed] == [rule["id"] for rule in created]

    sandbox.admin("DELETE", f"/faults/{created[0]['id']}")
    assert sandbox.admin("GET", "/faults").json() == []
    bad = httpx.post(f"{sandbox.base_url}/__sandbox/faults", json={"spec": "explode=1"})
    assert bad.status_code == 400 and "unknown fault kind" in bad.json()["message"]


def test_stats_count_injected_faults(sandbox: SandboxHandle) -> None:
    before = sandbox.stats()["faults"].get("status", 0)
    sandbox.faults("status=504,count=1,path=/about")
    with sandbox.http() as anonymous:
        assert anonymous.get("/about").status_code == 504

    assert sandbox.stats()["faults"]["status"] == before + 1


def test_latency_flag_of_the_server_applies_to_every_request() -> None:
    with start_sandbox(seed="small", latency_ms=150) as slow, slow.http() as anonymous:
        started = time.perf_counter()
        anonymous.get("/about")
        assert time.perf_counter() - started >= 0.15


def test_one_page_of_a_listing_is_hit_by_its_query_parameters(sandbox: SandboxHandle) -> None:
    sandbox.faults("status=503,count=1,method=GET,query=_offset=200")
    with sandbox.user() as user:
        first = user.get("/resources/search", params={"_limit": 100, "_offset": 100})
        hit = user.get("/resources/search", params={"_limit": 100, "_offset": 200})
        again = user.get("/resources/search", params={"_limit": 100, "_offset": 200})

    assert (first.status_code, hit.status_code, again.status_code) == (200, 503, 200)


def test_expire_tokens_fault_expires_every_token_before_the_request(sandbox: SandboxHandle) -> None:
    sandbox.faults("expire-tokens,count=1,query=_offset=20")
    counted = sandbox.stats()["faults"].get("expire-tokens", 0)
    with sandbox.user() as user:
        before = user.get("/resources/search", params={"_limit": 10, "_offset": 10})
        expired = user.get("/resources/search", params={"_limit": 10, "_offset": 20})
        after = user.get("/resources/search", params={"_limit": 10, "_offset": 30})

    assert before.status_code == 200
    assert expired.status_code == after.status_code == 401
    assert 'error="invalid_token"' in expired.headers["www-authenticate"]
    assert sandbox.stats()["faults"]["expire-tokens"] == counted + 1


def test_received_counts_every_arrival_even_when_a_fault_answers(sandbox: SandboxHandle) -> None:
    sandbox.faults("status=500,count=1,path=/about;reset,count=1,path=/about")
    before = sandbox.stats()["received"].get("getApiVersion", 0)
    with sandbox.http() as anonymous:
        assert anonymous.get("/about").status_code == 500
        with pytest.raises(httpx.TransportError):
            anonymous.get("/about")
        assert anonymous.get("/about").status_code == 200

    stats = sandbox.stats()
    assert stats["received"]["getApiVersion"] == before + 3


def test_in_flight_counts_a_delayed_request_until_it_is_done_even_after_its_client_left(
    sandbox: SandboxHandle,
) -> None:
    sandbox.faults("spike=600,count=1,path=/about")
    with sandbox.http() as anonymous, pytest.raises(httpx.ReadTimeout):
        anonymous.get("/about", timeout=0.2)
    during = sandbox.stats()["in_flight"]
    deadline = time.monotonic() + 10
    while sandbox.stats()["in_flight"] and time.monotonic() < deadline:
        time.sleep(0.02)

    assert during == 1
    assert sandbox.stats()["in_flight"] == 0
