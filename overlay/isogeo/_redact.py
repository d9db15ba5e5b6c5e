"""Keep secrets out of logs, reprs and exception messages.

Every URL that reaches a log line or an exception goes through :func:`redact_url`; every response
body that reaches an exception goes through :func:`body_excerpt`.
"""

from __future__ import annotations

import json
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
    """The first ``limit`` characters of a response body, credentials masked if it is JSON."""
    if not content:
        return ""
    text = content.decode("utf-8", errors="replace")
    try:
        decoded = json.loads(text)
    except ValueError:
        pass
    else:
        if isinstance(decoded, dict | list):
            text = json.dumps(mask_secrets(decoded), ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"
