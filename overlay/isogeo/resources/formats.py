"""Formats (FMT-1..6): the reference list of data and service formats, and their versions.

``isogeo.formats.add_versions("postgis", ["3.4", "3.5"])`` is the SDK documentation's "Add versions
to a format" recipe (get, extend the versions without duplicates, PUT) in one call. Writes are for
Isogeo staff.

The sync class is derived from the async one (``_async/formats.py``): the same methods.

>>> from isogeo.resources.formats import AsyncFormats, Formats
>>> sorted(set(vars(AsyncFormats)) ^ set(vars(Formats)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.formats import AsyncFormats
from isogeo.resources._formats import merge_versions
from isogeo.resources._sync.formats import Formats

__all__ = ["AsyncFormats", "Formats", "merge_versions"]
