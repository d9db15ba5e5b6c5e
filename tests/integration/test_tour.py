"""``make demo``'s guided tour (examples/tour.py): every step prints its result and the tour exits
0; a failing step exits 1, names the step, and the sandbox it started is stopped anyway."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest

from tests.support.spec import ROOT

pytestmark = pytest.mark.integration

TOUR = ROOT / "examples" / "tour.py"

# Each step's header and a line only a successful step prints.
STEPS = {
    "1. Connect with both OAuth2 flows": "password grant: token with scope 'api:read api:write'",
    "2. Search: one page": "5 of ",
    "3. Search: every result, with a progress bar": "2000 metadata in 20 pages of 100 (5 at a time)",
    "4. A metadata with every sub-resource": "feature-attributes",
    "5. A contact: create, associate with a role, read back, dissociate, delete": "answers 404",
    "6. Bulk: a keyword and a catalog added to several metadata": "ignored alreadyPresent: 3",
    "7. URL builders (built locally, no request)": "https://open.isogeo.com/s/",
    "8. Files: ISO 19139 export, hosted upload and download": "identical to what was sent",
    "9. Retries: the sandbox answers 503 twice, the client retries": "2 retries after 503",
    "10. A deliberate error: a bad identifier, as a user sees it": "InvalidInputError, before any request",
    "11. The same from the shell: the isogeo command": "exit code 2 (bad usage)",
}


def test_the_tour_prints_every_step_and_exits_0() -> None:
    done = subprocess.run(  # noqa: S603 - our own example, with this interpreter
        [sys.executable, str(TOUR)], capture_output=True, text=True, timeout=180, check=False
    )

    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    lines = done.stdout.splitlines()
    headers = [line for line in lines if line[:1].isdigit()]
    assert headers == list(STEPS)
    for header, result in STEPS.items():
        section = done.stdout.split(header, 1)[1].split("\n\n", 1)[0]
        assert result in section, f"{header}: {result!r} not in {section!r}"
    assert "none violating the spec" in lines[-1]
    assert done.stderr == ""


def _load_tour() -> ModuleType:
    spec = importlib.util.spec_from_file_location("isogeo_tour", TOUR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_failing_step_exits_1_and_stops_the_sandbox(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tour = _load_tour()
    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def recording_popen(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        process = real_popen(*args, **kwargs)
        started.append(process)
        return process

    def failing_check(condition: bool, message: str) -> None:
        raise tour.TourError(f"forced: {message}")

    monkeypatch.setattr(tour.subprocess, "Popen", recording_popen)
    monkeypatch.setattr(tour, "check", failing_check)  # the first check is in step 2

    assert tour.main() == 1
    assert "tour failed at step 2 (Search: one page): TourError: forced: " in capsys.readouterr().err
    (sandbox,) = [process for process in started if "serve" in process.args]
    assert sandbox.poll() is not None  # stopped


def test_a_sandbox_that_does_not_start_fails_the_tour(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tour = _load_tour()
    monkeypatch.setattr(tour, "SANDBOX", [sys.executable, "-c", "import sys; sys.exit('no sandbox today')"])

    assert tour.main() == 1
    error = capsys.readouterr().err
    assert "tour failed at step 0 (starting the sandbox)" in error and "no sandbox today" in error
