"""Guided tour of the first slice of the client, against a stub server on loopback.

The stub answers each slice route with the `example` the spec gives for its response schema,
so the tour shows the generated client parsing what the contract promises. It exits non-zero
on any failure. (The stateful sandbox replaces this stub once it exists.)

    python examples/demo.py
"""

from __future__ import annotations

import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

from isogeo._wire import join_list_params_hook
from isogeo_api import Client
from isogeo_api.api.about import get_api_version
from isogeo_api.api.contact import list_workgroup_contacts
from isogeo_api.api.metadata import get_metadata
from isogeo_api.api.search import search_metadata
from isogeo_api.models import About, Contact, Metadata, MetadataInclude, MetadataSearch

SPEC = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi" / "isogeo.yaml").read_text("utf-8"))
EXAMPLES = {name: schema.get("example") for name, schema in SPEC["components"]["schemas"].items()}
ROUTES: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(r"/about"), EXAMPLES["About"]),
    (re.compile(r"/resources/search"), EXAMPLES["MetadataSearch"]),
    (re.compile(r"/resources/[0-9a-f]{32}"), EXAMPLES["Metadata"]),
    (re.compile(r"/groups/[0-9a-f]{32}/contacts"), [EXAMPLES["Contact"]]),
]


class _StubHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        body = next((payload for pattern, payload in ROUTES if pattern.fullmatch(path)), None)
        raw = json.dumps(body if body is not None else {"error": "not_found"}).encode()
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def main() -> int:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _StubHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    print(f"stub API listening on {base_url}")
    hooks = {"event_hooks": {"request": [join_list_params_hook]}}
    try:
        with Client(base_url=base_url, raise_on_unexpected_status=True, httpx_args=hooks) as client:
            about = get_api_version.sync(client=client)
            assert isinstance(about, About)
            print(f"1. API version: {about.version}")

            page = search_metadata.sync(client=client, q="type:vector-dataset", sys_limit=1)
            assert isinstance(page, MetadataSearch)
            print(f"2. search: {page.total} result(s); first: {page.results[0].title!r}")

            md = get_metadata.sync(page.results[0].sys_id, client=client, sys_include=[MetadataInclude.TAGS])
            assert isinstance(md, Metadata)
            print(f"3. metadata {md.sys_id}: {md.title!r}, created {md.sys_created}, type {md.type_}")

            workgroup = md.sys_creator.sys_id if md.sys_creator else ""
            contacts = list_workgroup_contacts.sync(workgroup, client=client)
            assert isinstance(contacts, list) and all(isinstance(c, Contact) for c in contacts)
            print(f"4. workgroup {workgroup} has {len(contacts)} contact(s): {[c.name for c in contacts]}")
    except Exception as exc:  # the tour reports any failure and exits non-zero
        print(f"demo failed: {exc!r}", file=sys.stderr)
        return 1
    finally:
        httpd.shutdown()
    print("demo completed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
