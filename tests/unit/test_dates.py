from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isogeo.dates import hlpr_datetimes, parse_date, parse_datetime
from isogeo.errors import InvalidInputError
from isogeo_api.models import Metadata
from tests.conftest import load_fixture

PARIS_SUMMER = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the SDK documentation's examples (hlpr_datetimes), now aware
        ("2018-06-04T00:00:00+00:00", datetime(2018, 6, 4, tzinfo=UTC)),
        ("2019-05-17T13:01:08.559123+00:00", datetime(2019, 5, 17, 13, 1, 8, 559123, tzinfo=UTC)),
        ("2019-06-13T16:21:38.1917618+00:00", datetime(2019, 6, 13, 16, 21, 38, 191761, tzinfo=UTC)),
        # every fraction length the API writes (facts §4.0: 1 to 7 digits)
        ("2019-05-17T13:01:08.5+00:00", datetime(2019, 5, 17, 13, 1, 8, 500000, tzinfo=UTC)),
        ("2019-05-17T13:01:49.30408+00:00", datetime(2019, 5, 17, 13, 1, 49, 304080, tzinfo=UTC)),
        ("2024-03-02T08:15:17.2880035+00:00", datetime(2024, 3, 2, 8, 15, 17, 288003, tzinfo=UTC)),
        # Specification.published: no offset, read as UTC
        ("2014-10-02T00:00:00", datetime(2014, 10, 2, tzinfo=UTC)),
        # plain dates (event creation)
        ("2018-06-04", datetime(2018, 6, 4, tzinfo=UTC)),
        # the odd ones the SDK lost the time of, or refused
        ("2014-10-02T00:00:00+00", datetime(2014, 10, 2, tzinfo=UTC)),
        ("2014-10-02T10:20:30Z", datetime(2014, 10, 2, 10, 20, 30, tzinfo=UTC)),
        ("2018-06-04T00:00:00+02:00", datetime(2018, 6, 4, tzinfo=PARIS_SUMMER)),
        ("2019-05-17T13:01:08.559123+02:00", datetime(2019, 5, 17, 13, 1, 8, 559123, tzinfo=PARIS_SUMMER)),
        (
            "2019-06-13T16:21:38.1917618-05:30",
            datetime(2019, 6, 13, 16, 21, 38, 191761, tzinfo=timezone(-timedelta(hours=5, minutes=30))),
        ),
    ],
)
def test_parse_datetime_reads_every_api_format(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()
    assert parsed.tzinfo is not None
    assert hlpr_datetimes(text) == expected


def test_offsets_are_kept_not_converted() -> None:
    parsed = parse_datetime("2018-06-04T00:00:00+02:00")
    assert (parsed.hour, parsed.utcoffset()) == (0, timedelta(hours=2))
    assert parsed == datetime(2018, 6, 3, 22, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2018, 6, 4, 12), datetime(2018, 6, 4, 12, tzinfo=UTC)),
        (datetime(2018, 6, 4, 12, tzinfo=PARIS_SUMMER), datetime(2018, 6, 4, 12, tzinfo=PARIS_SUMMER)),
        (date(2018, 6, 4), datetime(2018, 6, 4, tzinfo=UTC)),
    ],
)
def test_parse_datetime_accepts_python_values(value: datetime | date, expected: datetime) -> None:
    assert parse_datetime(value) == expected
    assert parse_datetime(value).tzinfo is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "yesterday",
        "2018-13-01",
        "2018-02-30",
        "2018-06-04T25:00:00",
        "04/06/2018",
        " 2018-06-04",
        "2018-06-04T",
    ],
)
def test_unreadable_dates_are_refused(text: str) -> None:
    with pytest.raises(InvalidInputError, match=r"^value=.*expected an ISO 8601 date"):
        parse_datetime(text)


@pytest.mark.parametrize("value", [None, 20180604, 1.5])
def test_non_dates_are_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="value must be a str, datetime or date"):
        parse_datetime(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-06-04T23:30:00+00:00", date(2018, 6, 4)),
        ("2018-06-04T00:30:00+02:00", date(2018, 6, 4)),  # the date as written, not converted to UTC
        ("2018-06-04", date(2018, 6, 4)),
        ("2014-10-02T00:00:00", date(2014, 10, 2)),
        (date(2018, 6, 4), date(2018, 6, 4)),
        (datetime(2018, 6, 4, 23, 59), date(2018, 6, 4)),
    ],
)
def test_parse_date(value: str | date, expected: date) -> None:
    assert parse_date(value) == expected


def test_every_date_of_the_complete_fixture_parses() -> None:
    record = load_fixture("metadata_complete.json")
    dates = [
        record[key] for key in ("_created", "_modified", "created", "modified", "published", "validFrom")
    ]
    dates += [event["date"] for event in record["events"]]
    dates += [spec["specification"]["published"] for spec in record["specifications"]]
    for text in dates:
        assert parse_datetime(text).tzinfo is not None
    # The generated model agrees on the instant where the API wrote an offset.
    model = Metadata.from_dict(record)
    assert parse_datetime(record["_created"]) == model.sys_created


_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@given(st.datetimes(timezones=_OFFSETS))
def test_isoformat_round_trips(value: datetime) -> None:
    parsed = parse_datetime(value.isoformat())
    assert parsed == value
    assert parsed.utcoffset() == value.utcoffset()


@given(st.datetimes(timezones=_OFFSETS), st.integers(min_value=0, max_value=9))
def test_net_style_fractions_are_truncated_to_microseconds(value: datetime, extra_digit: int) -> None:
    # The API's .NET clock writes 7 fractional digits; the 7th must not change the instant by more
    # than it is worth, nor be rounded into the next second.
    text = value.isoformat(timespec="microseconds")
    seven = text[:26] + str(extra_digit) + text[26:]
    assert parse_datetime(seven) == value
