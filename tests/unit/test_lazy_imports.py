"""Importing the client loads no namespace and no generated model: they load on first use.

``from isogeo import Isogeo`` is what every script runs first; the generated models alone cost
more than httpx to import (bench scenario 4). These tests run fresh interpreters and look at
``sys.modules``; they time nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("isogeo_api.models", "isogeo_api.api", "isogeo.resources", "isogeo.search", "isogeo._call")


def _modules_after(code: str) -> list[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    completed = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    modules: list[str] = json.loads(completed.stdout.splitlines()[-1])
    return modules


@pytest.mark.parametrize(
    "code",
    [
        "import isogeo",
        "from isogeo import AsyncIsogeo, Isogeo",
        "from isogeo import Isogeo\nIsogeo('app', 'secret').close()",
    ],
)
def test_the_client_loads_no_namespace_and_no_model(code: str) -> None:
    loaded = [
        name for name in _modules_after(code) if any(name == h or name.startswith(f"{h}.") for h in HEAVY)
    ]
    assert loaded == []


def test_a_namespace_loads_on_first_use() -> None:
    code = "from isogeo import Isogeo\nisogeo = Isogeo('app', 'secret')\nisogeo.contacts\nisogeo.close()"
    loaded = _modules_after(code)
    assert "isogeo.resources.contacts" in loaded
    assert "isogeo_api.models" in loaded
    assert "isogeo.resources.search" not in loaded
