"""``isogeo-sandbox``: serve the local Isogeo API simulator, or print how to connect to it.

    isogeo-sandbox serve [--host 127.0.0.1] [--port 8787] [--seed default] [--metadata-count N]
                         [--latency-ms N] [--faults SPEC] [--token-ttl SECONDS]
                         [--response-validation strict|warn|off] [--admin | --no-admin]
                         [--tls [--ca-file PATH]]
    isogeo-sandbox info --json [--host H] [--port N] [--seed default] [--tls [--ca-file PATH]]

``--tls`` serves HTTPS with a certificate made at start by a throwaway CA; the CA certificate's
path is printed at start and given by ``info --json --tls`` (``ca_file``): trust it to verify
the server (``Isogeo(..., verify=ca_file)``). Without ``--ca-file`` the path derives from the
host and port (``<tmp>/isogeo-sandbox/<host>-<port>/ca.pem``).

Only the standard library is imported here: without the ``sandbox`` extra the command still
starts and says what to install.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Sequence

from isogeo_sandbox.info import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_SEED, build_info

EXTRA_HINT = (
    "isogeo-sandbox: the sandbox's dependencies are missing ({missing}).\n"
    "Install them with:  pip install 'isogeo-client[sandbox]'"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="isogeo-sandbox", description="Local, stateful Isogeo API simulator."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the API, /oauth/token and /about on one port")
    serve.add_argument("--host", default=DEFAULT_HOST, help="interface to bind (default: %(default)s)")
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="port (default: %(default)s; 0 = any free)"
    )
    serve.add_argument(
        "--seed", default=DEFAULT_SEED, help="seed name: default, small, large, bench-5k, bench-20k..."
    )
    serve.add_argument(
        "--metadata-count", type=int, default=None, help="number of metadata (default: per seed)"
    )
    serve.add_argument("--latency-ms", type=float, default=0.0, help="latency added to every request")
    serve.add_argument(
        "--faults",
        default=None,
        help="fault rules, e.g. 'status=503,count=2;latency=50' (docs/guides/sandbox.md)",
    )
    serve.add_argument("--token-ttl", type=int, default=3599, help="access token lifetime in seconds")
    serve.add_argument(
        "--response-validation",
        choices=("strict", "warn", "off"),
        default="warn",
        help="what to do with a response that violates the spec (default: %(default)s)",
    )
    serve.add_argument(
        "--admin",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="the test-only /__sandbox admin API (default: on when bound to loopback)",
    )
    serve.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    _tls_arguments(serve)

    info = commands.add_parser("info", help="print the seeded credentials and fixture identifiers")
    info.add_argument("--json", action="store_true", help="print JSON (the only format)")
    info.add_argument("--host", default=DEFAULT_HOST)
    info.add_argument("--port", type=int, default=DEFAULT_PORT)
    info.add_argument("--seed", default=DEFAULT_SEED)
    _tls_arguments(info)
    return parser


def _tls_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tls", action="store_true", help="HTTPS with a certificate made at start (no network)"
    )
    parser.add_argument(
        "--ca-file",
        default=None,
        help="where the CA certificate goes (default: <tmp>/isogeo-sandbox/<host>-<port>/ca.pem)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.ca_file and not args.tls:
        print("isogeo-sandbox: --ca-file goes with --tls", file=sys.stderr)
        return 2
    ca_file = os.path.abspath(args.ca_file) if args.ca_file else None
    if args.command == "info":
        info = build_info(args.host, args.port, args.seed, tls=args.tls, ca_file=ca_file)
        print(json.dumps(info, indent=2, ensure_ascii=False))
        return 0
    try:
        from isogeo_sandbox.config import SandboxConfig
        from isogeo_sandbox.faults import FaultSpecError, parse_spec
        from isogeo_sandbox.server import serve_forever
    except ImportError as error:  # the `sandbox` extra is not installed
        print(EXTRA_HINT.format(missing=error.name or error), file=sys.stderr)
        return 2
    if args.faults:
        try:
            parse_spec(args.faults)
        except FaultSpecError as error:
            print(f"isogeo-sandbox: bad --faults: {error}", file=sys.stderr)
            return 2
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    config = SandboxConfig(
        host=args.host,
        port=args.port,
        seed=args.seed,
        metadata_count=args.metadata_count,
        token_ttl=args.token_ttl,
        latency_ms=args.latency_ms,
        faults=args.faults,
        response_validation=args.response_validation,
        admin=args.admin,
        tls=args.tls,
        ca_file=ca_file,
    )
    with contextlib.suppress(KeyboardInterrupt):
        serve_forever(config, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
