"""Keep secrets out of logs, reprs and exception messages.

Every URL that reaches a log line or an exception goes through :func:`redact_url`; every response
body that reaches an exception goes through :func:`body_excerpt`.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

MASK = "***"

# Query parameters and JSON keys whose values are credentials (compared lower-cased).
SENSITIVE_KEYS: frozenset[str] = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "token",
        "client_secret",
        "password",
        "secret",
        "code",
        "api_key",
        "apikey",
    }
)

EXCERPT_CHARS = 500

# ``key=value`` (forms, query strings, logs) and ``"key": "value`` (JSON, even cut short): what a
# body that does not parse as JSON may still hold of a credential.
_KEYS = "|".join(sorted(SENSITIVE_KEYS, key=len, reverse=True))
_SENSITIVE_TEXT = re.compile(
    rf"""(?P<key>["']?(?:{_KEYS})["']?\s*[:=]\s*["']?)(?P<value>[^"'&\s,;}}<]+)""", re.IGNORECASE
)


def mask_text(text: str) -> str:
    """``text`` with the values of credential keys masked, whatever the format around them.

    >>> mask_text('access_token=abc&x=1 {"refresh_token": "def')
    'access_token=***&x=1 {"refresh_token": "***'
    """
    return _SENSITIVE_TEXT.sub(lambda match: match.group("key") + MASK, text)


def redact_url(url: httpx.URL | str) -> str:
    """``url`` as text with any user-info password and credential query values masked.

    >>> redact_url("https://me:pw@h.example/r?_lang=fr&access_token=abc")
    'https://me:***@h.example/r?_lang=fr&access_token=***'
    """
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if parsed.password:
        parsed = parsed.copy_with(username=parsed.username, password=MASK)
    if not any(key.lower() in SENSITIVE_KEYS for key in parsed.params):
        return str(parsed)
    # Build the query by hand so that the mask stays readable (not percent-encoded).
    query = "&".join(
        f"{key}={MASK}" if key.lower() in SENSITIVE_KEYS else str(httpx.QueryParams({key: value}))
        for key, value in parsed.params.multi_items()
    )
    return f"{parsed.copy_with(query=None)}?{query}"


def mask_secrets(value: Any) -> Any:
    """A copy of a decoded JSON value with the values of :data:`SENSITIVE_KEYS` masked."""
    if isinstance(value, dict):
        return {k: MASK if str(k).lower() in SENSITIVE_KEYS else mask_secrets(v) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_secrets(item) for item in value]
    return value


def body_excerpt(content: bytes, limit: int = EXCERPT_CHARS) -> str:
    """The first ``limit`` characters of a response body, credentials masked (JSON, or any text
    holding ``key=value`` / ``"key": "value`` pairs: forms, JSON cut short)."""
    if not content:
        return ""
    text = content.decode("utf-8", errors="replace")
    try:
        decoded = json.loads(text)
    except ValueError:
        text = mask_text(text)
    else:
        text = (
            json.dumps(mask_secrets(decoded), ensure_ascii=False)
            if isinstance(decoded, dict | list)
            else text
        )
    return text if len(text) <= limit else text[:limit] + "…"
