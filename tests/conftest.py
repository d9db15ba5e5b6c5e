from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.loopback import LoopbackServer, serve
from tests.support.oauth import OAuthServer

pytest_plugins = ["tests.support.sandbox"]

FIXTURES = Path(__file__).parent / "fixtures"


def load_fixture(name: str) -> Any:
    """A realistic API payload from tests/fixtures (facts-sheet shapes)."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    """A fresh HTTP server on 127.0.0.1 whose routes the test registers."""
    with serve() as server:
        yield server


@pytest.fixture
def oauth(loopback: LoopbackServer) -> OAuthServer:
    """An OAuth2 token endpoint (HTTP Basic client auth) on the loopback server (tests/support/oauth.py)."""
    return OAuthServer(loopback)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (httpx-retries sleeps with asyncio)."""
    return "asyncio"
