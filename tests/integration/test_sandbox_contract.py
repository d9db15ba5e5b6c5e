"""Contract check: schemathesis drives every operation of the spec against a live sandbox and
finds no response that violates the spec (schema, status code, content type, server errors).

The run is bounded (small seed, a few examples per operation, fixed seed: reproducible in CI):
the examples and fuzzing phases, positive and negative (about 2,000 cases). The coverage phase
(boundary and negative values of every parameter, about 10,000 more cases, three more minutes)
runs with ``ISOGEO_CONTRACT_PHASES=examples,coverage,fuzzing``.
Explore further by hand: ``isogeo-sandbox serve`` and ``st run openapi/isogeo.yaml --url ...``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.sandbox import start_sandbox

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
PHASES = os.environ.get("ISOGEO_CONTRACT_PHASES", "examples,fuzzing")
CHECKS = "response_schema_conformance,status_code_conformance,content_type_conformance,not_a_server_error"


@pytest.mark.timeout(600)
def test_schemathesis_finds_no_response_that_violates_the_spec(tmp_path: Path) -> None:
    schemathesis = Path(sys.executable).with_name("st")
    with start_sandbox(seed="small") as sandbox:
        token = sandbox.token("user")
        result = subprocess.run(  # noqa: S603 - our own tool, fixed arguments
            [
                str(schemathesis),
                "run",
                str(ROOT / "openapi" / "isogeo.yaml"),
                "--url",
                sandbox.base_url,
                "--header",
                f"Authorization: Bearer {token}",
                "--checks",
                CHECKS,
                "--phases",
                PHASES,
                "--max-examples",
                "3",
                "--seed",
                "20241125",
                "--workers",
                "1",
                "--no-color",
            ],
            capture_output=True,
            text=True,
            cwd=tmp_path,  # keeps schemathesis' own files out of the repository
            env={**os.environ, "NO_COLOR": "1"},
            timeout=580,
            check=False,
        )
        violations = sandbox.violations()

    summary = result.stdout[-6000:]
    assert result.returncode == 0, f"schemathesis found failures:\n{summary}\n{result.stderr[-2000:]}"
    assert "passed" in summary
    assert violations == [], violations
