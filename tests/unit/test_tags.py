from __future__ import annotations

import copy
from typing import Any

import pytest

from isogeo.errors import InvalidInputError
from isogeo.tags import TAG_CATEGORIES, tags_to_dict
from isogeo_api.models import MetadataSearch
from tests.conftest import load_fixture

WG1 = "32f7e95ec4e94ca3bc1afda960003882"
WG2 = "aa7e1c1f51b74e5fb7c2d4e8f9a0b1c2"
C1 = "2a3aefc4f80347f590afe58127f6cb0f"
C2 = "7f0c6d2e3b1a4c5d9e8f7a6b5c4d3e2f"
CAT1 = "5c1d2e3f4a5b46c7d8e9f0a1b2c3d4e5"
CAT2 = "e9d8c7b6a5f44e3d2c1b0a9f8e7d6c5b"
L1 = "63f121e14eda4f47b748595e0bcccc31"
L2 = "f1e2d3c4b5a6477889900aabbccddeef"
SHARE = "344d51c3edfb435daf9d98d948fa207e"

TAGS: dict[str, str | None] = {
    f"owner:{WG1}": "Isogeo Test",
    f"owner:{WG2}": "Métropole",
    "action:download": "Téléchargeable",
    "action:view": "Visualisable",
    f"catalog:{CAT1}": "Référentiels",
    f"contact:group:{C1}": "Service SIG",
    "coordinate-system:2154": "RGF93 / Lambert-93",
    "data-source:0a1b2c3d4e5f40718293a4b5c6d7e8f9": "Moissonnage CSW",
    "format:shp": "ESRI Shapefile",
    "keyword:inspire-theme:administrativeunits": "Unités administratives",
    "keyword:isogeo:limites-administratives": "limites administratives",
    f"license:isogeo:{L1}": "Licence Ouverte 2.0",
    "provider:manual": None,
    "provider:auto": None,
    "type:vector-dataset": "Jeu de données vecteur",
    # left out on purpose
    "keyword:group-theme:transport": "Transport",
    "conformity:inspire": None,
    "has-no:keyword": None,
}


def test_the_thirteen_categories() -> None:
    assert list(TAG_CATEGORIES) == [
        "actions",
        "catalogs",
        "contacts",
        "data-sources",
        "formats",
        "inspires",
        "keywords",
        "licenses",
        "owners",
        "providers",
        "shares",
        "srs",
        "types",
    ]


def test_every_prefix_lands_in_its_category() -> None:
    facets, _query = tags_to_dict(TAGS)
    assert facets == {
        "actions": {"Téléchargeable": "action:download", "Visualisable": "action:view"},
        "catalogs": {"Référentiels": f"catalog:{CAT1}"},
        "contacts": {"Service SIG": f"contact:group:{C1}"},
        "data-sources": {"Moissonnage CSW": "data-source:0a1b2c3d4e5f40718293a4b5c6d7e8f9"},
        "formats": {"ESRI Shapefile": "format:shp"},
        "inspires": {"Unités administratives": "keyword:inspire-theme:administrativeunits"},
        "keywords": {"limites administratives": "keyword:isogeo:limites-administratives"},
        "licenses": {"Licence Ouverte 2.0": f"license:isogeo:{L1}"},
        "owners": {"Isogeo Test": f"owner:{WG1}", "Métropole": f"owner:{WG2}"},
        "providers": {"auto": "provider:auto", "manual": "provider:manual"},
        "shares": {},
        "srs": {"RGF93 / Lambert-93": "coordinate-system:2154"},
        "types": {"Jeu de données vecteur": "type:vector-dataset"},
    }


DUPLICATES: dict[str, str | None] = {
    f"owner:{WG1}": "Isogeo Test",
    f"owner:{WG2}": "Métropole",
    f"contact:{WG1}:{C1}": "Contact SIG",
    f"contact:{WG2}:{C2}": "Contact SIG",
    f"catalog:{CAT1}": "Référentiels",
    f"catalog:{CAT2}": "Référentiels",
    f"license:{WG2}:{L2}": "Licence Ouverte",
    f"license:isogeo:{L1}": "Licence Ouverte",
    "format:shp": "Shapefile",
    "format:shp-zip": "Shapefile",
}


@pytest.mark.parametrize(
    ("duplicated", "category", "expected"),
    [
        # rename: the workgroup named by the key's id, else the first 5 characters of the id
        (
            "rename",
            "contacts",
            {"Contact SIG": f"contact:{WG1}:{C1}", "Contact SIG (Métropole)": f"contact:{WG2}:{C2}"},
        ),
        (
            "rename",
            "catalogs",
            {"Référentiels": f"catalog:{CAT1}", "Référentiels (e9d8c)": f"catalog:{CAT2}"},
        ),
        (
            "rename",
            "licenses",
            {"Licence Ouverte": f"license:{WG2}:{L2}", "Licence Ouverte (63f12)": f"license:isogeo:{L1}"},
        ),
        ("merge", "contacts", {"Contact SIG": f"contact:{WG1}:{C1}||contact:{WG2}:{C2}"}),
        ("merge", "catalogs", {"Référentiels": f"catalog:{CAT1}||catalog:{CAT2}"}),
        ("ignore", "contacts", {"Contact SIG": f"contact:{WG2}:{C2}"}),
        ("ignore", "licenses", {"Licence Ouverte": f"license:isogeo:{L1}"}),
        # categories without duplicate handling: the last one wins whatever the policy
        ("rename", "formats", {"Shapefile": "format:shp-zip"}),
        ("merge", "formats", {"Shapefile": "format:shp-zip"}),
    ],
)
def test_duplicate_policies(duplicated: Any, category: str, expected: dict[str, str]) -> None:
    facets, _query = tags_to_dict(DUPLICATES, duplicated=duplicated)
    assert facets[category] == expected


def test_rename_without_owner_facets_uses_the_id_prefix() -> None:
    tags = {f"contact:{WG1}:{C1}": "Contact SIG", f"contact:{WG2}:{C2}": "Contact SIG"}
    facets, _ = tags_to_dict(tags)
    assert facets["contacts"] == {
        "Contact SIG": f"contact:{WG1}:{C1}",
        "Contact SIG (aa7e1)": f"contact:{WG2}:{C2}",
    }


def test_unlabelled_tags_are_keyed_by_their_value() -> None:
    facets, _ = tags_to_dict({"format:shp": None, "type:service": ""})
    assert facets["formats"] == {"shp": "format:shp"}
    assert facets["types"] == {"service": "type:service"}


def test_query_tags_are_labelled_from_the_facets() -> None:
    prev_query = {
        "_tags": [
            "type:vector-dataset",
            f"owner:{WG1}",
            "provider:manual",
            f"catalog:{CAT2}",
            "keyword:group-theme:x",
        ],
        "_terms": ["communes", "2024"],
        "_shares": [],
    }
    tags = {**TAGS, f"catalog:{CAT2}": "Données ouvertes"}
    _facets, query = tags_to_dict(tags, prev_query)
    assert query["_terms"] == ["communes", "2024"]
    assert query["_shares"] == []
    assert set(query["_tags"]) == set(TAG_CATEGORIES)
    assert query["_tags"]["types"] == {"Jeu de données vecteur": "type:vector-dataset"}
    assert query["_tags"]["owners"] == {"Isogeo Test": f"owner:{WG1}"}
    assert query["_tags"]["providers"] == {"manual": "provider:manual"}
    assert query["_tags"]["catalogs"] == {"Données ouvertes": f"catalog:{CAT2}"}
    assert all(not query["_tags"][c] for c in ("actions", "contacts", "formats", "shares", "srs"))


def test_query_share_is_added_without_touching_the_callers_query() -> None:
    prev_query = {"_tags": ["type:dataset"], "_terms": [], "_shares": [SHARE]}
    before = copy.deepcopy(prev_query)
    tags = {f"share:{SHARE}": "Partage OpenData", "type:dataset": "Jeu de données"}
    facets, query = tags_to_dict(tags, prev_query)
    assert prev_query == before
    assert facets["shares"] == {"Partage OpenData": f"share:{SHARE}"}
    assert query["_tags"]["shares"] == {"Partage OpenData": f"share:{SHARE}"}
    assert query["_shares"] == [SHARE]


@pytest.mark.parametrize("duplicated", ["rename", "merge", "ignore"])
def test_query_duplicates_follow_the_same_policy(duplicated: Any) -> None:
    prev_query = {"_tags": [f"contact:{WG1}:{C1}", f"contact:{WG2}:{C2}"], "_terms": []}
    facets, query = tags_to_dict(DUPLICATES, prev_query, duplicated)
    assert query["_tags"]["contacts"] == facets["contacts"]


def test_missing_query_gives_empty_lists() -> None:
    _facets, query = tags_to_dict(TAGS)
    assert query["_shares"] == [] and query["_terms"] == []
    assert all(entries == {} for entries in query["_tags"].values())


def test_generated_models_are_accepted() -> None:
    page = MetadataSearch.from_dict(load_fixture("search_page.json"))
    facets, query = tags_to_dict(page.tags, page.query)
    as_dicts = tags_to_dict(page.tags.to_dict(), page.query.to_dict())  # type: ignore[union-attr]
    assert (facets, query) == as_dicts
    assert facets["types"] == {
        "Jeu de données vecteur": "type:vector-dataset",
        "Jeu de données raster": "type:raster-dataset",
    }
    assert facets["providers"] == {"manual": "provider:manual"}
    assert query["_terms"] == ["communes"]
    # `type:dataset` is in the query but not among the facets: keyed by its value
    assert query["_tags"]["types"] == {"dataset": "type:dataset"}


@pytest.mark.parametrize("duplicated", ["rename ", "keep", "", None])
def test_unknown_policies_are_refused(duplicated: Any) -> None:
    with pytest.raises(InvalidInputError, match=r"^duplicated=.*expected one of: rename, merge, ignore$"):
        tags_to_dict(TAGS, duplicated=duplicated)


@pytest.mark.parametrize(("tags", "query"), [(["type:service"], None), (TAGS, "type:service")])
def test_non_mappings_are_refused(tags: Any, query: Any) -> None:
    with pytest.raises(InvalidInputError, match=r"expected a dict \(or the generated model\)"):
        tags_to_dict(tags, query)
