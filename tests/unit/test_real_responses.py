"""Real Isogeo API responses (tests/fixtures/real, sources in SOURCES.md) decode and round-trip.

Read -> ``to_dict()`` must give back exactly what was read: same keys, same values, same
timestamp text. This is the outside check of the response schemas (``required`` only for what
every real response carries) and of the generated models' losslessness.
"""

from __future__ import annotations

import copy
import datetime
import gzip
import json
import pathlib
import pickle
from typing import Any

import pytest

from isogeo_api.models import Metadata, MetadataSearch, Share
from isogeo_api.types import IsoDateTime, decode_all, parse_datetime

REAL = pathlib.Path(__file__).parents[1] / "fixtures" / "real"

CASES: list[tuple[str, type[Any]]] = [
    ("metadata_complete.json", Metadata),
    ("search_tags_providers.json", MetadataSearch),
    ("search_all_includes.json.gz", MetadataSearch),
    ("search_all_includes_small.json", MetadataSearch),
    ("search_2016.json.gz", MetadataSearch),
    ("share_2016.json", Share),
]
NAMES = [name for name, _model in CASES]


def load_real(name: str) -> Any:
    raw = (REAL / name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return json.loads(raw)


def test_every_real_file_is_listed_with_its_source() -> None:
    files = {p.name for p in REAL.iterdir() if p.name != "SOURCES.md"}
    assert files == set(NAMES)
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    for name in files:
        assert f"`{name}`" in sources


@pytest.mark.parametrize(("name", "model"), CASES, ids=NAMES)
def test_real_response_decodes(name: str, model: type[Any]) -> None:
    assert isinstance(model.from_dict(load_real(name)), model)


@pytest.mark.parametrize(("name", "model"), CASES, ids=NAMES)
def test_real_response_decodes_and_round_trips(name: str, model: type[Any]) -> None:
    data = load_real(name)
    decoded = model.from_dict(data)
    assert decoded.to_dict() == data  # the fields decoded on first read, unread: given back as parsed
    decode_all(decoded)
    assert decoded.to_dict() == data  # every field read: written from the decoded values


SEVEN_DIGITS = "2019-02-15T09:14:06.9165215+00:00"


def test_a_timestamp_keeps_its_text_while_unchanged() -> None:
    record = {"_id": "a" * 32, "_modified": SEVEN_DIGITS, "created": "2018-06-04T00:00:00+00:00"}
    metadata = Metadata.from_dict(record)

    assert metadata.sys_modified == datetime.datetime(2019, 2, 15, 9, 14, 6, 916521, tzinfo=datetime.UTC)
    assert metadata.to_dict() == record
    # copies and pickles keep the text
    assert copy.deepcopy(metadata).to_dict() == record
    assert pickle.loads(pickle.dumps(metadata)).to_dict() == record  # noqa: S301 - our own bytes
    # a changed value is written from the value
    assert isinstance(metadata.sys_modified, datetime.datetime)
    metadata.sys_modified = metadata.sys_modified.replace(year=2020)
    assert metadata.to_dict()["_modified"] == "2020-02-15T09:14:06.916521+00:00"
    metadata.sys_modified = datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC)
    assert metadata.to_dict()["_modified"] == "2021-01-01T00:00:00+00:00"
    shifted = Metadata.from_dict(record).sys_modified
    assert isinstance(shifted, datetime.datetime)
    assert (shifted + datetime.timedelta(days=1)).isoformat() == "2019-02-16T09:14:06.916521+00:00"


def test_isoformat_with_arguments_formats_the_value() -> None:
    value = parse_datetime(SEVEN_DIGITS)
    assert isinstance(value, IsoDateTime)
    assert value.isoformat() == SEVEN_DIGITS
    assert value.isoformat(" ") == "2019-02-15 09:14:06.916521+00:00"
    assert value.isoformat(timespec="seconds") == "2019-02-15T09:14:06+00:00"
    assert str(value) == "2019-02-15 09:14:06.916521+00:00"
