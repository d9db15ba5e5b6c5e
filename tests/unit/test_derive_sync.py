"""``make check-sync``: the sync workflows (and their sync tests) are what unasync derives from the
async ones, and a stale or hand-edited derived file fails the check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools import derive_sync


def test_the_committed_sync_files_are_fresh(capsys: pytest.CaptureFixture[str]) -> None:
    assert derive_sync.main(["--check"]) == 0
    assert "sync code is fresh" in capsys.readouterr().out


def test_a_hand_edited_sync_file_fails_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = derive_sync.WORKFLOWS / "_async" / "replace.py"
    derived = tmp_path / "replace.py"
    shutil.copyfile(derive_sync.WORKFLOWS / "_sync" / "replace.py", derived)
    derived.write_text(
        derived.read_text(encoding="utf-8").replace("def undo_replace(", "def undo_it("), "utf-8"
    )
    monkeypatch.setattr(derive_sync, "pairs", lambda: [(source, derived)])

    assert derive_sync.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "-def undo_it(" in out and "+def undo_replace(" in out
    assert "stale or hand-edited" in out


def test_derivation_removes_async_and_renames_the_client() -> None:
    text = (derive_sync.WORKFLOWS / "_sync" / "duplicate.py").read_text(encoding="utf-8")
    assert "async " not in text and "await " not in text and "AsyncIsogeo" not in text
    assert text.startswith("# Derived from _async/duplicate.py by tools/derive_sync.py")


def test_parentheses_around_an_awaited_call_are_dropped_with_the_await() -> None:
    source = "title = (await isogeo.metadata.get(md_id)).title\npair = (await a(), b)\nn = len(await c())\n"
    assert derive_sync.drop_await_parentheses(source) == (
        "title = await isogeo.metadata.get(md_id).title\npair = (await a(), b)\nn = len(await c())\n"
    )


def test_a_with_whose_whole_body_is_a_with_is_merged_into_one() -> None:
    derived = (
        "def test() -> None:\n"
        "    with client() as isogeo:\n"
        "        with pytest.raises(Error):\n"
        "            isogeo.get()\n"
        "    with client() as isogeo:\n"
        "        with pytest.raises(Error):\n"
        "            isogeo.get()\n"
        "        isogeo.close()\n"
    )
    assert derive_sync.merge_nested_with(derived) == (
        "def test() -> None:\n"
        "    with client() as isogeo, pytest.raises(Error):\n"
        "        isogeo.get()\n"
        "    with client() as isogeo:\n"
        "        with pytest.raises(Error):\n"
        "            isogeo.get()\n"
        "        isogeo.close()\n"
    )


def test_derived_tests_call_the_sync_twins_of_the_async_helpers() -> None:
    text = (derive_sync.TESTS / "test_auth.py").read_text(encoding="utf-8")
    assert "concurrently(" in text and "concurrently_async" not in text and "asyncio" not in text


def test_lists_split_only_for_async_lose_their_magic_trailing_comma() -> None:
    derived = (
        "from a import (\n    b,\n    c,\n)\n"
        "def test_x(\n    sandbox: Handle,\n) -> None:\n"
        "    with (\n        client() as isogeo,\n        other(),\n    ):\n"
        "        kept = [\n            1,\n        ]\n"
    )
    assert derive_sync.drop_magic_trailing_commas(derived) == (
        "from a import (\n    b,\n    c\n)\n"
        "def test_x(\n    sandbox: Handle\n) -> None:\n"
        "    with (\n        client() as isogeo,\n        other()\n    ):\n"
        "        kept = [\n            1,\n        ]\n"
    )


def test_a_comprehension_left_by_async_for_becomes_a_list() -> None:
    def rewritten(text: str) -> str:
        for pattern, replacement in derive_sync.TEST_RULES:
            text = pattern.sub(replacement, text)
        return text

    assert (
        rewritten("chunks = [chunk for chunk in xml.iter_bytes(1024)]")
        == "chunks = list(xml.iter_bytes(1024))"
    )
    kept = "[r for r in loopback.requests if r.path != '/token']"
    assert rewritten(kept) == kept
