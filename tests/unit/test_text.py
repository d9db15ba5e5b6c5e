from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isogeo.text import encoded_words_to_text, filename_from_content_disposition, safe_filename, slugify


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        ("=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?=", "été 2020.zip"),
        ('"=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?="', "été 2020.zip"),  # quoted, as in the header
        ("=?utf-8?b?w6l0w6kgMjAyMC56aXA=?=", "été 2020.zip"),  # lower-case markers
        ("=?UTF-8?Q?=C3=A9t=C3=A9_2020.zip?=", "été 2020.zip"),  # `_` is a space in Q encoding
        ("=?ISO-8859-1?Q?caf=E9?=", "café"),
        ("=?windows-1252?B?gCBldXJvcy5jc3Y=?=", "€ euros.csv"),
        ("=?UTF-8?B?w6l0w6k=?= =?UTF-8?B?IDIwMjAuemlw?=", "été 2020.zip"),  # several words
        ("prefix =?UTF-8?B?w6l0w6k=?= suffix.zip", "prefix été suffix.zip"),
        ("plain name.zip", "plain name.zip"),
        ('"plain name.zip"', "plain name.zip"),
        ("", ""),
        # undecodable: given back as is, quotes removed
        ("=?x-no-such-charset?B?w6l0w6k=?=", "=?x-no-such-charset?B?w6l0w6k=?="),
        ("=?UTF-8?B?###?=", "=?UTF-8?B?###?="),
    ],
)
def test_encoded_words_to_text(encoded: str, expected: str) -> None:
    assert encoded_words_to_text(encoded) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ('"=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?="', "été 2020.zip"),
        ("Communes_2024-v2.shp.zip", "Communes_2024-v2.shp.zip"),
        ('"report (final).pdf"', "report final.pdf"),
        ("a/b\\c:d*e?f<g>h|i.csv", "abcdefghi.csv"),
        ("../../etc/passwd", "etcpasswd"),
        ("..", "download"),
        ("", "download"),
        ("   ", "download"),
        (".hidden", "hidden"),
        ("trailing dot.", "trailing dot"),
        ("données été.xlsx", "données été.xlsx"),
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_safe_filename_fallback() -> None:
    assert safe_filename("???", fallback="metadata.xml") == "metadata.xml"


@given(st.text())
def test_safe_filename_never_yields_a_path(name: str) -> None:
    result = safe_filename(name)
    assert result
    assert "/" not in result and "\\" not in result and "\x00" not in result
    assert not result.startswith(".") and result not in {".", ".."}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('attachment; filename="communes.zip"', "communes.zip"),
        ("attachment; filename=communes.zip", "communes.zip"),
        ('attachment; filename="=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?="', "=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?="),
        ("attachment; filename*=UTF-8''%C3%A9t%C3%A9%202020.zip", "été 2020.zip"),
        ("attachment; filename=\"fallback.zip\"; filename*=UTF-8''b%C3%A9.zip", "bé.zip"),
        ("attachment; filename*=UTF-8''b%C3%A9.zip; filename=\"fallback.zip\"", "bé.zip"),
        ("attachment", None),
        ("", None),
        (None, None),
    ],
)
def test_filename_from_content_disposition(header: str | None, expected: str | None) -> None:
    assert filename_from_content_disposition(header) == expected


def test_header_to_safe_name_end_to_end() -> None:
    header = 'attachment; filename="=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?="'
    assert safe_filename(filename_from_content_disposition(header) or "") == "été 2020.zip"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Communes de France — Édition 2024 (IGN)", "communes-de-france-edition-2024-ign"),
        ("  Already-slugged  ", "already-slugged"),
        ("Réseau   routier -- départemental", "reseau-routier-departemental"),
        ("BD_TOPO®", "bd_topo"),
        ("", ""),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected
