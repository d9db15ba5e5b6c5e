"""examples/workflows.py runs as written against the sandbox, with a user application configured from
the environment as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.front_door import new_workgroup, user_environment
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import sandbox_client
from tests.support.spec import ROOT

pytestmark = pytest.mark.integration


def test_workflows_example(sandbox: SandboxHandle, tmp_path: Path) -> None:
    with sandbox_client(sandbox) as isogeo:
        workgroup = new_workgroup(isogeo)
        isogeo.metadata.create(workgroup, {"title": "Sentiers de randonnée", "type": "vectorDataset"})
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("ISOGEO_")},
        **user_environment(sandbox),
    }
    done = subprocess.run(  # noqa: S603 - our own example, with this interpreter
        [sys.executable, str(ROOT / "examples" / "workflows.py"), workgroup, "out"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
        env=env,
    )

    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "backup: {'written': 6}"
    assert lines[1] == "read back: 1 metadata, 1 contacts"
    assert lines[2].startswith("copy: ")
    assert "-[copie] Sentiers de randonnée" in lines and "+[copy] Sentiers de randonnée" in lines
    assert lines[-1] == "replace: 1 changed, 1 restored"
    assert (tmp_path / "out" / "replace-report.json").exists()
