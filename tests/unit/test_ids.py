from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isogeo.errors import InvalidInputError
from isogeo.ids import UuidForm, convert_uuid, is_isogeo_id, normalize_id

HEX = "0269803d50c446b09f5060ef7fe3e22b"
HYPHENATED = "0269803d-50c4-46b0-9f50-60ef7fe3e22b"
URN = f"urn:uuid:{HYPHENATED}"
ISOGEO_URN = f"urn:isogeo:metadata:uuid:{HYPHENATED}"


@pytest.mark.parametrize(
    "value",
    [
        HEX,
        HYPHENATED,
        URN,
        ISOGEO_URN,
        HEX.upper(),
        HYPHENATED.upper(),
        f"URN:UUID:{HYPHENATED}",
        f"urn:uuid:{HEX}",
        f"urn:isogeo:metadata:uuid:{HEX}",
        uuid.UUID(HEX),
    ],
)
def test_every_accepted_form_normalises_to_the_api_form(value: str | uuid.UUID) -> None:
    assert is_isogeo_id(value)
    assert normalize_id(value) == HEX


@pytest.mark.parametrize(
    "value",
    [
        "",
        HEX[:-1],  # 31 characters
        HEX + "0",  # 33 characters
        HEX[:-1] + "g",  # not hex
        f" {HEX}",  # surrounding blanks are not trimmed
        f"{HEX}\n",
        "0269803d-50c446b0-9f50-60ef7fe3e22b",  # misplaced hyphens
        "0269-803d50c446b09f5060ef7fe3e22b",  # uuid.UUID() would accept this one
        "{0269803d-50c4-46b0-9f50-60ef7fe3e22b}",  # braces: uuid.UUID() accepts, the API does not
        "urn:uuid:",
        f"urn:isogeo:metadata:{HYPHENATED}",  # the SDK's substring test accepted this
        f"xurn:isogeo:metadata:uuid:{HYPHENATED}",
        f"urn:isogeo:workgroup:uuid:{HYPHENATED}",
        f"urn:uuid:urn:uuid:{HYPHENATED}",
    ],
)
def test_malformed_identifiers_are_refused_with_the_argument_and_value_named(value: str) -> None:
    assert not is_isogeo_id(value)
    with pytest.raises(InvalidInputError) as caught:
        normalize_id(value, argument="metadata_id")
    message = str(caught.value)
    assert message.startswith(f"metadata_id={value!r} is not accepted")
    assert "urn:isogeo:metadata:uuid:<uuid>" in message
    assert caught.value.argument == "metadata_id"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value", [None, 42, b"0269803d50c446b09f5060ef7fe3e22b", [HEX]])
def test_non_strings_are_a_type_error(value: object) -> None:
    assert not is_isogeo_id(value)
    with pytest.raises(TypeError, match=r"^in_uuid=.* \(must be a str or uuid\.UUID") as caught:
        convert_uuid(value)  # type: ignore[arg-type]
    assert isinstance(caught.value, InvalidInputError)  # and a ValueError: typed, as every refusal


# The SDK documentation's table (facts §9.4): every input form x every mode.
@pytest.mark.parametrize("source", [HEX, URN, ISOGEO_URN])
@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (0, HEX),
        (1, "urn:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b"),
        (2, "urn:isogeo:metadata:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b"),
        (UuidForm.HEX, HEX),
        (UuidForm.URN, URN),
        (UuidForm.ISOGEO_URN, ISOGEO_URN),
    ],
)
def test_convert_uuid_matches_the_documented_table(source: str, mode: int, expected: str) -> None:
    assert convert_uuid(source, mode) == expected


def test_convert_uuid_defaults_to_hex() -> None:
    assert convert_uuid(ISOGEO_URN) == HEX


@pytest.mark.parametrize("mode", [-1, 3, "2", 2.0, True, None])
def test_convert_uuid_refuses_other_modes(mode: object) -> None:
    expected = r"^mode=.* expected one of: 0 \(HEX\), 1 \(URN\), 2 \(ISOGEO_URN\)$"
    with pytest.raises(InvalidInputError, match=expected):
        convert_uuid(HEX, mode)  # type: ignore[arg-type]


@given(st.uuids())
def test_every_form_round_trips(value: uuid.UUID) -> None:
    hex_id = value.hex
    forms = {form: convert_uuid(hex_id, form) for form in UuidForm}
    assert forms[UuidForm.URN] == value.urn
    for written in forms.values():
        assert is_isogeo_id(written)
        for target in UuidForm:
            assert convert_uuid(written, target) == forms[target]


@given(st.text(max_size=60))
def test_arbitrary_text_is_either_refused_or_a_32_hex_result(text: str) -> None:
    if is_isogeo_id(text):
        result = normalize_id(text)
        assert len(result) == 32
        assert set(result) <= set("0123456789abcdef")
    else:
        with pytest.raises(InvalidInputError):
            normalize_id(text)
