"""Identifiers and timestamps in the API's formats, deterministic where the seed needs them."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import secrets

UTC = dt.UTC


def stable_id(seed: str, name: str) -> str:
    """A 32-hex identifier that depends only on (seed, name): fixture ids survive restarts."""
    return hashlib.blake2b(f"{seed}:{name}".encode(), digest_size=16).hexdigest()


def stable_secret(seed: str, name: str, length: int) -> str:
    """A deterministic hex secret of ``length`` characters (client secrets are 64 long)."""
    out = ""
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(f"{seed}:{name}:{counter}".encode()).hexdigest()
        counter += 1
    return out[:length]


def random_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def new_id() -> str:
    """An identifier for an entity created at run time."""
    return secrets.token_hex(16)


def iso_timestamp(moment: dt.datetime, digits: int = 7) -> str:
    """`_created`-style timestamp: 1 to 7 fractional digits and a literal ``+00:00`` (facts §4.0)."""
    moment = moment.astimezone(UTC)
    base = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if digits <= 0:
        return f"{base}+00:00"
    ticks = f"{moment.microsecond:06d}0"  # .NET ticks have 7 digits
    fraction = ticks[:digits].rstrip("0") or "0"
    return f"{base}.{fraction}+00:00"


def data_date(day: dt.date) -> str:
    """Data dates (`created`, `published`, event `date`): midnight with ``+00:00``."""
    return f"{day.isoformat()}T00:00:00+00:00"


def now_timestamp() -> str:
    return iso_timestamp(dt.datetime.now(UTC))
