from __future__ import annotations

import pytest

from isogeo.errors import InvalidInputError
from isogeo.sizes import convert_octets


@pytest.mark.parametrize(
    ("octets", "expected"),
    [
        # facts §9.9, the SDK's exact outputs
        (0, "0 octet"),
        (1, "1.0 octets"),
        (1024, "1.0 Ko"),
        (1536, "1.5 Ko"),
        (204132, "199.35 Ko"),
        (1073741824, "1.0 Go"),
        # around every unit boundary
        (1023, "1023.0 octets"),
        (1025, "1.0 Ko"),
        (1048576, "1.0 Mo"),
        (1048575, "1.0 Mo"),  # the SDK wrote "1024.0 Ko"
        (5 * 1024**3 + 1024**3 // 4, "5.25 Go"),
        (1024**4, "1.0 To"),
        (1024**5, "1.0 Po"),
        (1024**6, "1024.0 Po"),  # the SDK raised IndexError
        (3 * 1024**7, "3145728.0 Po"),
    ],
)
def test_convert_octets_french(octets: int, expected: str) -> None:
    assert convert_octets(octets) == expected


@pytest.mark.parametrize(
    ("octets", "expected"),
    [(0, "0 bytes"), (1, "1.0 bytes"), (1536, "1.5 KB"), (204132, "199.35 KB"), (1073741824, "1.0 GB")],
)
def test_convert_octets_english(octets: int, expected: str) -> None:
    assert convert_octets(octets, lang="en") == expected


@pytest.mark.parametrize("octets", [-1, 1.5, "1024", None, True])
def test_convert_octets_refuses_non_sizes(octets: object) -> None:
    with pytest.raises(InvalidInputError, match=r"^octets="):
        convert_octets(octets)  # type: ignore[arg-type]


def test_convert_octets_refuses_other_languages() -> None:
    with pytest.raises(InvalidInputError, match=r"^lang='de'.*expected one of: fr, en$"):
        convert_octets(1, lang="de")  # type: ignore[arg-type]
