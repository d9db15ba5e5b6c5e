"""The ``isogeo`` command against the sandbox, through typer's CliRunner: each command succeeds
and fails as documented (exit codes 0, 1, 2, 3, 4), ``--help`` works everywhere, output formats
hold what they should, ``export-xml`` resumes, and a password never shows."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner, Result

from isogeo.cli.app import app
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import sandbox_client

pytestmark = pytest.mark.integration

# A search with a few dozen results (export-xml --query).
SMALL_QUERY = "type:service format:wfs"


@pytest.fixture(autouse=True)
def _no_isogeo_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test configures the command itself: no ISOGEO_* variable leaks in from the outside."""
    for name in list(os.environ):
        if name.startswith("ISOGEO_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COLUMNS", "200")


def isogeo(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env=env, input=input)


def on(sandbox: SandboxHandle, *args: str, group: bool = False) -> Result:
    """``isogeo --sandbox URL [--auth group] ARGS``."""
    auth = ["--auth", "group"] if group else []
    return isogeo("--sandbox", sandbox.base_url, *auth, *args)


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr, result.exception)
    return result


def _total(sandbox: SandboxHandle, query: str = "") -> int:
    with sandbox.user() as http:
        params = {"q": query, "_limit": 0} if query else {"_limit": 0}
        total: int = http.get("/resources/search", params=params).json()["total"]
    return total


# ---------------------------------------------------------------------------------- help
@pytest.mark.parametrize(
    "command",
    [
        [],
        ["search"],
        ["metadata"],
        ["metadata", "get"],
        ["metadata", "export-xml"],
        ["links"],
        ["links", "download"],
        ["contacts"],
        ["contacts", "list"],
        ["whoami"],
        ["about"],
    ],
    ids=lambda command: " ".join(command) or "isogeo",
)
def test_every_command_has_help(command: list[str]) -> None:
    result = _ok(isogeo(*command, "--help"))

    assert f"Usage: isogeo {' '.join(command)}".rstrip() in result.stdout
    assert result.stdout.count("--help") >= 1


def test_no_command_shows_the_commands_and_a_usage_code() -> None:
    result = isogeo()

    assert result.exit_code == 2
    for command in ("search", "metadata", "links", "contacts", "whoami", "about"):
        assert command in result.stdout


def test_an_unknown_option_is_bad_usage(sandbox: SandboxHandle) -> None:
    result = on(sandbox, "search", "--colour", "red")

    assert result.exit_code == 2 and "No such option" in result.stderr


# ---------------------------------------------------------------------------------- search
def test_search_one_page_as_json(sandbox: SandboxHandle) -> None:
    result = _ok(on(sandbox, "search", "type:service", "--limit", "3", "--format", "json"))

    records = json.loads(result.stdout)
    assert len(records) == 3 and all(record["type"] == "service" for record in records)
    assert f"results 1-3 of {_total(sandbox, 'type:service')}" in result.stderr


def test_search_every_result_to_a_csv_file(sandbox: SandboxHandle, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    result = _ok(on(sandbox, "search", "--all", "--out", str(out)))

    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == _total(sandbox) == len({row["_id"] for row in rows})
    assert list(rows[0]) == ["_id", "title", "type", "format", "_modified"]
    assert "Searching" in result.stderr and f"written to {out} (csv)" in result.stderr
    assert result.stdout == ""  # data went to the file, messages and the progress bar to stderr


def test_search_csv_columns_say_what_they_hold_and_can_be_chosen(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    out = tmp_path / "chosen.csv"
    _ok(
        on(
            sandbox,
            "search",
            "-n",
            "20",
            "--columns",
            "_id,_modified,modified,_creator.name",
            "--out",
            str(out),
        )
    )

    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["_id", "_modified", "modified", "_creator.name"]
    with sandbox_client(sandbox) as isogeo:
        records = {md.sys_id: md.to_dict() for md in isogeo.search(page_size=20).results}
    for row in rows:
        record = records[row["_id"]]
        assert row["_modified"] == str(record.get("_modified") or "")  # the record's change, in full
        assert row["modified"] == str(record.get("modified") or "")  # the data's


def test_search_jsonl_keeps_the_includes(sandbox: SandboxHandle) -> None:
    result = _ok(
        on(sandbox, "search", "type:vector-dataset", "-n", "5", "-i", "links,contacts", "-f", "jsonl")
    )

    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5 and all("links" in record and "contacts" in record for record in records)


def test_search_table_shows_titles(sandbox: SandboxHandle) -> None:
    page = _ok(on(sandbox, "search", "type:service", "-n", "2", "-f", "json")).stdout
    result = _ok(on(sandbox, "search", "type:service", "-n", "2"))

    for record in json.loads(page):
        assert record["_id"] in result.stdout and record["title"] in result.stdout


def test_search_in_a_workgroup_and_in_a_share(sandbox: SandboxHandle) -> None:
    workgroup, share = sandbox.info["workgroups"]["test"], sandbox.info["share"]["id"]
    in_group = _ok(on(sandbox, "search", "--group", workgroup, "-n", "5", "-f", "jsonl"))
    in_share = _ok(on(sandbox, "search", "--share", share, "-n", "0", "-f", "json", group=True))

    owners = {json.loads(line)["_creator"]["_id"] for line in in_group.stdout.splitlines()}
    assert owners == {workgroup}
    assert json.loads(in_share.stdout) == [] and "results, none on this page" in in_share.stderr


def test_search_refuses_a_bad_filter_before_any_request(sandbox: SandboxHandle) -> None:
    before = sandbox.stats()["operations"].get("searchMetadata", 0)
    result = on(sandbox, "search", "type:vectorDataset")

    assert result.exit_code == 2
    assert "query='type:vectorDataset' is not accepted" in result.stderr
    assert sandbox.stats()["operations"].get("searchMetadata", 0) == before


def test_search_all_with_a_page_is_bad_usage(sandbox: SandboxHandle) -> None:
    result = on(sandbox, "search", "--all", "--limit", "5")

    assert result.exit_code == 2 and "--all returns every result" in result.stderr


# ---------------------------------------------------------------------------------- metadata get
def test_metadata_get_with_every_sub_resource(sandbox: SandboxHandle) -> None:
    md_id = sandbox.info["metadata"]["complete"]
    record = json.loads(_ok(on(sandbox, "metadata", "get", md_id, "--include", "all", "-f", "json")).stdout)
    table = _ok(on(sandbox, "metadata", "get", md_id, "--include", "all")).stdout

    assert record["_id"] == md_id
    for key in ("keywords", "contacts", "links", "events", "feature-attributes", "specifications"):
        assert record[key], key
        assert f"{key} ({len(record[key])})" in table
    assert record["title"] in table


def test_metadata_get_unknown_is_not_found(sandbox: SandboxHandle) -> None:
    result = on(sandbox, "metadata", "get", "0" * 32)

    assert result.exit_code == 4
    assert result.stderr.startswith("isogeo: error: 404 Not Found") and "request id" in result.stderr


def test_metadata_get_malformed_id_is_bad_usage(sandbox: SandboxHandle) -> None:
    result = on(sandbox, "metadata", "get", "not-a-metadata-id")

    assert result.exit_code == 2
    assert "metadata_id='not-a-metadata-id' is not accepted" in result.stderr
    assert "hint: see 'isogeo COMMAND --help'" in result.stderr


# ---------------------------------------------------------------------------------- export-xml
def test_export_xml_by_ids_then_resumes(sandbox: SandboxHandle, tmp_path: Path) -> None:
    ids = [sandbox.info["metadata"][kind] for kind in ("complete", "vector", "raster")]
    first = _ok(on(sandbox, "metadata", "export-xml", *ids, "--out", str(tmp_path)))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{key}.xml" for key in ids)
    assert all(p.read_bytes().startswith(b"<?xml") for p in tmp_path.iterdir())
    assert "3 exported, 0 already there" in first.stderr

    # An interrupted run left one file half-written (a hidden partial) and never renamed another.
    (tmp_path / f"{ids[1]}.xml").unlink()
    partial = tmp_path / f".{ids[1]}.xml.abc123.part"
    partial.write_bytes(b"<?xml half")
    exported_before = sandbox.stats()["operations"].get("exportMetadataXml", 0)
    second = _ok(on(sandbox, "metadata", "export-xml", *ids, "--out", str(tmp_path)))

    assert "1 exported, 2 already there" in second.stderr
    assert sandbox.stats()["operations"].get("exportMetadataXml", 0) - exported_before == 1
    assert not partial.exists()
    assert (tmp_path / f"{ids[1]}.xml").read_bytes().startswith(b"<?xml")


def test_export_xml_by_query(sandbox: SandboxHandle, tmp_path: Path) -> None:
    result = _ok(
        on(
            sandbox,
            "metadata",
            "export-xml",
            "--query",
            SMALL_QUERY,
            "--out",
            str(tmp_path),
            "--concurrency",
            "8",
        )
    )

    total = _total(sandbox, SMALL_QUERY)
    assert 0 < total == len(list(tmp_path.glob("*.xml")))
    assert f"{total} exported" in result.stderr and "Exporting" in result.stderr


def test_export_xml_unknown_id_exports_the_others_and_exits_4(sandbox: SandboxHandle, tmp_path: Path) -> None:
    known = sandbox.info["metadata"]["service"]
    result = on(sandbox, "metadata", "export-xml", known, "f" * 32, "--out", str(tmp_path))

    assert result.exit_code == 4
    assert [p.name for p in tmp_path.iterdir()] == [f"{known}.xml"]
    assert "not found: " + "f" * 32 in result.stderr


def test_export_xml_needs_ids_or_a_query(sandbox: SandboxHandle, tmp_path: Path) -> None:
    neither = on(sandbox, "metadata", "export-xml", "--out", str(tmp_path))
    both = on(sandbox, "metadata", "export-xml", "a" * 32, "--query", "x", "--out", str(tmp_path))
    no_out = on(sandbox, "metadata", "export-xml", "a" * 32)

    assert (neither.exit_code, both.exit_code, no_out.exit_code) == (2, 2, 2)
    assert "one of them" in neither.stderr and "not both" in both.stderr and "--out" in no_out.stderr


# ---------------------------------------------------------------------------------- links download
def test_links_download_hosted_data(sandbox: SandboxHandle, tmp_path: Path) -> None:
    md_id = sandbox.info["metadata"]["complete"]
    result = _ok(on(sandbox, "links", "download", md_id, "--out", str(tmp_path)))

    saved = tmp_path / "communes_2024.zip"
    with sandbox.user() as http:
        links = http.get(f"/resources/{md_id}/links").json()
        hosted = next(link for link in links if link["type"] == "hosted")
        expected = http.get(f"/resources/{md_id}/links/{hosted['_id']}.bin").content
    assert saved.read_bytes() == expected
    assert result.stdout.startswith(f"{saved}\t")


def test_re_runs_of_downloads_and_exports_follow_one_rule(sandbox: SandboxHandle, tmp_path: Path) -> None:
    md_id = sandbox.info["metadata"]["complete"]
    downloads, exports = tmp_path / "downloads", tmp_path / "xml"
    for _ in range(2):
        _ok(on(sandbox, "links", "download", md_id, "--out", str(downloads)))
        _ok(on(sandbox, "metadata", "export-xml", md_id, "--out", str(exports)))
    again = _ok(on(sandbox, "links", "download", md_id, "--out", str(downloads)))
    assert [p.name for p in downloads.iterdir()] == ["communes_2024.zip"]  # no "communes_2024 (1).zip"
    assert "already there" in again.stderr and again.stdout == ""

    (downloads / "communes_2024.zip").write_bytes(b"not the same size")
    (exports / f"{md_id}.xml").write_bytes(b"<old/>")
    before = sandbox.stats()["operations"].get("exportMetadataXml", 0)
    _ok(on(sandbox, "links", "download", md_id, "--out", str(downloads), "--overwrite"))
    forced = _ok(on(sandbox, "metadata", "export-xml", md_id, "--out", str(exports), "--overwrite"))
    assert [p.name for p in downloads.iterdir()] == ["communes_2024.zip"]
    assert (downloads / "communes_2024.zip").read_bytes() != b"not the same size"
    assert (exports / f"{md_id}.xml").read_bytes().startswith(b"<?xml")
    assert "1 exported, 0 already there" in forced.stderr
    assert sandbox.stats()["operations"].get("exportMetadataXml", 0) - before == 1


def test_links_download_without_hosted_data_is_not_found(sandbox: SandboxHandle, tmp_path: Path) -> None:
    result = on(sandbox, "links", "download", sandbox.info["metadata"]["service"], "--out", str(tmp_path))

    assert result.exit_code == 4 and "has no hosted data" in result.stderr
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------- contacts list
def test_contacts_list_searched_filtered_ordered(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    result = _ok(
        on(sandbox, "contacts", "list", workgroup, "--type", "custom", "--order", "-name", "-f", "csv")
    )

    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    names = [row["name"] for row in rows]
    assert rows and {row["type"] for row in rows} == {"custom"}
    assert names == sorted(names, key=str.casefold, reverse=True)
    searched = _ok(on(sandbox, "contacts", "list", workgroup, "--search", "EAU", "-f", "json"))
    assert all("eau" in json.dumps(card, ensure_ascii=False).lower() for card in json.loads(searched.stdout))


def test_contacts_list_as_a_group_application_is_refused(sandbox: SandboxHandle) -> None:
    result = on(sandbox, "contacts", "list", sandbox.info["workgroups"]["test"], group=True)

    assert result.exit_code == 3
    assert "403 Forbidden" in result.stderr and "group application is read-only" in result.stderr


def test_contacts_list_bad_type_is_bad_usage(sandbox: SandboxHandle) -> None:
    result = on(sandbox, "contacts", "list", sandbox.info["workgroups"]["test"], "--type", "robot")

    assert result.exit_code == 2 and "robot" in result.stderr


# ---------------------------------------------------------------------------------- whoami, about
def test_whoami_user_and_group(sandbox: SandboxHandle) -> None:
    user = json.loads(_ok(on(sandbox, "whoami", "-f", "json")).stdout)
    group = _ok(on(sandbox, "whoami", group=True)).stdout

    assert user["auth_mode"] == "user_legacy" and "api:write" in user["scopes"]
    assert user["account"]["contact"]["email"] == sandbox.info["user_app"]["username"]
    assert {"workgroup": "Isogeo Test", "role": "admin"} in user["memberships"]
    assert "group, read-only" in group and "resources:read" in group


def test_whoami_with_a_wrong_secret_is_an_auth_error(sandbox: SandboxHandle) -> None:
    env = {
        "ISOGEO_API_GROUP_CLIENT_ID": sandbox.info["group_app"]["client_id"],
        "ISOGEO_API_GROUP_CLIENT_SECRET": "not-the-secret",
        "ISOGEO_API_URL": sandbox.base_url,
        "ISOGEO_ID_URL": sandbox.base_url,
    }
    result = isogeo("whoami", env=env)

    assert result.exit_code == 3
    assert "401 Unauthorized" in result.stderr and "not-the-secret" not in result.output


def test_missing_credentials_are_an_auth_error() -> None:
    result = isogeo("search")

    assert result.exit_code == 3 and "no complete set of Isogeo credentials" in result.stderr


def test_about_asks_the_api_its_version_without_credentials(sandbox: SandboxHandle) -> None:
    with httpx.Client(base_url=sandbox.base_url) as http:
        version = http.get("/about").json()["version"]
    result = _ok(isogeo("--api-url", sandbox.base_url, "about", "-f", "json"))

    record = json.loads(result.stdout)
    assert record["api_version"] == version and record["api_url"] == sandbox.base_url
    assert record["client"] and record["platform"] == "custom"


def test_about_without_an_api_is_an_error(unused_port: int) -> None:
    result = isogeo("--api-url", f"http://127.0.0.1:{unused_port}", "about")

    assert result.exit_code == 1 and "cannot reach the API" in result.stderr
    offline = _ok(isogeo("--api-url", f"http://127.0.0.1:{unused_port}", "about", "--offline"))
    assert "api_version" not in offline.stdout


# ---------------------------------------------------------------------------------- configuration
def _user_file(sandbox: SandboxHandle, folder: Path) -> Path:
    app_ = sandbox.info["user_app"]
    path = folder / "client_secrets.json"
    path.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": app_["client_id"],
                    "client_secret": app_["client_secret"],
                    "token_uri": sandbox.info["token_url"],
                }
            }
        ),
        encoding="utf-8",
    )
    return path


def test_credentials_file_with_a_prompted_password(sandbox: SandboxHandle, tmp_path: Path) -> None:
    user = sandbox.info["user_app"]
    args = ["--credentials", str(_user_file(sandbox, tmp_path)), "--api-url", sandbox.base_url]
    result = isogeo(*args, "-u", user["username"], "whoami", "-f", "json", input=user["password"] + "\n")

    assert result.exit_code == 0, result.output
    assert f"Password for {user['username']}" in result.output
    assert user["password"] not in result.output  # not echoed
    assert json.loads(result.stdout[result.stdout.index("{") :])["auth_mode"] == "user_legacy"


def test_a_wrong_password_is_an_auth_error_that_never_shows_it(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    user = sandbox.info["user_app"]
    env = {"ISOGEO_USER_PASSWORD": "wrong-password-4242"}
    args = ["--credentials", str(_user_file(sandbox, tmp_path)), "--api-url", sandbox.base_url]
    result = isogeo(*args, "-u", user["username"], "-vv", "whoami", env=env)
    helped = isogeo("--help", env=env)

    assert result.exit_code == 3
    assert "wrong-password-4242" not in result.output and "wrong-password-4242" not in helped.output


def test_a_malformed_credentials_file_is_an_auth_error(tmp_path: Path) -> None:
    path = tmp_path / "client_secrets.json"
    path.write_text('{"web": {"client_id": "app"}}', encoding="utf-8")
    result = isogeo("--credentials", str(path), "search")

    assert result.exit_code == 3 and "web.client_secret" in result.stderr


def test_the_sandbox_option_needs_a_sandbox(unused_port: int) -> None:
    result = isogeo("--sandbox", f"http://127.0.0.1:{unused_port}", "search")

    assert result.exit_code == 1 and "no sandbox answers" in result.stderr


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _env_of(sandbox: SandboxHandle) -> dict[str, Any]:
    return {"ISOGEO_SANDBOX_URL": sandbox.base_url}


def test_the_sandbox_url_from_the_environment(sandbox: SandboxHandle) -> None:
    result = _ok(isogeo("search", "-n", "1", "-f", "json", env=_env_of(sandbox)))

    assert len(json.loads(result.stdout)) == 1
