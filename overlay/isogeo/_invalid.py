"""Where the utilities import :class:`InvalidInputError` from; the class lives in :mod:`isogeo.errors`.

One class, one name: ``isogeo._invalid.InvalidInputError is isogeo.errors.InvalidInputError``.

>>> from isogeo import errors
>>> InvalidInputError is errors.InvalidInputError
True
"""

from __future__ import annotations

from isogeo.errors import InvalidInputError

__all__ = ["InvalidInputError"]
