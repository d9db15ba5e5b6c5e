"""A guided tour of isogeo-client (``make demo``): the whole product, working, against a local sandbox.

It starts ``isogeo-sandbox serve`` on a free loopback port (a real server in its own process,
validating every request and response against ``openapi/isogeo.yaml``), reads the credentials
``isogeo-sandbox info --json`` prints, then walks through the client with the public front door
(``isogeo.Isogeo``), printing a short summary of each step:

 1. connect with both OAuth2 flows;         7. the URL builders;
 2. one search page;                        8. an ISO 19139 export, a hosted upload and download;
 3. every result, with a progress bar;      9. retries: the sandbox fails twice, the client retries;
 4. a metadata with every sub-resource;    10. deliberate errors, as a user sees them;
 5. a contact's life: create, role, read,  11. the same from the shell: the ``isogeo`` command.
    dissociate, delete;
 6. a bulk request and its report;

Any failure prints what failed to standard error and exits 1; the sandbox is always stopped.

    python examples/tour.py
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.padding import Padding
from rich.progress import BarColumn, DownloadColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from isogeo import Isogeo, RetryEvent, RetryPolicy
from isogeo.errors import InvalidInputError, NotFoundError, PermissionDeniedError
from isogeo.ids import convert_uuid
from isogeo.urls import UrlBuilder
from isogeo_api.api.account import get_account

console = Console(highlight=False)
SANDBOX = [sys.executable, "-m", "isogeo_sandbox.cli"]
ISOGEO = [sys.executable, "-m", "isogeo.cli"]


class TourError(Exception):
    """A step did not give the expected result."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise TourError(message)


def say(text: str) -> None:
    console.print(Text("   " + text), soft_wrap=True)


class Tour:
    """Numbered steps; remembers the current one for the failure message."""

    def __init__(self) -> None:
        self.number = 0
        self.title = "starting the sandbox"

    @contextmanager
    def step(self, title: str) -> Iterator[None]:
        self.number += 1
        self.title = title
        console.print(Text(f"\n{self.number}. {title}", style="bold"))
        yield


# ---------------------------------------------------------------------------------- the sandbox
def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def sandbox_server(log: Path) -> Iterator[dict[str, Any]]:
    """``isogeo-sandbox serve`` on a free port, until the block ends; yields ``info --json``."""
    with log.open("wb") as log_file:
        for _attempt in range(3):  # another program may take the free port before the sandbox does
            port = _free_port()
            command = [*SANDBOX, "serve", "--port", str(port), "--response-validation", "strict"]
            process = subprocess.Popen(  # noqa: S603 - our own sandbox, with this interpreter
                [*command, "--log-level", "warning"], stdout=log_file, stderr=subprocess.STDOUT
            )
            if _wait_ready(process, f"http://127.0.0.1:{port}"):
                break
            process.kill()
            process.wait()
        else:
            raise TourError(f"the sandbox did not start: {log.read_text(errors='replace')[-2000:]}")
        try:
            printed = subprocess.run(  # noqa: S603
                [*SANDBOX, "info", "--json", "--port", str(port)], capture_output=True, check=True, text=True
            ).stdout
            yield json.loads(printed)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_ready(process: subprocess.Popen[bytes], url: str, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/about", timeout=1, trust_env=False).status_code == 200:
                return True
        except httpx.HTTPError:
            time.sleep(0.1)
    return False


# ---------------------------------------------------------------------------------- the steps
def connect(tour: Tour, info: dict[str, Any]) -> tuple[Isogeo, Isogeo]:
    urls = {"api_url": info["api_url"], "id_url": info["id_url"]}
    group_app, user_app = info["group_app"], info["user_app"]
    with tour.step("Connect with both OAuth2 flows"):
        group = Isogeo(group_app["client_id"], group_app["client_secret"], **urls)
        token = group.authenticate()
        say(f"group application, client credentials grant: token with scope {token.scope!r} (read-only)")
        user = Isogeo(
            user_app["client_id"],
            user_app["client_secret"],
            username=user_app["username"],
            password=user_app["password"],
            **urls,
        )
        token = user.authenticate()
        say(f"user application, password grant: token with scope {token.scope!r}")
        account = user.call(get_account)  # any generated operation, through the front door
        say(f"isogeo.call(get_account): signed in as {account.contact.name} <{account.contact.email}>")
    return group, user


def search_one_page(tour: Tour, group: Isogeo) -> None:
    with tour.step("Search: one page"):
        page = group.search(query="type:vector-dataset", order_by="title", order_dir="asc", page_size=5)
        check(len(page.results) == 5, f"expected 5 results, got {len(page.results)}")
        say(f"{len(page.results)} of {page.total} vector datasets the group application reads, by title:")
        for md in page.results[:3]:
            say(f"  {md.sys_id}  {md.title}")


def search_everything(tour: Tour, user: Isogeo) -> int:
    with tour.step("Search: every result, with a progress bar"):
        started = time.perf_counter()
        columns = (TextColumn("   {task.description}"), BarColumn(), MofNCompleteColumn())
        with Progress(*columns, console=console) as progress:
            task = progress.add_task("metadata", total=None)
            every = user.search.all(
                progress=lambda done, total: progress.update(task, completed=done, total=total)
            )
        ids = [md.sys_id for md in every.results]
        check(len(ids) == every.total == len(set(ids)), "whole results: a result missing or twice")
        pages = -(-every.total // 100)
        elapsed = time.perf_counter() - started
        say(f"{every.total} metadata in {pages} pages of 100 (5 at a time) in {elapsed:.1f} s, each once")
    return every.total


def metadata_with_everything(tour: Tour, user: Isogeo, md_id: str) -> Any:
    with tour.step("A metadata with every sub-resource"):
        md = user.metadata.get(md_id, include="all")
        record = md.to_dict()
        say(f"{md.title!r} ({md.type_}, {md.format_}), owned by {md.sys_creator.contact.name}")
        table = Table(box=None, padding=(0, 2, 0, 0), header_style="dim")
        table.add_column("sub-resource", no_wrap=True)
        table.add_column("count", justify="right")
        table.add_column("first one", overflow="ellipsis", no_wrap=True, max_width=44)
        filled = 0
        for key, value in record.items():
            if isinstance(value, list) and not key.startswith("_") and value:
                filled += 1
                table.add_row(key, str(len(value)), _label(value[0]))
        console.print(Padding(table, (0, 0, 0, 3)))
        check(filled >= 9, f"expected every sub-resource filled, got {filled}")
    return md


def _label(item: Any) -> str:
    if isinstance(item, dict):
        for nested in ("contact", "license", "specification"):
            if isinstance(item.get(nested), dict):
                return _label(item[nested]) + (f" ({item['role']})" if item.get("role") else "")
        if item.get("kind") and item.get("date"):  # an event
            return f"{item['kind']} on {str(item['date'])[:10]}"
        for key in ("title", "name", "text", "description", "_id"):
            if item.get(key):
                return str(item[key])
    return str(item)


def contact_life(tour: Tour, user: Isogeo, workgroup_id: str, md_id: str) -> None:
    with tour.step("A contact: create, associate with a role, read back, dissociate, delete"):
        contact = user.contacts.create(
            workgroup_id, name="Cellule SIG du Vercors", email="sig@vercors.example", phone="+33 4 76 00 00"
        )
        say(f"created {contact.sys_id}: {contact.name} <{contact.email}>")
        user.contacts.associate(md_id, contact, role="custodian")
        md = user.metadata.get(md_id, include=["contacts"])
        roles = [str(link.role) for link in md.contacts if link.contact.sys_id == contact.sys_id]
        check(roles == ["custodian"], f"read back: expected the custodian role, got {roles}")
        say(f"associated and read back: custodian of {md.title!r}")
        user.contacts.dissociate(md_id, contact)
        md = user.metadata.get(md_id, include=["contacts"])
        check(all(link.contact.sys_id != contact.sys_id for link in md.contacts), "still associated")
        user.contacts.delete(workgroup_id, contact.sys_id)
        try:
            user.contacts.get(contact.sys_id)
        except NotFoundError:
            say("dissociated, then deleted: reading it again answers 404")
        else:
            raise TourError("the deleted contact can still be read")


def bulk(tour: Tour, user: Isogeo, workgroup_id: str, keyword_id: str, catalog_id: str) -> None:
    with tour.step("Bulk: a keyword and a catalog added to several metadata"):
        page = user.search(group=workgroup_id, query="type:vector-dataset", page_size=3, order_by="title")
        ids = [md.sys_id for md in page.results]
        user.bulk.prepare(ids, "add", "keywords", [keyword_id])
        user.bulk.prepare(ids, "add", "catalogs", [catalog_id])
        say(f"{len(user.bulk)} changes queued for {len(ids)} metadata; one request sent:")
        for outcome in user.bulk.send():
            ignored = ", ".join(f"{reason}: {len(keys)}" for reason, keys in outcome.ignored.items())
            applied = len(outcome.applied)
            say(f"  add {outcome.request.target}: applied to {applied}, ignored {ignored or 'none'}")
        tagged = user.metadata.get_many(ids, include=["keywords"])
        texts = {keyword.text for md in tagged for keyword in md.keywords if keyword.sys_id == keyword_id}
        check(len(texts) == 1 and all(md is not None for md in tagged.items), "the keyword is missing")
        say(f"read back: all {len(ids)} have the keyword {texts.pop()!r}")
        user.bulk.prepare(ids, "add", "catalogs", [catalog_id])
        (again,) = user.bulk.send()
        reasons = ", ".join(f"{reason}: {len(keys)}" for reason, keys in again.ignored.items())
        check(not again.applied and "alreadyPresent" in again.ignored, f"sent twice: {again}")
        say(f"the catalog sent again: applied to {len(again.applied)}, ignored {reasons}")


def url_builders(tour: Tour, md: Any, share: dict[str, str]) -> None:
    with tour.step("URL builders (built locally, no request)"):
        urls = UrlBuilder("prod")
        say(f"edit:        {urls.get_edit_url(md, tab='attributes')}")
        shared = {"share_id": share["id"], "share_token": share["token"]}
        say(f"OpenCatalog: {urls.get_view_url('oc', md_id=md.sys_id, **shared)}")
        csw = urls.get_view_url("csw_getrec", md_uuid_urn=convert_uuid(md.sys_id, 2), **shared)
        say(f"CSW record:  {csw}")
        urls.register_webapp("portal", ["md_id"], "https://geo.example.org/catalogue?uuid={md_id}")
        say(f"own portal:  {urls.get_view_url('portal', md_id=md.sys_id)}")


def files(tour: Tour, user: Isogeo, md: Any, upload_md_id: str, folder: Path) -> None:
    with tour.step("Files: ISO 19139 export, hosted upload and download"):
        saved = user.metadata.export_xml(md, folder / "exports")
        root = ET.parse(saved.path).getroot()  # noqa: S314 - our own sandbox's output
        gmd, gco = "{http://www.isotc211.org/2005/gmd}", "{http://www.isotc211.org/2005/gco}"
        identifier = root.findtext(f"{gmd}fileIdentifier/{gco}CharacterString")
        check(root.tag == f"{gmd}MD_Metadata", f"not ISO 19139: {root.tag}")
        say(f"exported {saved.path.relative_to(folder)} ({saved.human_size}): gmd:MD_Metadata {identifier}")

        source = folder / "sentiers_vercors.zip"
        source.write_bytes(_zip_of_trails())
        columns = (TextColumn("   upload"), BarColumn(), DownloadColumn())
        with Progress(*columns, console=console) as progress:
            task = progress.add_task("upload", total=source.stat().st_size)
            link = user.links.upload_hosted(
                upload_md_id,
                source,
                title="Sentiers du Vercors",
                progress=lambda sent, total: progress.update(task, completed=sent, total=total),
            )
        say(f"uploaded {source.name} as hosted link {link.sys_id}")
        back = user.links.download_hosted(link, folder / "downloads", metadata_id=upload_md_id)
        digests = {hashlib.sha256(path.read_bytes()).hexdigest() for path in (source, back.path)}
        check(len(digests) == 1, "the downloaded file differs from the uploaded one")
        say(f"downloaded {back.path.relative_to(folder)} ({back.human_size}): identical to what was sent")
        user.links.delete(upload_md_id, link)


def _zip_of_trails() -> bytes:
    rows = "\n".join(f"{n};Sentier {n};{(n * 37) % 1000 / 10:.1f} km" for n in range(1, 20_001))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("sentiers.csv", "id;nom;longueur\n" + rows)
    return buffer.getvalue()


def retries(tour: Tour, info: dict[str, Any]) -> None:
    with tour.step("Retries: the sandbox answers 503 twice, the client retries"):
        httpx.post(f"{info['admin_url']}/faults", json={"spec": "status=503,count=2,path=/resources/search"})
        events: list[RetryEvent] = []
        app = info["group_app"]
        policy = RetryPolicy(backoff_factor=0.05, on_retry=events.append)
        urls = {"api_url": info["api_url"], "id_url": info["id_url"]}
        with Isogeo(app["client_id"], app["client_secret"], retries=policy, **urls) as group:
            page = group.search(query="type:service", page_size=0)
        check([event.reason for event in events] == ["503", "503"], f"retries seen: {events}")
        waits = ", ".join(f"{event.waited:.2f} s" for event in events)
        say(f"2 retries after 503 (waits {waits}), then the answer: {page.total} services")


def deliberate_errors(tour: Tour, user: Isogeo, group: Isogeo, workgroup_id: str) -> None:
    with tour.step("A deliberate error: a bad identifier, as a user sees it"):
        try:
            user.metadata.get("not-a-metadata-id")
        except InvalidInputError as error:
            say(f"InvalidInputError, before any request: {error}")
        else:
            raise TourError("a malformed identifier was accepted")
        try:
            user.metadata.get("0" * 32)
        except NotFoundError as error:
            say(f"NotFoundError: {error}")
        else:
            raise TourError("an unknown identifier was found")
        try:
            group.contacts.create(workgroup_id, name="Refused")
        except PermissionDeniedError as error:
            say(f"PermissionDeniedError (group applications are read-only): status {error.status_code}")
        else:
            raise TourError("a group application could write")


def shell(tour: Tour, info: dict[str, Any]) -> None:
    with tour.step("The same from the shell: the isogeo command"):
        env = {**os.environ, "COLUMNS": "110", "NO_COLOR": "1"}
        shown = f"isogeo --sandbox {info['api_url']} search type:service --limit 3"
        say(f"$ {shown}")
        done = subprocess.run(  # noqa: S603 - the project's own command, with this interpreter
            [*ISOGEO, "--sandbox", info["api_url"], "search", "type:service", "--limit", "3"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        check(done.returncode == 0, f"isogeo search failed ({done.returncode}): {done.stderr}")
        for line in (done.stdout + done.stderr).splitlines():
            if line.strip():
                say(f"  {line.rstrip()}")
        bad = subprocess.run(  # noqa: S603
            [*ISOGEO, "--sandbox", info["api_url"], "metadata", "get", "not-a-metadata-id"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        check(bad.returncode == 2, f"a bad identifier should exit 2, not {bad.returncode}")
        say(f"$ isogeo ... metadata get not-a-metadata-id  → exit code {bad.returncode} (bad usage)")


def run(tour: Tour, folder: Path) -> None:
    started = time.perf_counter()
    console.print(Text("isogeo-client tour: isogeo-sandbox serve on a free loopback port", style="bold"))
    with sandbox_server(folder / "sandbox.log") as info:
        say(f"sandbox ready on {info['api_url']} in {time.perf_counter() - started:.1f} s")
        say(f"credentials from isogeo-sandbox info --json (seed {info['seed']!r})")
        group, user = connect(tour, info)
        with group, user:
            search_one_page(tour, group)
            search_everything(tour, user)
            md = metadata_with_everything(tour, user, info["metadata"]["complete"])
            workgroup_id = info["workgroups"]["test"]
            contact_life(tour, user, workgroup_id, info["metadata"]["vector"])
            bulk(tour, user, workgroup_id, info["keyword"], info["catalog"])
            url_builders(tour, md, info["share"])
            files(tour, user, md, info["metadata"]["vector"], folder)
            retries(tour, info)
            deliberate_errors(tour, user, group, workgroup_id)
        shell(tour, info)
        stats = httpx.get(f"{info['admin_url']}/stats", timeout=10).json()
        check(stats["violations"] == 0, f"{stats['violations']} sandbox responses violated the spec")
        console.print(
            Text(
                f"\nDone in {time.perf_counter() - started:.1f} s: the sandbox served {stats['requests']} "
                "requests, none violating the spec; stopping it.",
                style="bold green",
            ),
            soft_wrap=True,
        )


def main() -> int:
    tour = Tour()
    with tempfile.TemporaryDirectory(prefix="isogeo-tour-") as folder:
        try:
            run(tour, Path(folder))
        except Exception as error:  # the tour reports any failure and exits non-zero
            if not isinstance(error, TourError):
                traceback.print_exc()
            print(
                f"tour failed at step {tour.number} ({tour.title}): {type(error).__name__}: {error}",
                file=sys.stderr,
            )
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
