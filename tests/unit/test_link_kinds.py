from __future__ import annotations

from typing import Any

import pytest

from isogeo.errors import InvalidInputError
from isogeo.link_kinds import DEFAULT_LINK_KINDS, LINK_ACTIONS, clean_link_actions, link_kinds_from_api
from isogeo_api.models import LinkAction, LinkKind, LinkKindDescription

# facts §5.6
MATRIX = {
    "url": {"download", "view", "other"},
    "wfs": {"download", "view", "other"},
    "wms": {"view", "other"},
    "wmts": {"view", "other"},
    "esriFeatureService": {"download", "view", "other"},
    "esriMapService": {"view", "other"},
    "esriTileService": {"view", "other"},
    "data": {"download", "other"},
}


def test_default_table_is_the_documented_matrix() -> None:
    assert {kind: set(actions) for kind, actions in DEFAULT_LINK_KINDS.items()} == MATRIX
    assert set(LINK_ACTIONS) == {"download", "view", "other"}


def test_default_table_covers_the_generated_enums() -> None:
    assert set(DEFAULT_LINK_KINDS) == {kind.value for kind in LinkKind}
    assert set(LINK_ACTIONS) == {action.value for action in LinkAction}


@pytest.mark.parametrize(
    ("kind", "actions", "expected"),
    [
        # the SDK documentation's example
        ("url", ("download", "stream"), ("download",)),
        ("wms", ["download", "view", "other"], ("view", "other")),
        ("data", ["view"], ()),
        ("data", ["other", "download"], ("other", "download")),  # order kept
        ("wfs", ["view", "view", "download", "view"], ("view", "download")),  # repeats dropped
        ("esriTileService", [], ()),
        (LinkKind.WMTS, [LinkAction.VIEW, LinkAction.DOWNLOAD], ("view",)),  # enum members
    ],
)
def test_clean_link_actions(kind: str, actions: Any, expected: tuple[str, ...]) -> None:
    assert clean_link_actions(kind, actions) == expected
    assert all(type(action) is str for action in clean_link_actions(kind, actions))


@pytest.mark.parametrize("kind", ["WMS", "ftp", "", None])
def test_unknown_kinds_are_refused_with_the_known_ones(kind: Any) -> None:
    with pytest.raises(InvalidInputError, match=r"^kind=.*expected one of: data, esriFeatureService"):
        clean_link_actions(kind, ["view"])


def test_a_bare_string_of_actions_is_refused() -> None:
    with pytest.raises(InvalidInputError, match=r"^actions='view'"):
        clean_link_actions("url", "view")


def test_a_fetched_table_replaces_the_default() -> None:
    fetched = link_kinds_from_api(
        [
            {"kind": "url", "name": "Lien", "actions": ["download", "view", "other"]},
            {"kind": "stream", "name": "Flux", "actions": ["view"]},
        ]
    )
    assert clean_link_actions("stream", ["download", "view"], fetched) == ("view",)
    with pytest.raises(InvalidInputError, match="expected one of: stream, url"):
        clean_link_actions("wms", ["view"], fetched)


@pytest.mark.parametrize(
    "entry",
    [
        {"name": "Lien", "actions": ["view"]},
        {"kind": "url", "name": "Lien"},
        {"kind": "url", "actions": "view"},
    ],
)
def test_malformed_link_kinds_answers_are_refused(entry: dict[str, Any]) -> None:
    with pytest.raises(InvalidInputError, match=r"^link_kinds="):
        link_kinds_from_api([entry])


def test_generated_link_kind_models_are_read() -> None:
    answer = [
        LinkKindDescription.from_dict(
            {"kind": "url", "name": "Link", "actions": ["download", "view", "other"]}
        ),
        LinkKindDescription.from_dict({"kind": "wms", "name": "WMS service", "actions": ["view", "other"]}),
    ]
    table = link_kinds_from_api(answer)
    assert dict(table) == {"url": {"download", "view", "other"}, "wms": {"view", "other"}}
    assert all(type(kind) is str for kind in table)
    assert clean_link_actions("wms", ["download", "view"], table) == ("view",)
