"""Sandbox building blocks without a server: fault rules, routing, seed determinism, info, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from isogeo_sandbox.cli import main
from isogeo_sandbox.faults import FaultInjector, FaultSpecError, parse_spec
from isogeo_sandbox.info import FIXTURE_METADATA, build_info
from isogeo_sandbox.routing import Router, normalise_path
from isogeo_sandbox.seed.builder import build_store
from isogeo_sandbox.spec import load_spec, spec_operations
from isogeo_sandbox.tls import default_ca_file

ROOT = Path(__file__).resolve().parents[2]


def test_fault_spec_syntax() -> None:
    rules = parse_spec(
        "status=429,retry-after=2,count=3,method=get,path=/resources/*; latency=200,jitter=50;drop,p=0.1"
    )

    assert [r.kind for r in rules] == ["status", "latency", "drop"]
    assert (rules[0].status, rules[0].retry_after, rules[0].count, rules[0].method) == (429, 2.0, 3, "GET")
    assert (rules[1].ms, rules[1].jitter) == (200.0, 50.0)
    assert rules[2].probability == 0.1


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("explode", "unknown fault kind"),
        ("status", "status=<100..599>"),
        ("status=999", "100..599"),
        ("drop,probability=2", "between 0 and 1"),
        ("drop,count", "key=value"),
        ("drop,colour=red", "unknown fault keys"),
        ("reset,path=~[", "bad path regex"),
        ("latency=abc", "bad fault value"),
    ],
)
def test_fault_spec_errors_say_what_is_wrong(spec: str, message: str) -> None:
    with pytest.raises(FaultSpecError, match=message):
        parse_spec(spec)


def test_fault_matching_by_method_path_regex_and_count() -> None:
    injector = FaultInjector("t")
    injector.add(parse_spec("status=503,count=2,method=POST,path=~^/groups/[0-9a-f]+/contacts$"))

    assert injector.decide("GET", "/groups/ab/contacts", None).outcome is None
    assert injector.decide("POST", "/groups/ab/contacts", None).outcome is not None
    assert injector.decide("POST", "/groups/ab/contacts", None).outcome is not None
    assert injector.decide("POST", "/groups/ab/contacts", None).outcome is None
    assert injector.rules == []  # used up


def test_fault_matching_by_query_parameters() -> None:
    injector = FaultInjector("t")
    injector.add(parse_spec("status=503,count=1,query=_offset=200&_limit=100;status=502,query=_include"))
    page = [("_limit", "100"), ("_offset", "200"), ("_lang", "fr")]

    assert (
        injector.decide("GET", "/resources/search", None, [("_offset", "100"), ("_limit", "100")]).outcome
        is None
    )
    assert (
        injector.decide("GET", "/resources/search", None, [("_offset", "200")]).outcome is None
    )  # _limit missing
    first = injector.decide("GET", "/resources/search", None, page).outcome
    assert first is not None and first.status == 503
    assert injector.decide("GET", "/resources/search", None, page).outcome is None  # used up
    only_key = injector.decide("GET", "/resources/x", None, [("_include", "")]).outcome
    assert only_key is not None and only_key.status == 502


def test_expire_tokens_is_a_side_effect_that_combines_with_an_outcome() -> None:
    injector = FaultInjector("t")
    injector.add(parse_spec("expire-tokens,count=1,path=/resources/*;status=500,count=1"))

    decision = injector.decide("GET", "/resources/search", "searchMetadata")
    assert decision.expire_tokens and decision.outcome is not None
    assert not injector.decide("GET", "/resources/search", "searchMetadata").expire_tokens
    with pytest.raises(FaultSpecError, match="takes no value"):
        parse_spec("expire-tokens=1")


def test_latencies_add_up_and_one_outcome_wins() -> None:
    injector = FaultInjector("t")
    injector.add(parse_spec("latency=100;latency=50;status=500;status=502"))
    decision = injector.decide("GET", "/about", "getApiVersion")

    assert decision.delay_s == pytest.approx(0.15)
    assert decision.outcome is not None and decision.outcome.status == 500


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("/", "/"),
        ("/resources/search/", "/resources/search"),
        ("//groups//x/limits/", "/groups/x/limits"),
        ("/formats//", "/formats"),
    ],
)
def test_paths_are_normalised(raw: str, expected: str) -> None:
    assert normalise_path(raw) == expected


def test_router_prefers_the_most_literal_template() -> None:
    router = Router(spec_operations(load_spec()))
    md = "0269803d50c446b09f5060ef7fe3e22b"

    def op(method: str, path: str) -> str | None:
        found, _ = router.match(method, path)
        return found.operation.operation_id if found else None

    assert op("GET", "/resources/search") == "searchMetadata"
    assert op("GET", f"/resources/{md}.xml") == "exportMetadataXml"
    assert op("GET", f"/resources/{md}") == "getMetadata"
    assert op("GET", f"/resources/{md}/links/{md}.bin") == "downloadHostedLink"
    assert op("GET", "/formats/resource/search") == "searchNoGeoFormats"
    assert router.match("PATCH", "/about") == (None, ["GET"])


def test_seed_is_deterministic_and_sized() -> None:
    first, second = build_store("default"), build_store("default")
    other = build_store("another-seed", metadata_count=500)

    assert len(first.metadata) == 2000 and len(other.metadata) == 500
    assert list(first.metadata) == list(second.metadata)
    sample = list(first.metadata)[100]
    assert first.metadata[sample].fields == second.metadata[sample].fields
    assert first.hosted == second.hosted
    assert list(first.metadata)[10] not in other.metadata


def test_fixture_ids_of_info_exist_in_the_store_for_any_size() -> None:
    info = build_info(seed="default")
    for count in (None, 50):
        store = build_store("default", metadata_count=count)
        for name in FIXTURE_METADATA:
            assert info["metadata"][name] in store.metadata
        assert set(info["workgroups"].values()) <= set(store.workgroups)
        assert info["share"]["id"] in store.shares
        assert store.shares[info["share"]["id"]]["urlToken"] == info["share"]["token"]
        assert info["contact"] in store.contacts and info["catalog"] in store.catalogs
        assert (
            store.check_user(info["user_app"]["username"], info["user_app"]["password"])
            == info["user_app"]["user_id"]
        )


def test_seed_content_is_rich_and_multilingual() -> None:
    store = build_store("default")
    types = {md.type for md in store.metadata.values()}
    languages = {md.fields["language"] for md in store.metadata.values()}
    test_wg = build_info()["workgroups"]["test"]

    assert types == {"vectorDataset", "rasterDataset", "noGeoDataset", "service", "resource"}
    assert languages == {"fr", "en"}
    assert len(store.keywords) > 100 and len(store.thesauri) == 4
    owned = {
        kind: [e for e in getattr(store, kind).values() if e.get("~owner") == test_wg]
        for kind in ("contacts", "catalogs", "licenses", "specifications")
    }
    assert all(owned.values()), owned.keys()
    assert store.workgroup_keywords[test_wg]
    assert store.applications and store.users and store.invitations and store.datasources and store.formats


def test_info_json_command_prints_everything_a_client_needs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--json", "--port", "9999"]) == 0
    info = json.loads(capsys.readouterr().out)

    assert info["api_url"] == info["id_url"] == "http://127.0.0.1:9999"
    assert set(info["group_app"]) >= {"client_id", "client_secret"}
    assert set(info["user_app"]) >= {"client_id", "client_secret", "username", "password"}
    assert set(info["workgroups"]) == {"test", "other", "multilingual"}
    assert set(info["metadata"]) == {*FIXTURE_METADATA} and "complete_multilingual" in info["metadata"]
    assert set(info["share"]) == {"id", "token"}
    assert len(info["group_app"]["client_secret"]) == 64


def test_cli_without_the_sandbox_extra_says_what_to_install(tmp_path: Path) -> None:
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text("import sys\nsys.modules['uvicorn'] = None\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from isogeo_sandbox.cli import main; sys.exit(main(['serve']))"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": f"{tmp_path}:{ROOT / 'sandbox'}", "PATH": ""},
        check=False,
    )

    assert result.returncode == 2
    assert "pip install 'isogeo-client[sandbox]'" in result.stderr


def test_serve_command_starts_a_real_server(tmp_path: Path) -> None:
    """Measures the start-up time (reported, never asserted: no timed assertions in tests)."""
    started = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).with_name("isogeo-sandbox")),
            "serve",
            "--port",
            "0",
            "--log-level",
            "info",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = ""
        while "ready on" not in line:
            line = process.stderr.readline()
            assert line, "the server exited before being ready"
        url = line.split("ready on ", 1)[1].split()[0]
        ready = time.perf_counter() - started
        response = httpx.get(f"{url}/about")
        assert response.status_code == 200
        print(f"isogeo-sandbox serve ready in {ready:.2f} s (2,000 metadata)")
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize(
    ("host", "flag", "enabled"),
    [
        ("127.0.0.1", None, True),
        ("::1", None, True),
        ("192.0.2.7", None, False),
        ("192.0.2.7", True, True),
        ("127.0.0.1", False, False),
    ],
)
def test_admin_api_defaults_to_loopback_only(host: str, flag: bool | None, enabled: bool) -> None:
    from isogeo_sandbox.config import SandboxConfig

    assert SandboxConfig(host=host, admin=flag).admin_enabled is enabled


def test_info_json_with_tls_gives_https_urls_and_the_ca_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["info", "--json", "--port", "9999", "--tls"]) == 0
    default = json.loads(capsys.readouterr().out)
    ca_file = tmp_path / "ca.pem"
    assert main(["info", "--json", "--port", "9999", "--tls", "--ca-file", str(ca_file)]) == 0
    chosen = json.loads(capsys.readouterr().out)
    assert main(["info", "--json", "--port", "9999"]) == 0
    plain = json.loads(capsys.readouterr().out)

    assert default["tls"] is True and default["api_url"] == default["id_url"] == "https://127.0.0.1:9999"
    assert default["token_url"] == "https://127.0.0.1:9999/oauth/token"
    assert default["ca_file"] == str(default_ca_file("127.0.0.1", 9999))
    assert chosen["ca_file"] == str(ca_file)
    assert plain["tls"] is False and plain["ca_file"] is None


def test_ca_file_without_tls_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--json", "--ca-file", "ca.pem"]) == 2
    assert "--ca-file goes with --tls" in capsys.readouterr().err
