"""tools.compat (make compat): the expected-failure list's format and the verdict on a run."""

from __future__ import annotations

from pathlib import Path

import pytest

from isogeo_sandbox.info import build_info
from tools.compat import EXPECTED, CompatError, judge, load_expected, sdk_environment, summary_line


def test_the_repository_list_parses_and_names_a_reason_kind_for_each_test() -> None:
    for node, reason in load_expected(EXPECTED).items():
        assert node.startswith("tests/test_") and "::" in node
        assert reason.split(":", 1)[0] in ("internet", "platform", "sdk-bug", "undocumented")


@pytest.mark.parametrize(
    "line",
    [
        "tests/test_a.py::T::t",  # no reason
        "tests/test_a.py::T::t | flaky: sometimes",  # unknown kind
        "tests/test_a.py::T::t | internet:",  # kind without a reason
    ],
)
def test_a_malformed_entry_is_refused(tmp_path: Path, line: str) -> None:
    listing = tmp_path / "expected.txt"
    listing.write_text(f"# comment\n{line}\n", encoding="utf-8")
    with pytest.raises(CompatError, match=r"expected\.txt:2"):
        load_expected(listing)


def test_the_verdict_flags_unlisted_failures_listed_passes_and_stale_entries() -> None:
    outcomes = {
        "tests/test_a.py::T::ok": {"outcome": "passed", "reason": ""},
        "tests/test_a.py::T::broken": {"outcome": "failed", "reason": "AssertionError"},
        "tests/test_a.py::T::needs_net": {"outcome": "error", "reason": "setup: ConnectionError"},
        "tests/test_a.py::T::now_fixed": {"outcome": "passed", "reason": ""},
    }
    expected = {
        "tests/test_a.py::T::needs_net": "internet: reaches a GetCapabilities URL",
        "tests/test_a.py::T::now_fixed": "sdk-bug: was wrong",
        "tests/test_a.py::T::renamed": "platform: qa",
        "tests/test_b.py::T::not_run": "platform: qa",  # its module was not run: not stale
    }

    verdict = judge(outcomes, expected, ["tests/test_a.py"])

    assert [node for node, _, _ in verdict.unexpected] == ["tests/test_a.py::T::broken"]
    assert verdict.fixed == ["tests/test_a.py::T::now_fixed"]
    assert verdict.missing == ["tests/test_a.py::T::renamed"]
    assert not verdict.ok
    assert summary_line(verdict.counts) == "compat: 2 passed, 1 failed, 1 errors of 4"
    assert judge({"tests/test_a.py::T::ok": outcomes["tests/test_a.py::T::ok"]}, {}, []).ok


def test_the_sdk_environment_comes_from_info_json() -> None:
    info = build_info(port=4443, tls=True)
    env = sdk_environment(info)

    assert env["ISOGEO_PLATFORM"] == "custom"
    assert env["ISOGEO_API_URL"] == env["ISOGEO_ID_URL"] == "https://127.0.0.1:4443"
    assert env["ISOGEO_API_USER_LEGACY_CLIENT_ID"] == info["user_app"]["client_id"]
    assert env["ISOGEO_USER_PASSWORD"] == info["user_app"]["password"]
    assert env["ISOGEO_API_GROUP_CLIENT_SECRET"] == info["group_app"]["client_secret"]
    assert env["ISOGEO_FIXTURES_METADATA_COMPLETE"] == info["metadata"]["complete"]
    assert env["ISOGEO_WORKGROUP_TEST_UUID"] == info["workgroups"]["test"]
