"""examples/format_versions.py (the documentation's "Add versions to a format") runs against the sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.front_door import sandbox_client, unique, user_environment
from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "format_versions.py"


def test_format_versions_example_adds_versions_once(sandbox: SandboxHandle) -> None:
    code = unique("fmt")
    with sandbox_client(sandbox) as isogeo:
        isogeo.formats.create(code, "PostGIS (example)", versions=["2.5"])
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("ISOGEO_")},
        **user_environment(sandbox),
    }

    done = subprocess.run(  # noqa: S603 - our own example, with this interpreter
        [sys.executable, str(EXAMPLE), code, "3.4", "3.5"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["before: 2.5", "after:  2.5, 3.4, 3.5", "again:  2.5, 3.4, 3.5"]
    assert sandbox.info["user_app"]["client_secret"] not in done.stdout + done.stderr
