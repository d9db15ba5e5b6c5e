"""Bad input, fuzzed with hypothesis, through the overlay's public functions.

For every function that takes user input — identifiers, enum values, search queries with their
filters, bboxes and polygons, bulk changes, hosted links, credentials files, platforms and URLs,
URL builders — random values (valid and invalid mixed) must either work or raise one of the typed
errors that function documents, and **nothing is sent** for input the client refuses: the
sandbox counts what reaches it, and a counting transport stands for hosts that are not there.

Examples are derandomized (the same on every run) and bounded so the file runs in seconds. The
API itself is fuzzed by schemathesis in the contract check (tests/integration/test_contract.py):
every operation, examples + coverage + fuzzing phases against the sandbox.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isogeo import Isogeo
from isogeo.errors import (
    BadRequestError,
    CredentialsError,
    InsecureTransportError,
    InvalidInputError,
    NotFoundError,
)
from isogeo.ids import convert_uuid, normalize_id
from isogeo.urls import UrlBuilder
from isogeo_api.api.contact import get_contact, list_workgroup_contacts
from tests.reliability.figures import FIGURES
from tests.reliability.lab import Lab

pytestmark = pytest.mark.integration

FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
REFUSED = (InvalidInputError, CredentialsError, InsecureTransportError)
"""Errors that mean "refused before any request"."""

# ---------------------------------------------------------------- strategies
HEX = st.from_regex(r"\A[0-9a-f]{32}\Z", fullmatch=True)
IDENTIFIERS = st.one_of(
    HEX,
    st.from_regex(r"\A[0-9a-fA-F]{32}\Z", fullmatch=True),
    st.uuids().map(str),
    st.uuids().map(lambda u: f"urn:uuid:{u}"),
    st.uuids().map(lambda u: f"urn:isogeo:metadata:uuid:{str(u).upper()}"),
    st.text(max_size=40),
    st.from_regex(r"\A[0-9a-g]{31,33}\Z", fullmatch=True),
    st.sampled_from(["", " ", "../", "%00", "0" * 32 + "\n", "urn:uuid:", "null"]),
)
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
ENUMISH = st.one_of(WORDS, st.sampled_from(["", "ALL", "Custom", "name ", "-", None]))
FLOATS = st.floats(allow_nan=True, allow_infinity=True, width=32)
FILTERS = st.sampled_from(
    [
        "type:vector-dataset",
        "type:dataset",
        "type:raster",
        "type:vector-dataset type:service",
        "owner:32f7e95ec4e94ca3bc1afda960003882",
        "owner:nobody",
        "format:shp",
        "format:shp format:gml",
        "coordinate-system:4326",
        "keyword:isogeo:eau",
        "action:download",
        "action:fly",
        "provider:manual",
        "provider:x",
        "has-no:keyword",
        "share:32f7e95ec4e94ca3bc1afda960003882",
        "catalog:x",
        "",
    ]
)
QUERIES = st.lists(st.one_of(FILTERS, WORDS), max_size=4).map(" ".join)
BBOXES = st.one_of(
    st.none(),
    st.tuples(FLOATS, FLOATS, FLOATS, FLOATS).map(list),
    st.lists(FLOATS, max_size=6),
    st.sampled_from(["-5,41,10,51", "1,2,3", "a,b,c,d", "", "10,51,-5,41"]),
)
POLYS = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "POLYGON((-5 41, 10 41, 10 51, -5 51, -5 41))",
            "POLYGON((0 0, 1 1))",
            "POINT(1 2)",
            "polygon((-5 41, 10 41, 10 51, -5 41))",
        ]
    ),
    WORDS,
)
SEARCH = st.fixed_dictionaries(
    {},
    optional={
        "query": QUERIES,
        "bbox": BBOXES,
        "poly": POLYS,
        "georel": st.one_of(st.sampled_from(["intersects", "within", "equal", "equals", "touches"]), ENUMISH),
        "order_by": st.one_of(
            st.sampled_from(["title", "_created", "modified", "relevance", "size"]), ENUMISH
        ),
        "order_dir": st.one_of(st.sampled_from(["asc", "desc", "up"]), ENUMISH),
        "page_size": st.one_of(st.integers(-3, 130), st.booleans()),
        "offset": st.one_of(st.integers(-3, 10**7), st.floats(0, 10)),
        "include": st.one_of(
            st.sampled_from(["all", "links", "context"]), st.lists(st.sampled_from(["links", "tags", "x"]))
        ),
        "specific_md": st.one_of(IDENTIFIERS, st.lists(IDENTIFIERS, max_size=3)),
        "share": st.one_of(st.none(), IDENTIFIERS),
        "lang": st.sampled_from(["fr", "en", "EN", "de", ""]),
    },
)


# ---------------------------------------------------------------- the check
class Probe:
    """Runs one fuzzed call: only the allowed errors may escape, and refusals send nothing."""

    def __init__(self, lab: Lab) -> None:
        self.lab = lab
        self.counter: list[httpx.Request] = []

    def transport(self) -> httpx.MockTransport:
        """For clients pointed at hosts that do not exist here: counts what would have left."""

        def handler(request: httpx.Request) -> httpx.Response:
            self.counter.append(request)
            return httpx.Response(503)

        return httpx.MockTransport(handler)

    def __call__(
        self, action: Callable[[], Any], allowed: tuple[type[BaseException], ...]
    ) -> BaseException | None:
        before, local = self.lab.app.stats.requests, len(self.counter)
        outcome: BaseException | None = None
        try:
            action()
        except allowed as exc:
            outcome = exc
        sent = self.lab.app.stats.requests - before + len(self.counter) - local
        FIGURES.inputs_fuzzed += 1
        if isinstance(outcome, REFUSED):
            FIGURES.requests_for_rejected_input += sent
            assert sent == 0, f"{type(outcome).__name__} after {sent} requests: {outcome}"
            assert str(outcome), "a refusal says why"
        return outcome


@pytest.fixture
def probe(chaos: Lab) -> Probe:
    return Probe(chaos)


@pytest.fixture
def user(chaos: Lab) -> Iterator[Isogeo]:
    with chaos.client() as client:
        client.authenticate()  # the token request happens now, not inside a probe
        yield client


# ---------------------------------------------------------------- identifiers and enums
@FUZZ
@given(value=st.one_of(IDENTIFIERS, st.integers(), st.none(), st.binary(max_size=8), st.floats()))
def test_identifiers(probe: Probe, user: Isogeo, value: Any) -> None:
    probe(lambda: user.call(get_contact, value), (InvalidInputError, NotFoundError))
    probe(lambda: normalize_id(value), (InvalidInputError,))
    probe(lambda: convert_uuid(value, 1), (InvalidInputError,))


@FUZZ
@given(kind=ENUMISH, order=ENUMISH, includes=st.lists(ENUMISH, max_size=3), mode=st.integers(-2, 5))
def test_enum_values(
    probe: Probe, user: Isogeo, chaos: Lab, kind: Any, order: Any, includes: Any, mode: int
) -> None:
    workgroup = chaos.info["workgroups"]["test"]
    probe(lambda: user.contacts.list(workgroup, type=kind, order=order), (InvalidInputError,))
    probe(lambda: user.call(list_workgroup_contacts, workgroup, sys_include=includes), (InvalidInputError,))
    probe(lambda: user.contacts.list(workgroup, include=includes), (InvalidInputError,))
    probe(lambda: convert_uuid("0" * 32, mode), (InvalidInputError,))


# ---------------------------------------------------------------- search
@FUZZ
@given(options=SEARCH)
def test_search_arguments(probe: Probe, user: Isogeo, options: dict[str, Any]) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        outcome = probe(lambda: user.search(**options), (InvalidInputError, BadRequestError))
    # Documented: the SDK's georel="equal" is sent as "equals" with a DeprecationWarning.
    assert all(w.category is DeprecationWarning and "equal" in str(w.message) for w in caught)
    if isinstance(outcome, BadRequestError):
        # Only what the server alone knows may pass the client's checks: a share id that is
        # well formed but not one of the caller's. Anything else is a check the client lacks.
        assert set(outcome.field_errors) == {"s"}, f"the client let through {options!r}: {outcome}"
        FIGURES.accepted_then_refused.append(f"search {options!r}: {outcome.field_errors}")


# ---------------------------------------------------------------- bulk and hosted links
BULK_TARGETS = st.one_of(
    st.sampled_from(["title", "abstract", "keywords", "catalogs", "contacts", "scale", "codePage"]), ENUMISH
)


@FUZZ
@given(
    metadatas=st.one_of(IDENTIFIERS, st.lists(IDENTIFIERS, max_size=3)),
    action=st.one_of(st.sampled_from(["add", "delete", "update"]), ENUMISH),
    target=BULK_TARGETS,
    models=st.one_of(
        st.lists(st.one_of(IDENTIFIERS, st.dictionaries(WORDS, WORDS, max_size=2)), max_size=2), WORDS
    ),
)
def test_bulk_changes(
    probe: Probe, user: Isogeo, metadatas: Any, action: Any, target: Any, models: Any
) -> None:
    try:
        probe(lambda: user.bulk.prepare(metadatas, action, target, models), (InvalidInputError,))
        assert user.api is not None
    finally:
        user.bulk.clear()  # prepared only: nothing is sent by prepare


LINKS = st.fixed_dictionaries(
    {},
    optional={
        "_id": IDENTIFIERS,
        "type": st.one_of(st.sampled_from(["hosted", "url", "link"]), ENUMISH),
        "url": st.one_of(
            WORDS,
            st.builds(lambda a, b: f"/resources/{a}/links/{b}.bin", HEX, HEX),
            st.sampled_from(["https://evil.example/x.bin", "//evil.example/resources/x/links/y.bin"]),
        ),
        "size": st.one_of(st.none(), st.integers(-1, 10**6), WORDS),
        "title": st.one_of(st.none(), WORDS, st.sampled_from(["../../etc/passwd", "CON", ".bashrc"])),
    },
)


@FUZZ
@given(link=LINKS)
def test_hosted_links(
    probe: Probe, user: Isogeo, tmp_path_factory: pytest.TempPathFactory, link: dict[str, Any]
) -> None:
    out = tmp_path_factory.mktemp("download")
    probe(lambda: user.links.download_hosted(link, out), (InvalidInputError, NotFoundError))
    assert all(path.parent == out for path in out.rglob("*")), "nothing written outside the folder"


# ---------------------------------------------------------------- credentials, platforms, URLs
SECRET = "fuzz-secret-7f3a9c"
VALUES = st.one_of(
    WORDS, st.integers(), st.none(), st.lists(WORDS, max_size=2), st.dictionaries(WORDS, WORDS, max_size=1)
)
SECRETS = st.one_of(
    st.sampled_from([SECRET, f" {SECRET}\n", ""]),
    st.builds(lambda key: {key: SECRET}, WORDS),
    st.just([SECRET]),
    VALUES,
)
"""Values for the client secret: the secret itself, or inside a wrong type (an error must not echo it)."""
TOKEN_URIS = st.one_of(
    st.sampled_from(
        [
            "https://id.api.isogeo.com/oauth/token",
            "https://id.api.qa.isogeo.com/oauth/token",
            "http://id.example.org/oauth/token",
            "http://127.0.0.1:1/oauth/token",
            "ftp://id.example.org",
            "",
        ]
    ),
    WORDS,
    st.integers(),
)


@st.composite
def credentials_files(draw: st.DrawFn) -> tuple[str, str]:
    """(suffix, content): JSON or INI layouts with random holes and types, or plain garbage."""
    layout = draw(st.sampled_from(["json", "ini", "garbage"]))
    if layout == "json":
        entry = draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "client_id": VALUES,
                    "client_secret": SECRETS,
                    "token_uri": TOKEN_URIS,
                    "isogeo_type": st.one_of(st.sampled_from(["group", "user"]), WORDS),
                },
            )
        )
        top = draw(st.sampled_from(["web", "installed", "other", ""]))
        body: Any = {top: entry} if top else draw(st.one_of(st.just(entry), st.lists(WORDS), WORDS))
        return ".json", json.dumps(body)
    if layout == "ini":
        section = draw(st.sampled_from(["auth", "Auth", "other"]))
        keys = draw(
            st.lists(st.sampled_from(["CLIENT_ID", "CLIENT_SECRET", "CLIENT_TYPE", "URI_TOKEN"]), unique=True)
        )
        lines = [f"[{section}]"]
        lines += [f"{key} = {draw(SECRETS if key == 'CLIENT_SECRET' else VALUES)}" for key in keys]
        return ".ini", "\n".join(lines)
    return draw(st.sampled_from([".json", ".ini", ".txt", ""])), draw(st.text(max_size=60))


@FUZZ
@given(file=credentials_files())
def test_credentials_files(
    probe: Probe, tmp_path_factory: pytest.TempPathFactory, file: tuple[str, str]
) -> None:
    suffix, content = file
    path = tmp_path_factory.mktemp("creds") / f"client_secrets{suffix}"
    path.write_text(content, encoding="utf-8")

    def load() -> None:
        with Isogeo.from_credentials_file(
            path, username="u", password="p", transport=probe.transport()
        ) as client:
            assert repr(client)

    outcome = probe(load, (CredentialsError, InsecureTransportError))
    assert probe.counter == [], "building a client sends nothing"
    if outcome is not None:
        assert SECRET not in str(outcome) and SECRET not in repr(outcome), "the error echoes the secret"


@FUZZ
@given(
    platform=st.one_of(st.none(), st.sampled_from(["prod", "qa", "custom", "PROD", "dev"]), WORDS),
    api_url=st.one_of(
        st.none(),
        st.sampled_from(
            [
                "https://api.example.org",
                "http://api.example.org",
                "http://127.0.0.1:9",
                "http://[::1]:9",
                "api.example.org",
                "https://",
            ]
        ),
        WORDS,
    ),
    id_url=st.one_of(
        st.none(),
        st.sampled_from(["https://id.example.org", "http://id.example.org", "http://localhost:9"]),
        WORDS,
    ),
    lang=st.one_of(st.sampled_from(["fr", "en", "de"]), WORDS),
)
def test_platforms_and_urls(probe: Probe, platform: Any, api_url: Any, id_url: Any, lang: Any) -> None:
    def build() -> None:
        with Isogeo(
            "app",
            SECRET,
            platform=platform,
            api_url=api_url,
            id_url=id_url,
            lang=lang,
            transport=probe.transport(),
        ):
            pass

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        outcome = probe(build, (CredentialsError, InsecureTransportError, InvalidInputError))
    assert probe.counter == []
    assert all(issubclass(w.category, UserWarning) and "lang" in str(w.message) for w in caught)
    if outcome is not None:
        assert SECRET not in str(outcome)


@FUZZ
@given(
    platform=st.one_of(st.sampled_from(["prod", "qa", "custom"]), WORDS),
    webapp=st.one_of(st.sampled_from(["oc", "csw_getrec", "csw_getcap", "pixup_portal", "nope"]), WORDS),
    arguments=st.dictionaries(
        st.sampled_from(["md_id", "md_uuid_urn", "share_id", "share_token", "oc_url", "portal_url", "extra"]),
        st.one_of(IDENTIFIERS, WORDS, st.none(), st.integers()),
        max_size=4,
    ),
)
def test_url_builders(probe: Probe, platform: Any, webapp: Any, arguments: dict[str, Any]) -> None:
    def build() -> None:
        UrlBuilder(platform).get_view_url(webapp, **arguments)

    probe(build, (InvalidInputError,))
