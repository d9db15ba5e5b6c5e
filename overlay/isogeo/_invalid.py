"""The error raised when a caller passes a value the client refuses before any request.

``InvalidInputError`` names the argument, shows the (shortened) value and lists what is
accepted, so a typo is fixed from the message alone. It subclasses :class:`ValueError`, so code
written against the official SDK (which raises plain ``ValueError``) keeps working.

This module is the utilities' own home for the class; it is meant to be re-exported by
``isogeo.errors`` (one class, one name) once both land.
"""

from __future__ import annotations

from collections.abc import Iterable

_MAX_REPR = 80


def _short_repr(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_REPR else text[: _MAX_REPR - 3] + "..."


class InvalidInputError(ValueError):
    """A value refused client-side: names the argument, the value and what is accepted.

    >>> err = InvalidInputError("tab", "atributes", ["identification", "attributes"])
    >>> str(err)
    "tab='atributes' is not accepted; expected one of: identification, attributes"
    >>> isinstance(err, ValueError), err.argument
    (True, 'tab')
    """

    def __init__(
        self,
        argument: str,
        value: object,
        accepted: str | Iterable[str],
        *,
        reason: str | None = None,
    ) -> None:
        self.argument = argument
        self.value = value
        self.accepted: tuple[str, ...] = (accepted,) if isinstance(accepted, str) else tuple(accepted)
        expected = self.accepted[0] if isinstance(accepted, str) else "one of: " + ", ".join(self.accepted)
        why = f" ({reason})" if reason else ""
        super().__init__(f"{argument}={_short_repr(value)} is not accepted{why}; expected {expected}")
