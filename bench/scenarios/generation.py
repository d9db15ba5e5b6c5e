"""5. Generation: ``make generate`` wall time (report only), in a copy of the tree.

The copy holds what ``make generate`` reads and writes (Makefile, pyproject.toml, the spec,
the generator config and its custom templates, tools/, docs/) and links the virtualenv;
``-o .venv/.installed`` keeps make from reinstalling it. The working tree is never touched; the
copy's output is compared with the committed ``generated/isogeo_api`` (generation is
deterministic).
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.config import ROOT, BenchConfig
from bench.harness import Row, median, spread

COPIED = (
    "Makefile",
    "pyproject.toml",
    "generator-config.yml",
    "templates",
    "openapi",
    "tools",
    "docs/api.md",
    "docs/porting.md",
    "docs/reference",
)


def _same_tree(left: Path, right: Path) -> bool:
    compared = filecmp.dircmp(left, right, ignore=["__pycache__"])
    if compared.left_only or compared.right_only or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, compared.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(_same_tree(left / name, right / name) for name in compared.common_dirs)


def _copy(target: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination)
    os.symlink(ROOT / ".venv", target / ".venv")


def run(config: BenchConfig) -> list[Row]:
    if not (ROOT / ".venv" / "bin" / "openapi-python-client").exists():
        raise RuntimeError("no .venv with openapi-python-client: run `make install` first")
    samples: list[float] = []
    fresh = True
    for _ in range(config.generate_runs):
        with tempfile.TemporaryDirectory(prefix="isogeo-bench-generate-") as tmp:
            copy = Path(tmp)
            _copy(copy)
            started = time.perf_counter()
            subprocess.run(
                ["make", "--no-print-directory", "-o", ".venv/.installed", "generate"],
                cwd=copy,
                check=True,
                capture_output=True,
            )
            samples.append(time.perf_counter() - started)
            fresh = fresh and _same_tree(copy / "generated" / "isogeo_api", ROOT / "generated" / "isogeo_api")
    operations = sum(
        1 for line in (ROOT / "openapi" / "isogeo.yaml").read_text().splitlines() if "operationId:" in line
    )
    return [
        Row(
            scenario="5. generation: make generate (report only)",
            ours_s=median(samples),
            floor_s=None,
            ratio=None,
            target_ratio=None,
            met=None,
            notes=(
                f"make generate ({operations} operations: openapi-python-client, ruff fix and format "
                f"hooks, docs/api.md) in a copy of the tree: {spread(samples)}. Output "
                f"{'identical to' if fresh else 'DIFFERENT from'} the committed generated/isogeo_api."
            ),
        )
    ]
