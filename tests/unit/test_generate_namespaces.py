"""The namespace generator: its naming rules, its names file, and the code it writes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools import generate_namespaces as gen
from tools.generate_api_md import load_spec, spec_operations

ROOT = Path(__file__).resolve().parents[2]
NAMESPACES = ROOT / "generated" / "isogeo_api" / "namespaces"
NO_NAMES = gen.Names(namespaces={}, methods={}, parameters={})


def test_the_tag_names_the_namespace() -> None:
    assert gen.namespace_name("coordinate-system", NO_NAMES) == "coordinate_systems"
    assert gen.namespace_name("conformity", NO_NAMES) == "conformities"
    assert gen.namespace_name("thesaurus", gen.load_names()) == "thesauri"


def test_the_operation_id_names_the_method() -> None:
    names = gen.method_names(
        "catalog",
        ["getWorkgroupCatalog", "listCatalogShares", "associateMetadataToCatalog", "getCatalogStatistics"],
        NO_NAMES,
    )
    assert names == {
        "getWorkgroupCatalog": "get",  # the owner alone adds nothing
        "listCatalogShares": "list_shares",  # more than the owner: kept
        "associateMetadataToCatalog": "associate",
        "getCatalogStatistics": "get_statistics",
    }
    # Two operations that would get the same bare verb keep their words.
    assert gen.method_names("catalog", ["listWorkgroupCatalogs", "listMetadataCatalogs"], NO_NAMES) == {
        "listWorkgroupCatalogs": "list_workgroup",
        "listMetadataCatalogs": "list_metadata",
    }


def test_a_clash_the_names_file_creates_stops_generation() -> None:
    names = gen.Names(namespaces={}, methods={"listCatalogShares": "get"}, parameters={})
    with pytest.raises(gen.NamespaceError, match="several operations named"):
        gen.method_names("catalog", ["getWorkgroupCatalog", "listCatalogShares"], names)


def test_the_names_file_holds_only_what_the_rules_get_wrong() -> None:
    names = gen.load_names()
    ruled = gen.Names(namespaces={}, methods={}, parameters=names.parameters)
    by_tag: dict[str, list[str]] = {}
    for _method, _path, operation in spec_operations(load_spec()):
        by_tag.setdefault(operation["tags"][0], []).append(operation["operationId"])
    redundant = []
    for tag, operation_ids in by_tag.items():
        try:
            by_rule = gen.method_names(tag, operation_ids, ruled)
        except gen.NamespaceError:  # the rules alone clash here: the file's names are needed
            continue
        redundant += [o for o in operation_ids if names.methods.get(o) == by_rule[o]]
    assert redundant == []
    assert all(names.namespaces[tag] != gen.namespace_name(tag, NO_NAMES) for tag in names.namespaces)


def test_an_operation_scoped_name_renames_that_operation_s_argument_only() -> None:
    names = gen.Names(
        namespaces={}, methods={}, parameters={"deleteWorkgroupContact.contact_id": "contact_id"}
    )
    _, methods = gen.collect(names)
    publics = {
        method.operation_id: [parameter.public for parameter in method.parameters]
        for method in methods["contact"]
    }
    assert publics["deleteWorkgroupContact"][:2] == ["workgroup", "contact_id"]
    assert publics["updateWorkgroupContact"][:2] == ["workgroup", "contact"]


@pytest.mark.parametrize("key", ["noSuchOperation.contact_id", "deleteWorkgroupContact.no_such_argument"])
def test_an_operation_scoped_name_that_matches_nothing_stops_generation(key: str) -> None:
    names = gen.Names(namespaces={}, methods={}, parameters={key: "renamed"})
    with pytest.raises(gen.NamespaceError, match=re.escape(key.split(".")[0])):
        gen.collect(names)


def test_the_generated_code_never_imports_the_overlay() -> None:
    sources = list(NAMESPACES.glob("*.py"))
    assert len(sources) == 30
    for source in sources:
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) isogeo\b(?!_api)", text, re.MULTILINE), source.name


def test_the_sync_class_is_derived_from_the_async_one() -> None:
    text = (NAMESPACES / "events.py").read_text(encoding="utf-8")
    async_part, sync_part = text.split("\nclass Events:", 1)
    assert async_part.count("async def ") == sync_part.count("    def ") - 2  # __init__, __getattr__
    assert "await " not in sync_part and "async " not in sync_part
