"""The porting guide covers every method the official SDK documents, with calls that exist."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from isogeo import AsyncIsogeo, Isogeo
from isogeo.client import SDK_NAMES
from tools import generate_porting as porting

ROOT = Path(__file__).resolve().parents[2]
SHARED_SEED = ROOT.parent.parent / "shared" / "seeds" / "001_7cc1dd03e76b2a03.txt"
ROWS = porting.collect(porting.SDK_DOCS.read_text(encoding="utf-8"), porting.load_rows())


def test_the_documented_methods_are_read_from_the_sdk_documentation() -> None:
    documented = porting.documented_methods(porting.SDK_DOCS.read_text(encoding="utf-8"))
    # The methods the porting questions started from, and the index's decorated "attributes".
    for sdk_class, method in [
        ("ApiCatalog", "listing"),
        ("ApiCatalog", "associate_metadata"),
        ("ApiEvent", "create"),
        ("ApiEvent", "delete"),
        ("ApiKeyword", "tagging"),
        ("ApiShare", "listing"),
        ("IsogeoUtils", "get_view_url"),
        ("Isogeo", "connect"),
    ]:
        assert method in documented[sdk_class], (sdk_class, method)
    assert sum(map(len, documented.values())) == len(ROWS) >= 180


def test_the_copy_of_the_sdk_documentation_is_the_shared_one() -> None:
    if not SHARED_SEED.is_file():
        pytest.skip("no shared/ beside the repository")
    assert porting.SDK_DOCS.read_bytes() == SHARED_SEED.read_bytes()


def test_a_documented_method_without_a_row_stops_the_guide() -> None:
    rows = porting.load_rows()
    del rows["ApiCatalog"]["listing"]
    with pytest.raises(
        porting.PortingError, match=r"isogeo.catalog.listing \(ApiCatalog.listing\) has no row"
    ):
        porting.collect(porting.SDK_DOCS.read_text(encoding="utf-8"), rows)


def _resolve(client: object, target: str) -> object:
    path = target.removeprefix("isogeo.").split(".")
    if hasattr(type(client), path[0]) or path[0] in vars(client):
        found: object = client
    else:  # a module of the package: isogeo.utils.convert_octets, isogeo.urls.UrlBuilder...
        found = importlib.import_module(f"isogeo.{path[0]}")
    for name in path if found is client else path[1:]:
        found = getattr(found, name)
    return found


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[Isogeo, AsyncIsogeo]]:
    isogeo, aisogeo = Isogeo("app", "secret"), AsyncIsogeo("app", "secret")
    yield isogeo, aisogeo
    isogeo.close()
    asyncio.run(aisogeo.close())


@pytest.mark.parametrize("row", ROWS, ids=[row.sdk_call for row in ROWS])
def test_every_row_names_a_call_that_exists_on_both_clients(
    row: porting.Row, clients: tuple[Isogeo, AsyncIsogeo]
) -> None:
    for client in clients:
        assert _resolve(client, row.target) is not None


def test_the_guide_is_fresh() -> None:
    assert (ROOT / "docs" / "porting.md").read_text(encoding="utf-8") == porting.build()


@pytest.mark.parametrize("client_class", [Isogeo, AsyncIsogeo])
def test_an_sdk_name_on_the_client_names_ours(client_class: type[Isogeo] | type[AsyncIsogeo]) -> None:
    client = client_class("app", "secret")
    with pytest.raises(AttributeError) as caught:
        client.catalog  # type: ignore[union-attr]  # noqa: B018
    assert str(caught.value) == (
        f"'{client_class.__name__}' has no attribute 'catalog'; did you mean 'catalogs'? "
        "(official SDK name: see docs/porting.md)"
    )
    for sdk, ours in SDK_NAMES.items():
        with pytest.raises(AttributeError, match=f"did you mean '{ours}'"):
            getattr(client, sdk)
        assert hasattr(client, ours)
    with pytest.raises(AttributeError, match=r"did you mean 'catalogs'\?$"):
        client.catalgs  # type: ignore[union-attr]  # noqa: B018
    with pytest.raises(AttributeError, match=r"^_private$"):
        client._private  # type: ignore[union-attr]  # noqa: B018
    assert not hasattr(client, "__length_hint__")


@pytest.mark.parametrize(
    ("namespace", "sdk_name", "ours"),
    [
        ("metadata", "events", "isogeo.events"),
        ("metadata", "links", "isogeo.links"),
        ("catalogs", "listing", "list"),
        ("contacts", "listing", "list"),
        ("keywords", "tagging", "tag"),
        ("invitations", "decline", "refuse"),
    ],
)
def test_an_sdk_name_on_a_namespace_names_ours(
    clients: tuple[Isogeo, AsyncIsogeo], namespace: str, sdk_name: str, ours: str
) -> None:
    for client in clients:
        with pytest.raises(AttributeError, match=f"did you mean '{ours}'\\? \\(official SDK name"):
            getattr(getattr(client, namespace), sdk_name)
        _resolve(client, ours if ours.startswith("isogeo.") else f"isogeo.{namespace}.{ours}")
