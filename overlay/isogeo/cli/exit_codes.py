"""Exit codes of the ``isogeo`` command, and which error gets which.

====  ===========  ===============================================================================
code  name         when
====  ===========  ===============================================================================
0     OK           the command did what was asked
1     ERROR        anything else: no answer, a server error (5xx), a malformed answer, a disk error
2     USAGE        bad usage: an unknown option, a missing argument, a value refused before any
                   request (:class:`~isogeo.errors.InvalidInputError`: a malformed identifier...)
3     AUTH         credentials missing or malformed (:class:`~isogeo.errors.CredentialsError`,
                   :class:`~isogeo.errors.InsecureTransportError`), refused (401,
                   :class:`~isogeo.errors.AuthenticationError`) **or not allowed (403,
                   :class:`~isogeo.errors.PermissionDeniedError`)**: in every case the fix is on
                   the credentials' side (other credentials, a user application, more rights)
4     NOT_FOUND    404 (:class:`~isogeo.errors.NotFoundError`), or nothing to act on (a metadata
                   without hosted data, ids of a batch that do not exist)
====  ===========  ===============================================================================

A failure inside a multi-page listing (:class:`~isogeo.errors.PageFetchError`) or a bulk
(:class:`~isogeo.errors.BulkSendError`) gets the code of the error that caused it.
"""

from __future__ import annotations

import enum

from isogeo.errors import (
    AuthenticationError,
    BulkSendError,
    CredentialsError,
    InsecureTransportError,
    InvalidInputError,
    NotFoundError,
    PageFetchError,
    PermissionDeniedError,
)

__all__ = ["CommandError", "ExitCode", "exit_code_for"]


class ExitCode(enum.IntEnum):
    """The exit codes of ``isogeo`` (see the module's table)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    AUTH = 3
    NOT_FOUND = 4


class CommandError(Exception):
    """A command cannot do what was asked, for a reason of its own (no hosted data to download...).

    >>> str(CommandError("metadata 0269... has no hosted data", ExitCode.NOT_FOUND))
    'metadata 0269... has no hosted data'
    """

    def __init__(self, message: str, code: ExitCode = ExitCode.ERROR) -> None:
        self.code = code
        super().__init__(message)


def exit_code_for(error: BaseException) -> ExitCode:
    """The exit code for ``error``.

    >>> from isogeo.errors import InvalidInputError, NotFoundError, PermissionDeniedError
    >>> exit_code_for(InvalidInputError("metadata_id", "nothex", "32 hex characters")).name
    'USAGE'
    >>> exit_code_for(PermissionDeniedError(status_code=403)).name
    'AUTH'
    >>> exit_code_for(NotFoundError(status_code=404)).name
    'NOT_FOUND'
    >>> exit_code_for(OSError("disk full")).name
    'ERROR'
    """
    if isinstance(error, CommandError):
        return error.code
    if isinstance(error, PageFetchError | BulkSendError):
        return exit_code_for(error.error)
    if isinstance(error, InvalidInputError):
        return ExitCode.USAGE
    if isinstance(
        error, CredentialsError | InsecureTransportError | AuthenticationError | PermissionDeniedError
    ):
        return ExitCode.AUTH
    if isinstance(error, NotFoundError):
        return ExitCode.NOT_FOUND
    return ExitCode.ERROR
