"""``make compat``: the official SDK's own integration suite, run against the sandbox over HTTPS.

``isogeo-pysdk`` 3.10.0 (Isogeo's Python SDK) ships its tests in its sdist; they were written
against the real API. This driver:

1. downloads the sdist once (``pip download``), checks it against a pinned sha256 and keeps it in
   ``.cache/compat/`` (gitignored: a re-run downloads nothing);
2. installs it with its dependencies and pytest, pinned by ``tests/compat/requirements.txt``, into
   its own virtualenv ``.venv-compat`` (its pins never touch ``.venv``), once per sdist/pins;
3. serves the sandbox with ``isogeo-sandbox serve --tls`` on a free port (the SDK builds every URL
   as ``https://``), waits for it (bounded) and stops it by its PID at the end;
4. exports every environment variable the SDK's tests read, from ``isogeo-sandbox info --json``;
5. runs the online test modules (all but the offline checker, enums, translator and utils ones),
   recording each test's outcome (``tools/compat_plugin.py``), and prints
   ``compat: P passed, F failed, E errors of N``.

It fails when a test that ``tests/compat/expected_failures.txt`` does not name fails or errors,
and when a named test passes (the list stays honest) or does not exist.

    python -m tools.compat                       # the whole suite (what make compat runs)
    python -m tools.compat test_keywords.py      # some modules only (while fixing the sandbox)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

SDK = "isogeo-pysdk"
SDK_VERSION = "3.10.0"
SDK_SHA256 = "fe1a20e1b2cfcd1a60aa4780f87484b95a1b54b407de9904f578e762e2ecfbf0"
SDK_SDIST = f"isogeo_pysdk-{SDK_VERSION}.tar.gz"

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache" / "compat"
VENV = ROOT / ".venv-compat"
REQUIREMENTS = ROOT / "tests" / "compat" / "requirements.txt"
EXPECTED = ROOT / "tests" / "compat" / "expected_failures.txt"
# Test modules that never talk to the API (their own checks of the SDK's helpers).
OFFLINE_MODULES = ("test_checker.py", "test_enums.py", "test_translator.py")
OFFLINE_PREFIXES = ("test_utils",)
# Reasons a test may be expected to fail: it needs the internet or Isogeo's own qa/prod platform,
# it trips over a bug of the official SDK (shown with its code in the reason), or it checks a
# shape that no source describes.
REASON_KINDS = ("internet", "platform", "sdk-bug", "undocumented")

SANDBOX_START_TIMEOUT = 90.0
SUITE_TIMEOUT = 1200.0
TEST_TIMEOUT = 60


class CompatError(Exception):
    """A step of the run could not be done (download, install, sandbox start)."""


def _run(
    command: Sequence[str | Path], *, check: bool = True, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], check=check, text=True, **kwargs)  # noqa: S603


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_sdist() -> Path:
    """The SDK's sdist, from the cache or downloaded once; its sha256 checked either way."""
    target = CACHE / SDK_SDIST
    if target.is_file() and _sha256(target) == SDK_SHA256:
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as folder:
        print(f"compat: downloading {SDK}=={SDK_VERSION} (sdist, once)", flush=True)
        pip = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
        _run([*pip, "--no-deps", "--no-binary", ":all:", "--dest", folder, f"{SDK}=={SDK_VERSION}"])
        downloaded = Path(folder) / SDK_SDIST
        if not downloaded.is_file():
            raise CompatError(f"pip download did not produce {SDK_SDIST}")
        found = _sha256(downloaded)
        if found != SDK_SHA256:
            raise CompatError(f"{SDK_SDIST}: sha256 {found}, expected {SDK_SHA256}; not used")
        downloaded.replace(target)
    return target


def extract_sdk(sdist: Path) -> Path:
    """The unpacked sdist (its ``tests/`` folder is the suite), unpacked once."""
    folder = CACHE / f"isogeo_pysdk-{SDK_VERSION}"
    if (folder / "tests").is_dir():
        return folder
    with tarfile.open(sdist) as archive:
        archive.extractall(CACHE, filter="data")
    return folder


def ensure_venv(sdist: Path) -> Path:
    """``.venv-compat`` with the SDK and its test tools; rebuilt only when the sdist or pins change."""
    python = VENV / "bin" / "python"
    stamp = VENV / ".compat-installed"
    wanted = f"{SDK_SHA256}\n{REQUIREMENTS.read_text(encoding='utf-8')}"
    if python.exists() and stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return python
    print(f"compat: installing {SDK} {SDK_VERSION} and its test tools into {VENV.name}", flush=True)
    if VENV.exists():
        shutil.rmtree(VENV)
    base = str(getattr(sys, "_base_executable", sys.executable))
    _run([base, "-m", "venv", VENV])
    pip: list[str | Path] = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    _run([*pip, "-r", REQUIREMENTS, sdist])
    stamp.write_text(wanted, encoding="utf-8")
    return python


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Sandbox:
    """``isogeo-sandbox serve --tls`` in its own process."""

    process: subprocess.Popen[bytes]
    info: dict[str, Any]
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)


def _sandbox_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "isogeo_sandbox.cli", *args]


def start_sandbox() -> Sandbox:
    port = _free_port()
    ca_file = CACHE / "sandbox-ca.pem"
    log = CACHE / "sandbox.log"
    common = ["--port", str(port), "--tls", "--ca-file", str(ca_file)]
    info = json.loads(_run(_sandbox_command("info", "--json", *common), capture_output=True).stdout)
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
            _sandbox_command("serve", *common, "--log-level", "warning"),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    sandbox = Sandbox(process, info, log)
    deadline = time.monotonic() + SANDBOX_START_TIMEOUT
    while True:
        if process.poll() is not None:
            raise CompatError(f"the sandbox exited ({process.returncode}):\n{log.read_text()[-2000:]}")
        try:
            if ca_file.is_file():
                trust = ssl.create_default_context(cafile=str(ca_file))
                if httpx.get(f"{info['api_url']}/about", verify=trust, timeout=5).status_code == 200:
                    return sandbox
        except (httpx.HTTPError, ssl.SSLError):
            pass
        if time.monotonic() > deadline:
            sandbox.stop()
            raise CompatError(f"the sandbox did not answer within {SANDBOX_START_TIMEOUT:.0f} s")
        time.sleep(0.2)


def sdk_environment(info: Mapping[str, Any]) -> dict[str, str]:
    """Every variable the SDK's tests read (``grep -r environ tests/``), for this sandbox."""
    user, group = info["user_app"], info["group_app"]
    metadata = info["metadata"]
    values = {
        # platform "custom": the SDK takes api_url (and builds https:// URLs on it) and does not
        # check the internet connection; the token URL is ISOGEO_ID_URL + /oauth/token.
        "ISOGEO_PLATFORM": "custom",
        "ISOGEO_API_URL": info["api_url"],
        "ISOGEO_ID_URL": info["id_url"],
        "ISOGEO_API_USER_LEGACY_CLIENT_ID": user["client_id"],
        "ISOGEO_API_USER_LEGACY_CLIENT_SECRET": user["client_secret"],
        "ISOGEO_USER_NAME": user["username"],
        "ISOGEO_USER_PASSWORD": user["password"],
        "ISOGEO_API_GROUP_CLIENT_ID": group["client_id"],
        "ISOGEO_API_GROUP_CLIENT_SECRET": group["client_secret"],
        "ISOGEO_WORKGROUP_TEST_UUID": info["workgroups"]["test"],
        "ISOGEO_WORKGROUP_TEST_UUID_ML": info["workgroups"].get("multilingual"),
        "ISOGEO_FIXTURES_METADATA_COMPLETE": metadata["complete"],
        "ISOGEO_FIXTURES_METADATA_COMPLETE_ML": metadata.get("complete_multilingual"),
        "ISOGEO_FIXTURES_METADATA_VECTOR": metadata["vector"],
        "ISOGEO_FIXTURES_METADATA_SERVICE": metadata["service"],
        # "DTNG": données tabulaires non géographiques, a no-geo dataset (feature attributes tests)
        "ISOGEO_FIXTURES_METADATA_DTNG": metadata["no_geo"],
        "ISOGEO_FIXTURE_GROUP_THEME_TRANSLATED": info.get("keywords", {}).get("group_theme_translated"),
    }
    return {name: str(value) for name, value in values.items() if value is not None}


def online_modules(sdk: Path, only: Sequence[str]) -> list[Path]:
    modules = []
    for module in sorted((sdk / "tests").glob("test_*.py")):
        if module.name in OFFLINE_MODULES or module.name.startswith(OFFLINE_PREFIXES):
            continue
        if only and module.name not in only and module.stem not in only:
            continue
        modules.append(module)
    if only and len(modules) != len(set(only)):
        raise CompatError(f"unknown or offline module among {list(only)}")
    return modules


def run_suite(python: Path, sdk: Path, modules: Sequence[Path], env: Mapping[str, str]) -> dict[str, Any]:
    """Run the modules with pytest in .venv-compat; the outcome of every test."""
    run_dir = CACHE / "run"  # the working folder: no dev.env here, files the tests write stay here
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "dev.env").unlink(missing_ok=True)
    ini = CACHE / "pytest.ini"  # replaces the SDK's own (coverage, --maxfail=1, plugins we lack)
    ini.write_text(f"[pytest]\ntimeout = {TEST_TIMEOUT}\n", encoding="utf-8")
    outcomes = CACHE / "outcomes.json"
    outcomes.unlink(missing_ok=True)
    log = CACHE / "pytest.log"
    child_env = {
        key: value for key, value in os.environ.items() if not key.startswith(("ISOGEO_", "PYTEST_"))
    }
    child_env.update(env)
    child_env.update(
        PYTHONPATH=str(ROOT / "tools"),
        ISOGEO_COMPAT_OUTCOMES=str(outcomes),
        NO_PROXY="127.0.0.1,localhost",
        PYTHONDONTWRITEBYTECODE="1",
    )
    command: list[str | Path] = [python, "-m", "pytest", "-c", ini, "--rootdir", sdk, "-p", "compat_plugin"]
    command += ["-p", "no:cacheprovider", "-q", "--no-header", "--tb=short", *modules]
    with log.open("w", encoding="utf-8") as out:
        try:
            _run(
                command,
                cwd=run_dir,
                env=child_env,
                stdout=out,
                stderr=subprocess.STDOUT,
                check=False,
                timeout=SUITE_TIMEOUT,
            )
        except subprocess.TimeoutExpired as error:
            raise CompatError(f"the suite did not finish within {SUITE_TIMEOUT:.0f} s ({log})") from error
    if not outcomes.is_file():
        raise CompatError(f"pytest wrote no outcomes; see {log}")
    found: dict[str, Any] = json.loads(outcomes.read_text(encoding="utf-8"))
    return found


def load_expected(path: Path = EXPECTED) -> dict[str, str]:
    """``node id | kind: reason`` per line (``#`` comments); every entry has a known kind."""
    expected: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        node, sep, reason = (part.strip() for part in line.partition("|"))
        kind = reason.partition(":")[0].strip()
        if not sep or kind not in REASON_KINDS or not reason.partition(":")[2].strip():
            raise CompatError(f"{path.name}:{number}: want 'node id | kind: reason', kind in {REASON_KINDS}")
        if node in expected:
            raise CompatError(f"{path.name}:{number}: {node} listed twice")
        expected[node] = reason
    return expected


@dataclass
class Verdict:
    counts: Counter[str]
    unexpected: list[tuple[str, str, str]]  # node, outcome, reason
    fixed: list[str]  # listed, but passed
    missing: list[str]  # listed, but not run

    @property
    def ok(self) -> bool:
        return not (self.unexpected or self.fixed or self.missing)


def judge(
    outcomes: Mapping[str, Mapping[str, str]], expected: Mapping[str, str], modules: Sequence[str]
) -> Verdict:
    counts = Counter(entry["outcome"] for entry in outcomes.values())
    unexpected = [
        (node, entry["outcome"], entry["reason"])
        for node, entry in sorted(outcomes.items())
        if entry["outcome"] in ("failed", "error") and node not in expected
    ]
    fixed = sorted(node for node in expected if outcomes.get(node, {}).get("outcome") == "passed")
    ran_modules = {node.partition("::")[0] for node in outcomes} | set(modules)
    missing = sorted(
        node for node in expected if node not in outcomes and node.partition("::")[0] in ran_modules
    )
    return Verdict(counts, unexpected, fixed, missing)


def summary_line(counts: Counter[str]) -> str:
    total = sum(counts.values())
    line = (
        f"compat: {counts['passed']} passed, {counts['failed']} failed, {counts['error']} errors of {total}"
    )
    return line + (f" ({counts['skipped']} skipped)" if counts["skipped"] else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make compat", description=__doc__.splitlines()[0] if __doc__ else ""
    )
    parser.add_argument("modules", nargs="*", help="run these test modules only (e.g. test_keywords.py)")
    parser.add_argument("--verbose", action="store_true", help="print every failing test, listed or not")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        expected = load_expected()
        sdist = fetch_sdist()
        sdk = extract_sdk(sdist)
        python = ensure_venv(sdist)
        modules = online_modules(sdk, args.modules)
        sandbox = start_sandbox()
        try:
            outcomes = run_suite(python, sdk, modules, sdk_environment(sandbox.info))
        finally:
            sandbox.stop()
    except (CompatError, subprocess.CalledProcessError, OSError) as error:
        print(f"compat: could not run the official suite: {error}", file=sys.stderr)
        return 2
    rel_modules = [f"tests/{module.name}" for module in modules]
    verdict = judge(outcomes, expected, rel_modules)
    elapsed = time.monotonic() - started
    print(
        f"compat: {SDK} {SDK_VERSION}'s suite, {len(modules)} online modules, against "
        f"isogeo-sandbox serve --tls, in {elapsed:.0f} s (pytest output: {CACHE / 'pytest.log'})"
    )
    if args.verbose:
        for node, entry in sorted(outcomes.items()):
            if entry["outcome"] in ("failed", "error"):
                listed = " [listed]" if node in expected else ""
                print(f"  {entry['outcome'].upper()}{listed} {node}: {entry['reason']}")
    if verdict.unexpected:
        print(f"not on {EXPECTED.relative_to(ROOT)}, yet failing:")
        for node, outcome, reason in verdict.unexpected:
            print(f"  {outcome.upper()} {node}: {reason}")
    if verdict.fixed:
        print(f"listed in {EXPECTED.relative_to(ROOT)}, yet passing (take them off the list):")
        print("".join(f"  {node}\n" for node in verdict.fixed), end="")
    if verdict.missing:
        print(f"listed in {EXPECTED.relative_to(ROOT)}, but not in the suite:")
        print("".join(f"  {node}\n" for node in verdict.missing), end="")
    print(summary_line(verdict.counts))
    if not outcomes:
        print("compat: no test ran", file=sys.stderr)
        return 1
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
