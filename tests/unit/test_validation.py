"""Arguments checked from generated signatures before any request (no network)."""

from __future__ import annotations

import uuid

import pytest

from isogeo._core import validation
from isogeo._core.validation import coerce_enum, normalize_identifier, prepare_arguments
from isogeo.errors import InvalidInputError
from isogeo_api.api.contact import associate_contact_to_metadata, get_contact, list_workgroup_contacts
from isogeo_api.api.search import search_metadata
from isogeo_api.models import (
    ContactAssociation,
    ContactInclude,
    ContactRole,
    GeoRelation,
    Lang,
    MetadataInclude,
)
from isogeo_api.types import UNSET

HEX = "0269803d50c446b09f5060ef7fe3e22b"
HYPHENATED = "0269803d-50c4-46b0-9f50-60ef7fe3e22b"


@pytest.mark.parametrize(
    "given",
    [
        HEX,
        HEX.upper(),
        HYPHENATED,
        f"urn:uuid:{HYPHENATED}",
        f"URN:UUID:{HYPHENATED}",
        f"urn:isogeo:metadata:uuid:{HYPHENATED}",
        uuid.UUID(HEX),
    ],
)
def test_identifiers_in_every_documented_form(given: object) -> None:
    assert normalize_identifier(given, "metadata_id") == HEX


@pytest.mark.parametrize(
    "given", ["", HEX[:-1], HEX + "0", f"urn:isogeo:other:{HEX}", "g" * 32, f" {HEX}", 42, None]
)
def test_bad_identifiers_name_the_field_and_the_accepted_forms(given: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        normalize_identifier(given, "metadata_id")

    assert caught.value.field == "metadata_id"
    assert "(not an Isogeo identifier)" in str(caught.value)


def test_enums_by_member_value_or_name_in_any_case() -> None:
    assert coerce_enum(ContactRole.OWNER, ContactRole, "role") is ContactRole.OWNER
    assert coerce_enum("pointOfContact", ContactRole, "role") is ContactRole.POINT_OF_CONTACT
    assert coerce_enum("POINT_OF_CONTACT", ContactRole, "role") is ContactRole.POINT_OF_CONTACT
    with pytest.raises(
        InvalidInputError, match="rel='equal' is not accepted; expected one of: contains, disjoint"
    ):
        coerce_enum("equal", GeoRelation, "rel")


def test_prepare_normalises_identifiers_enums_and_lists() -> None:
    args, kwargs = prepare_arguments(
        search_metadata.sync_detailed,
        (),
        {"sys_id": [HYPHENATED, HEX.upper()], "sys_include": "links", "rel": "within", "sys_lang": "EN"},
    )

    assert args == ()
    assert kwargs["sys_id"] == [HEX, HEX]
    assert kwargs["sys_include"] == [MetadataInclude.LINKS]
    assert (kwargs["rel"], kwargs["sys_lang"]) == (GeoRelation.WITHIN, Lang.EN)


def test_none_means_not_given_for_optional_parameters() -> None:
    _args, kwargs = prepare_arguments(list_workgroup_contacts.sync_detailed, (HEX,), {"sys_include": None})

    assert kwargs["sys_include"] is UNSET


@pytest.mark.parametrize(
    ("function", "args", "kwargs", "field"),
    [
        (get_contact.sync_detailed, (None,), {}, "contact_id"),
        (get_contact.sync_detailed, (), {"contact_id": None}, "contact_id"),
        (associate_contact_to_metadata.sync_detailed, (HEX, HEX), {"body": None}, "body"),
    ],
)
def test_none_is_refused_for_required_parameters(
    function: object, args: tuple[object, ...], kwargs: dict[str, object], field: str
) -> None:
    # Found by fuzzing (tests/reliability): None went through and the request named /contacts/None.
    with pytest.raises(InvalidInputError, match=rf"{field}=None is not accepted \(required by "):
        prepare_arguments(function, args, kwargs)  # type: ignore[arg-type]


def test_positional_and_keyword_identifiers_are_both_checked() -> None:
    args, _ = prepare_arguments(get_contact.sync_detailed, (HYPHENATED,), {})
    with pytest.raises(InvalidInputError, match="contact_id"):
        prepare_arguments(
            associate_contact_to_metadata.sync_detailed, (HEX,), {"contact_id": "x", "body": {}}
        )

    assert args == (HEX,)


def test_a_body_mapping_becomes_the_model() -> None:
    _args, kwargs = prepare_arguments(
        associate_contact_to_metadata.sync_detailed, (HEX, HEX), {"body": {"role": "custodian"}}
    )

    assert kwargs["body"] == ContactAssociation(role=ContactRole.CUSTODIAN)


def test_client_is_not_an_argument() -> None:
    with pytest.raises(
        InvalidInputError, match=r"client=<object .*> is not accepted \(the Isogeo client passes its own\)"
    ):
        prepare_arguments(get_contact.sync_detailed, (HEX,), {"client": object()})


def test_too_many_positional_arguments() -> None:
    with pytest.raises(
        InvalidInputError, match=r"get_contact=\(.*\) is not accepted \(too many positional arguments\)"
    ):
        prepare_arguments(get_contact.sync_detailed, (HEX, HEX), {})


def test_enum_lists_accept_one_value() -> None:
    _args, kwargs = prepare_arguments(list_workgroup_contacts.sync_detailed, (HEX,), {"sys_include": "COUNT"})

    assert kwargs["sys_include"] == [ContactInclude.COUNT]


@pytest.mark.parametrize(
    ("function", "args", "kwargs"),
    [
        (get_contact.sync_detailed, (HEX,), {}),
        (get_contact.sync_detailed, (), {"contact_id": HYPHENATED}),
        (associate_contact_to_metadata.sync_detailed, (HEX,), {"contact_id": HEX, "body": {"role": "owner"}}),
        (
            associate_contact_to_metadata.sync_detailed,
            (),
            {"body": {"role": "owner"}, "contact_id": HEX, "metadata_id": HEX},
        ),
        (list_workgroup_contacts.sync_detailed, (HEX,), {"sys_include": ["count"], "sys_lang": None}),
        (search_metadata.sync_detailed, (), {"q": "a", "sys_include": None}),
    ],
)
def test_arguments_are_bound_as_inspect_binds_them(
    function: object, args: tuple[object, ...], kwargs: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Generated signatures are bound without ``Signature.bind_partial``: the same result."""
    fast = prepare_arguments(function, args, kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(validation, "_bind", lambda plan, args, kwargs: None)
    assert fast == prepare_arguments(function, args, kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "kwargs", "reason"),
    [
        ((HEX, HEX, HEX), {}, "too many positional arguments"),
        ((HEX,), {"metadata_id": HEX, "contact_id": HEX}, "multiple values for argument 'metadata_id'"),
    ],
)
def test_arguments_that_do_not_bind_are_refused_with_inspect_s_reason(
    args: tuple[object, ...], kwargs: dict[str, object], reason: str
) -> None:
    with pytest.raises(InvalidInputError, match=reason):
        prepare_arguments(associate_contact_to_metadata.sync_detailed, args, kwargs)
