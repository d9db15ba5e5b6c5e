"""Fixtures of the reliability suite and the summary table printed at the end of the run.

* ``chaos`` (session): a dedicated sandbox (seed ``small``, strict response validation) that the
  fault matrix and the security checks break on purpose; a test fails if the sandbox answered
  something that violates the spec;
* ``leak_watch`` (every test here, automatically): DEBUG logs of every logger plus the texts the
  test hands over are scanned for secrets when the test ends (:mod:`tests.reliability.leaks`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from isogeo_sandbox.config import SandboxConfig
from isogeo_sandbox.server import RunningSandbox
from tests.reliability.figures import FIGURES
from tests.reliability.lab import Lab
from tests.reliability.leaks import SOURCES, LeakWatch, sandbox_secrets


@pytest.fixture(scope="session")
def chaos_server() -> Iterator[RunningSandbox]:
    server = RunningSandbox(SandboxConfig(port=0, seed="small", response_validation="strict")).start()
    SOURCES.append(sandbox_secrets(server.app))
    yield server
    server.stop()


@pytest.fixture
def chaos(chaos_server: RunningSandbox) -> Iterator[Lab]:
    lab = Lab(chaos_server)
    before = len(lab.app.violations)
    yield lab
    lab.app.faults.clear()
    violations = lab.app.violations[before:]
    if violations:
        found = "\n".join(str(violation.to_dict()) for violation in violations)
        pytest.fail(f"the sandbox answered against the spec:\n{found}")


@pytest.fixture(autouse=True)
def leak_watch() -> Iterator[LeakWatch]:
    watch = LeakWatch()
    stop = watch.start()
    try:
        yield watch
    finally:
        stop()
    found, where = watch.scan()
    FIGURES.secrets_found += found
    FIGURES.texts_scanned += len(watch.lines) + len(watch.texts)
    assert not found, "secrets leaked: " + "; ".join(where)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = (FIGURES.faults_tried, FIGURES.soak, FIGURES.inputs_fuzzed, FIGURES.security, FIGURES.hostile)
    if not any(figures):
        return  # the reliability suite did not run
    terminalreporter.section("reliability summary (tests/reliability)")
    for line in FIGURES.table().splitlines():
        terminalreporter.write_line(line)
