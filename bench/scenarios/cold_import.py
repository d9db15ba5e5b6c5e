"""4. Cold import: ``python -c "import isogeo"`` against ``python -c "import httpx"``.

Median wall time of fresh interpreters (one untimed run of each first, so that bytecode caches
exist), alternating the commands. ``from isogeo import Isogeo`` — what a script does first — is
reported beside it, and ``python -c pass`` gives the interpreter's own start-up.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable

from bench.config import BenchConfig
from bench.harness import Row, interleaved, median, ratio_row, spread

COMMANDS = {
    "python": "pass",
    "httpx": "import httpx",
    "isogeo": "import isogeo",
    "Isogeo": "from isogeo import Isogeo",
}


def _process(code: str, cwd: str) -> Callable[[], None]:
    def run() -> None:
        subprocess.run([sys.executable, "-c", code], cwd=cwd, check=True)

    return run


def run(config: BenchConfig) -> list[Row]:
    # Outside the repository, so that the current directory does not add to the search path.
    with tempfile.TemporaryDirectory(prefix="isogeo-bench-import-") as cwd:
        samples = interleaved(
            {name: _process(code, cwd) for name, code in COMMANDS.items()}, repeat=config.import_runs
        )
    httpx_s = median(samples["httpx"])
    base = (
        f"Median of {config.import_runs} fresh processes each, alternating; python -c pass "
        f"{spread(samples['python'])}; import httpx {spread(samples['httpx'])}"
    )
    return [
        ratio_row(
            "4. cold import: import isogeo vs import httpx",
            median(samples["isogeo"]),
            httpx_s,
            2.0,
            f"{base}; import isogeo {spread(samples['isogeo'])}.",
        ),
        ratio_row(
            "4. cold import: from isogeo import Isogeo vs import httpx",
            median(samples["Isogeo"]),
            httpx_s,
            2.0,
            f"{base}; from isogeo import Isogeo {spread(samples['Isogeo'])} (the client class: what a "
            "script imports first).",
        ),
    ]
