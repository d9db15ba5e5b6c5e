"""Clients of other languages generated from openapi/isogeo.yaml compile and talk to the sandbox.

``make other-languages`` (part of ``make test``) runs, in a temporary folder under ``build/``:

1. openapi-generator ``typescript-fetch`` (openapi/generators/openapi-generator.yaml): ``tsc --strict``;
2. openapi-generator ``python`` (openapi-generator-python.yaml): installed into a target folder,
   then used to decode sandbox answers (search with ``_include``, one metadata, round trip);
3. @hey-api/openapi-ts (openapi/generators/hey-api.config.mjs), openapi-typescript
   (openapi/generators/openapi-typescript.mjs) with the openapi-fetch settings
   (openapi/generators/openapi-fetch.ts), and the programs ``tests/ts/hey_client.ts`` and
   ``tests/ts/open_enums.ts`` compiled with ``tsc --strict``; every open enum of the spec must come
   out as ``Enum | (string & {})`` in both outputs; the first program runs with node against a
   sandbox started here (free port, bounded waits, stopped by its PID).

Every generator warning must be one of ``KNOWN_WARNINGS`` (explained there); any other fails.
Prints the time of each step.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "isogeo.yaml"
GENERATORS = ROOT / "openapi" / "generators"
NODE_BIN = ROOT / "node_modules" / ".bin"
BIN = Path(sys.executable).parent
STEP_TIMEOUT_S = 240
SANDBOX_START_S = 60

# Warnings openapi-generator 7.26 prints for this spec, and why they are harmless.
KNOWN_WARNINGS = {
    # The generator's own notice about its OpenAPI 3.1 support.
    "OpenAPI 3.1 support is still in beta",
    # ModelUtils logs it for every `anyOf: [X, {type: "null"}]` (3.1 nullable) it unaliases;
    # the models come out right (the tsc and decode checks below prove it).
    "Failed to get the schema name: null",
}

NO_DOCS_NOR_TESTS = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"
TSC_FLAGS = ["--strict", "--target", "es2022", "--lib", "es2022,dom,dom.iterable", "--skipLibCheck", "true"]


def run(cmd: Sequence[str | Path], *, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    """Run a command (bounded), return its output; on failure print it and stop."""
    result = subprocess.run(  # noqa: S603 - fixed tool paths of this repository
        [str(c) for c in cmd],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT_S,
        check=False,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        print(output[-6000:])
        raise SystemExit(f"failed ({result.returncode}): {' '.join(map(str, cmd))}")
    return output


def check_warnings(tool: str, output: str) -> None:
    warnings = [line for line in output.splitlines() if " WARN " in line or line.startswith("WARN")]
    unknown = [line for line in warnings if not any(known in line for known in KNOWN_WARNINGS)]
    print(f"  {tool}: {len(warnings)} warnings, all explained" if not unknown else "")
    if unknown:
        raise SystemExit(f"{tool}: unexplained generator warnings:\n" + "\n".join(unknown))


@contextmanager
def step(title: str) -> Iterator[None]:
    started = time.perf_counter()
    print(f"- {title}", flush=True)
    yield
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)


def openapi_generator(generator: str, config: str, out: Path) -> None:
    output = run(
        [BIN / "openapi-generator-cli", "generate", "-g", generator, "-c", GENERATORS / config,
         "-i", SPEC, "-o", out, "--global-property", NO_DOCS_NOR_TESTS]
    )  # fmt: skip
    check_warnings(f"openapi-generator {generator}", output)


def tsc(files: Sequence[Path], *extra: str | Path) -> None:
    run([NODE_BIN / "tsc", *TSC_FLAGS, *extra, *files])


@contextmanager
def sandbox(log: Path) -> Iterator[dict[str, object]]:
    """A sandbox server on a free port (seed ``small``); its info document; stopped by PID."""
    with log.open("w") as sink:
        process = subprocess.Popen(  # noqa: S603 - the sandbox of this repository
            [
                BIN / "isogeo-sandbox",
                "serve",
                "--port",
                "0",
                "--seed",
                "small",
                "--response-validation",
                "strict",
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + SANDBOX_START_S
        url = None
        while url is None:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the sandbox did not start:\n{log.read_text()[-3000:]}")
            found = re.search(r"ready on (http://[\d.]+:\d+)", log.read_text())
            url = found.group(1) if found else None
            time.sleep(0.1)
        info: dict[str, object] = httpx.get(f"{url}/__sandbox/info", timeout=10).json()
        yield info
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def token(info: dict[str, object], grant: str) -> str:
    app = info["group_app" if grant == "client_credentials" else "user_app"]
    assert isinstance(app, dict)
    form = {"grant_type": grant}
    if grant == "password":
        form |= {"username": app["username"], "password": app["password"]}
    response = httpx.post(
        str(info["token_url"]), data=form, auth=(app["client_id"], app["client_secret"]), timeout=10
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


PYTHON_DECODE = r"""
import json, os, sys
from isogeo_oag import ApiClient, Configuration
from isogeo_oag.api.metadata_api import MetadataApi
from isogeo_oag.api.search_api import SearchApi
from isogeo_oag.models.metadata_include import MetadataInclude

info = json.loads(os.environ["ISOGEO_INFO"])
config = Configuration(host=info["api_url"], access_token=os.environ["ISOGEO_TOKEN"])
with ApiClient(config) as client:
    page = SearchApi(client).search_metadata(
        include=[MetadataInclude.LINKS, MetadataInclude.CONTACTS], limit=100
    )
    assert page.total >= 100 and len(page.results) == 100, (page.total, len(page.results))
    assert all(md.links is not None and md.contacts is not None for md in page.results), "_include lost"
    first = page.results[0]
    md = MetadataApi(client).get_metadata(first.isogeo_id, include=[MetadataInclude.LINKS])
    api = MetadataApi(client)
    raw = api.get_metadata_without_preload_content(first.isogeo_id, include=[MetadataInclude.LINKS])
    wire = json.loads(raw.data)
    assert md.isogeo_id == wire["_id"] and md.record_created is not None
    back = md.to_dict()
    assert back["_id"] == wire["_id"] and "_created" in back and "_modified" in back
    assert ("created" in wire) == ("created" in back)
    print(f"  python client decoded {len(page.results)} of {page.total} results and metadata {md.isogeo_id}")
"""


def open_enums() -> dict[str, str]:
    """Component schemas ``anyOf: [<$ref>, {type: string}]`` (open enums): name -> enum name."""
    schemas = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    found = {}
    for name, schema in schemas.items():
        members = schema.get("anyOf", [])
        open_string = len(members) == 2 and members[1].get("type") == "string"
        if open_string and "$ref" in members[0] and not {"enum", "const", "format"} & set(members[1]):
            found[name] = str(members[0]["$ref"]).rsplit("/", 1)[1]
    return found


def check_open_enums(tool: str, text: str, form: str) -> None:
    """Each open enum keeps its known values: ``form`` (``{name}``, ``{enum}``) is in ``text``."""
    enums = open_enums()
    missing = sorted(name for name, enum in enums.items() if form.format(name=name, enum=enum) not in text)
    if not enums or missing:
        raise SystemExit(f"{tool}: open enums typed without their known values: {missing or 'none found'}")
    print(f"  {tool}: {len(enums)} open enums typed as `Enum | (string & {{}})`")


def run_hey_and_sandbox(work: Path, spec_json: Path, site: Path | None, started: float) -> int:
    """The hey-api client and program, then both clients against one sandbox."""
    with step("@hey-api/openapi-ts and openapi-typescript, then tsc --strict of tests/ts/*.ts"):
        hey = work / "hey"
        hey.mkdir()
        output = run(
            [NODE_BIN / "openapi-ts", "-f", GENERATORS / "hey-api.config.mjs"],
            cwd=ROOT,
            env={"ISOGEO_SPEC": str(SPEC), "ISOGEO_TS_OUT": str(hey / "isogeo")},
        )
        if re.search(r"(?i)\bwarn", output):
            raise SystemExit(f"@hey-api/openapi-ts warned:\n{output}")
        check_open_enums(
            "@hey-api/openapi-ts",
            (hey / "isogeo" / "types.gen.ts").read_text(encoding="utf-8"),
            "export type {name} = {enum} | (string & {{}});",
        )
        for program in ("hey_client.ts", "open_enums.ts"):
            shutil.copy(ROOT / "tests" / "ts" / program, hey / program)
        shutil.copy(GENERATORS / "openapi-fetch.ts", hey / "openapi-fetch.ts")
        run(["node", GENERATORS / "openapi-typescript.mjs", SPEC, hey / "isogeo-paths.d.ts"])
        check_open_enums(
            "openapi-typescript",
            (hey / "isogeo-paths.d.ts").read_text(encoding="utf-8"),
            '{name}: components["schemas"]["{enum}"] | (string & {{}});',
        )
        programs = [hey / "hey_client.ts", hey / "open_enums.ts"]
        tsc(programs, "--module", "commonjs", "--moduleResolution", "node10",
            "--esModuleInterop", "--outDir", hey / "out")  # fmt: skip

    title = "against a sandbox: the hey-api program and the python client"
    with step(title), sandbox(work / "sandbox.log") as info:
        info_file = work / "info.json"
        info_file.write_text(json.dumps(info), encoding="utf-8")
        print(
            run(
                ["node", hey / "out" / "hey_client.js"],
                env={
                    "ISOGEO_SANDBOX_INFO": str(info_file),
                    "ISOGEO_SPEC_JSON": str(spec_json),
                    "NODE_PATH": str(ROOT / "node_modules"),
                },
            ).rstrip()
        )
        if site is None:
            return 0
        print(
            run(
                [BIN / "python", "-c", PYTHON_DECODE],
                env={
                    "PYTHONPATH": str(site),
                    "ISOGEO_INFO": json.dumps(info),
                    "ISOGEO_TOKEN": token(info, "client_credentials"),
                },
            ).rstrip()
        )
    print(f"other-language clients: all checks passed in {time.perf_counter() - started:.1f} s")
    return 0


def main(argv: Sequence[str] = ()) -> int:
    """``argv``: ``--skip-openapi-generator`` runs the hey-api part alone (while editing the program)."""
    skip_oag = "--skip-openapi-generator" in argv
    started = time.perf_counter()
    (ROOT / "build").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="other-languages-", dir=ROOT / "build"))
    try:
        spec_json = work / "isogeo.json"
        spec_json.write_text(json.dumps(yaml.safe_load(SPEC.read_text(encoding="utf-8"))), encoding="utf-8")

        with step("openapi-generator typescript-fetch, then tsc --strict"):
            if skip_oag:
                return run_hey_and_sandbox(work, spec_json, None, started)
            out = work / "typescript-fetch"
            openapi_generator("typescript-fetch", "openapi-generator.yaml", out)
            tsc(sorted(out.rglob("*.ts")), "--noEmit", "--module", "esnext", "--moduleResolution", "bundler")

        with step("openapi-generator python, installed into a target folder"):
            out = work / "python"
            openapi_generator("python", "openapi-generator-python.yaml", out)
            site = work / "python-site"
            run([BIN / "python", "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                 "--target", site, out])  # fmt: skip

        return run_hey_and_sandbox(work, spec_json, site, started)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
