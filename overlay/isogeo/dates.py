"""Read every date and time format the Isogeo API writes.

The API is not uniform (facts §4.0, §9.7, §10 item 12):

==========================================  ======================================
``2019-06-13T16:21:38.1917618+00:00``       ``_created``/``_modified``: 1 to 7 fractional digits
``2018-06-04T00:00:00+00:00``               data dates, event dates
``2014-10-02T00:00:00``                     ``Specification.published``: no offset
``2018-06-04``                              plain dates (event creation)
``2014-10-02T00:00:00+00``, ``...Z``        seen in the wild; also valid ISO 8601
==========================================  ======================================

:func:`parse_datetime` reads all of them (and any other ISO 8601 offset) and **always returns
a timezone-aware datetime**: the offset written is kept; a value without one (the
specification date, a plain date) is taken as UTC, the API's clock. Fractions beyond
microseconds are truncated (``.1917618`` → ``.191761``), as the official SDK does.
:func:`parse_date` gives the calendar date as written. Unreadable input raises
:class:`~isogeo.errors.InvalidInputError`; nothing is silently turned into ``None``.

Compared with the SDK's ``hlpr_datetimes``: offsets other than ``+00:00`` and ``Z`` are read
instead of raising or losing the time, and results are aware instead of naive.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from isogeo.errors import InvalidInputError

__all__ = ["hlpr_datetimes", "parse_date", "parse_datetime"]

_ACCEPTED = "an ISO 8601 date or date-time such as 2019-06-13T16:21:38.1917618+00:00 or 2018-06-04"


def parse_datetime(value: str | datetime | date) -> datetime:
    """Read an API date or date-time as a timezone-aware :class:`~datetime.datetime`.

    >>> parse_datetime("2019-06-13T16:21:38.1917618+00:00")
    datetime.datetime(2019, 6, 13, 16, 21, 38, 191761, tzinfo=datetime.timezone.utc)
    >>> parse_datetime("2014-10-02T00:00:00")  # Specification.published: no offset, read as UTC
    datetime.datetime(2014, 10, 2, 0, 0, tzinfo=datetime.timezone.utc)
    >>> parse_datetime("2018-06-04")
    datetime.datetime(2018, 6, 4, 0, 0, tzinfo=datetime.timezone.utc)
    >>> parse_datetime("2018-06-04T00:00:00+02:00").utcoffset()
    datetime.timedelta(seconds=7200)
    """
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise InvalidInputError("value", value, _ACCEPTED) from None
    else:
        raise TypeError(f"value must be a str, datetime or date, not {type(value).__name__}")
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def parse_date(value: str | datetime | date) -> date:
    """The calendar date of an API date or date-time, as written (no time zone conversion).

    >>> parse_date("2018-06-04T23:30:00+00:00"), parse_date("2018-06-04")
    (datetime.date(2018, 6, 4), datetime.date(2018, 6, 4))
    """
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    return parse_datetime(value).date()


def hlpr_datetimes(in_date: str | datetime | date) -> datetime:
    """The official SDK's name for :func:`parse_datetime` (same behaviour as that function).

    >>> hlpr_datetimes("2019-05-17T13:01:08.559123+00:00")
    datetime.datetime(2019, 5, 17, 13, 1, 8, 559123, tzinfo=datetime.timezone.utc)
    """
    return parse_datetime(in_date)
