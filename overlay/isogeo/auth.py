"""OAuth2 for the Isogeo API: where the token is fetched, cached and refreshed.

:class:`OAuth2Auth` (sync) and :class:`AsyncOAuth2Auth` (async) are ``httpx.Auth`` flows that
:class:`isogeo.Isogeo` / :class:`isogeo.AsyncIsogeo` install on their HTTP client. For each request
they:

1. refuse to attach a token to a plain ``http://`` URL whose host is not loopback
   (:class:`~isogeo.errors.InsecureTransportError`) unless ``allow_insecure_http``;
2. fetch a token lazily on first use and cache it;
3. replace it *before* it expires: ``leeway`` seconds early (60 s by default, at most half of the
   token's lifetime);
4. replace it when the API answers 401 (a token revoked or expired server-side) and re-send the
   request. The server refused that request before acting on it, so even a POST is safe to
   re-send. A token fetched in reply to this request's refusal is trusted once: if it is refused
   too, :class:`~isogeo.errors.AuthenticationError`. A token another request cached meanwhile may
   itself have been revoked since (a request that waited through retries can outlive two
   revocations): when it is refused, the request gets a token of its own — at most
   :data:`MAX_REPLACEMENTS` times.

Replacement happens under a lock (a ``threading.Lock`` / an ``anyio.Lock``): fifty concurrent
requests that find the token expired cause exactly one token request; the others wait and reuse
the new token.

Grants (fact sheet §2.1, §2.2, §2.4): ``group`` runs the *client credentials* grant
again on expiry (its tokens have no refresh token); ``user_legacy`` uses the *password* grant,
then the *refresh_token* grant when the server gave a refresh token, falling back to the password
grant if the refresh is refused. The token request bodies and client authentication come from
authlib's OAuth2 primitives. The client id and secret travel as HTTP Basic by default
(``client_auth="basic"``, what the SDK does for the grants and the API documentation for every
token request); ``client_auth="body"`` puts them in the form instead (``client_secret_post``).

Where the flows are built: :class:`AsyncOAuth2Auth` is written once, async, in
``isogeo/_async/auth.py``; :class:`OAuth2Auth` is derived from it into ``isogeo/_sync/auth.py``
(``make unasync``; never edited by hand); what both share without I/O (``Token``, the grants, the
token answers' parsing, the expiry rule, the secure-destination check) is in ``isogeo/_auth.py``.
This module re-exports them, so they import from here.

>>> import httpx
>>> from isogeo.credentials import Credentials
>>> auth = OAuth2Auth(Credentials("app", "secret"), "https://id.api.isogeo.com/oauth/token",
...                   http=httpx.Client())
>>> auth.token is None, auth.token_requests
(True, 0)
>>> check_secure_destination(httpx.URL("http://id.example.org/oauth/token"), what="client credentials",
...                          allow_insecure_http=False)
Traceback (most recent call last):
...
isogeo.errors.InsecureTransportError: refusing to send client credentials over plain http:// ...
"""

from __future__ import annotations

# What other modules import from here (`X as X`: re-exported).
from isogeo._async.auth import AsyncOAuth2Auth as AsyncOAuth2Auth
from isogeo._auth import BEARER_TOKEN as BEARER_TOKEN
from isogeo._auth import MAX_REPLACEMENTS as MAX_REPLACEMENTS
from isogeo._auth import MIN_TOKEN_LIFETIME as MIN_TOKEN_LIFETIME
from isogeo._auth import ClientAuthMethod as ClientAuthMethod
from isogeo._auth import Token as Token
from isogeo._auth import _TokenPolicy as _TokenPolicy
from isogeo._auth import check_secure_destination as check_secure_destination
from isogeo._auth import is_loopback as is_loopback
from isogeo._auth import logger as logger
from isogeo._sync.auth import OAuth2Auth as OAuth2Auth
