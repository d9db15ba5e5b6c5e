"""A pytest plugin for ``make compat``: the outcome of every test, written as JSON.

Loaded into the official SDK's test run (``-p compat_plugin``, in ``.venv-compat``) by
``tools/compat.py``, which reads the file named by ``ISOGEO_COMPAT_OUTCOMES`` afterwards. One
entry per test node id: ``passed``, ``failed`` (the test body failed), ``error`` (its set-up or
tear-down failed: ``setUpClass``, ``tearDown``...) or ``skipped``, with the last line of the
failure report (the exception) to say why.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

OUTCOMES_ENV = "ISOGEO_COMPAT_OUTCOMES"

_outcomes: dict[str, dict[str, str]] = {}


def _reason(report: pytest.TestReport) -> str:
    crash: Any = getattr(report.longrepr, "reprcrash", None)
    if crash is not None:
        return str(crash.message).splitlines()[0][:300] if crash.message else ""
    text = str(report.longrepr or "").strip().splitlines()
    return text[-1][:300] if text else ""


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    entry = _outcomes.setdefault(report.nodeid, {"outcome": "passed", "reason": ""})
    if report.when == "call":
        if report.failed:
            entry.update(outcome="failed", reason=_reason(report))
        elif report.skipped:
            entry.update(outcome="skipped", reason=_reason(report))
    elif report.failed and entry["outcome"] != "failed":
        # set-up or tear-down: an error, unless the test body already failed
        entry.update(outcome="error", reason=f"{report.when}: {_reason(report)}")
    elif report.skipped and report.when == "setup":
        entry.update(outcome="skipped", reason=_reason(report))


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = os.environ.get(OUTCOMES_ENV)
    if target:
        Path(target).write_text(json.dumps(_outcomes, indent=1, sort_keys=True), encoding="utf-8")
