"""Bulk changes are checked before anything is sent (facts §5.17, §7), and large bulks are chunked."""

from __future__ import annotations

import datetime as dt

import pytest

from isogeo.errors import InvalidInputError
from isogeo.resources.bulk import plan_posts, prepare_request
from isogeo_api.models import BulkAction, BulkTarget, Catalog, Contact, Keyword, Metadata

MD_1 = "0269803d50c446b09f5060ef7fe3e22b"
MD_2 = "1369803d50c446b09f5060ef7fe3e22c"
CATALOG = Catalog.from_dict({"_id": "6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4", "_tag": "catalog:x", "$scan": True})
KEYWORD = Keyword.from_dict(
    {"_id": "9d7ff05bfd4f4f2c9c5c5e6a7a0b1c2d", "_tag": "keyword:isogeo:eau", "text": "eau"}
)
CONTACT = Contact.from_dict({"_id": "3f9e71266947cce23c8f608647f609f7", "name": "SIG"})


def test_a_change_is_built_with_normalised_ids_and_full_models() -> None:
    request = prepare_request(
        [Metadata(sys_id=MD_1), {"_id": MD_2.upper()}, MD_1], "add", "catalogs", [CATALOG]
    ).to_dict()

    assert request["action"] == "add" and request["target"] == "catalogs"
    assert request["query"] == {"ids": [MD_1, MD_2]}  # normalised, each once
    assert request["model"] == [{"_id": CATALOG.sys_id, "_tag": "catalog:x", "$scan": True}]


@pytest.mark.parametrize(
    ("target", "model"),
    [("catalogs", CATALOG), ("keywords", KEYWORD), ("contacts", CONTACT)],
)
def test_each_relation_target_takes_its_own_entities_as_records_json_or_ids(
    target: str, model: object
) -> None:
    as_record = prepare_request([MD_1], "delete", target, [model]).to_dict()["model"][0]
    as_id = prepare_request([MD_1], "delete", target, [model.sys_id]).to_dict()["model"][0]  # type: ignore[attr-defined]

    assert as_record["_id"] == as_id["_id"] == model.sys_id  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("arguments", "argument", "words"),
    [
        (([MD_1], "add", "owners", [CATALOG]), "target", ["catalogs", "keywords", "validFrom", "codePage"]),
        (([MD_1], "append", "catalogs", [CATALOG]), "action", ["add", "delete", "update"]),
        (([MD_1, "not-an-id"], "add", "catalogs", [CATALOG]), "metadatas[1]", ["not an Isogeo identifier"]),
        (([], "add", "catalogs", [CATALOG]), "metadatas", ["at least one"]),
        (([MD_1], "add", "catalogs", [KEYWORD]), "models[0]", ["Catalog", "a Keyword"]),
        (([MD_1], "add", "keywords", [KEYWORD, CATALOG]), "models[1]", ["Keyword", "a Catalog"]),
        (
            ([MD_1], "add", "catalogs", [{"_id": KEYWORD.sys_id, "_tag": "keyword:isogeo:eau"}]),
            "models[0]",
            ["catalog:"],
        ),
        (([MD_1], "add", "contacts", ["SIG"]), "models[0]._id", ["not an Isogeo identifier"]),
        (([MD_1], "add", "catalogs", []), "models", ["nothing to apply"]),
        (([MD_1], "update", "title", [CATALOG]), "models[0]", ["an entity"]),
        (([MD_1], "update", "title", []), "models", ["nothing to set"]),
    ],
)
def test_bad_changes_are_refused_naming_the_argument(
    arguments: tuple[object, str, str, object], argument: str, words: list[str]
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        prepare_request(*arguments)

    assert caught.value.argument == argument
    for word in words:
        assert word in str(caught.value)


def test_field_targets_take_the_value_to_set() -> None:
    title = prepare_request([MD_1], BulkAction.UPDATE, BulkTarget.TITLE, "Communes 2024").to_dict()
    valid_from = prepare_request([MD_1], "update", "validFrom", [dt.date(2024, 1, 1)]).to_dict()
    cleared = prepare_request([MD_1], "delete", "validityComment").to_dict()

    assert title["model"] == [{"title": "Communes 2024"}]
    assert valid_from["model"] == [{"validFrom": "2024-01-01"}]
    assert cleared["model"] == []


def test_large_bulks_are_split_into_posts_of_at_most_chunk_size_ids() -> None:
    ids = [f"{n:032x}" for n in range(1234)]
    big = prepare_request(ids, "add", "catalogs", [CATALOG])
    small = prepare_request(ids[:10], "add", "keywords", [KEYWORD])

    posts = plan_posts([big, small], 500)

    assert [sum(len(part.query.ids) for _, part in post) for post in posts] == [500, 500, 244]
    assert [[index for index, _ in post] for post in posts] == [[0], [0], [0, 1]]
    sent = [i for post in posts for index, part in post if index == 0 for i in part.query.ids]
    assert sent == ids and all(
        part.model == big.model for post in posts for index, part in post if index == 0
    )


def test_chunk_size_must_be_positive() -> None:
    with pytest.raises(InvalidInputError, match="chunk_size"):
        plan_posts([], 0)
