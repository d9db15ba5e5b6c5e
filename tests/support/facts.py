"""Read the route table (§3) of the facts sheet, `docs/reference/isogeo-api-facts.md`.

The sheet is the reference the spec must cover. The repository carries a copy (a clean clone
has nothing beside it); when the team's `shared/reference/` is found above the repository, a
test checks that the copy is still the same text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from tests.support.spec import ROOT

FACTS_COPY = ROOT / "docs" / "reference" / "isogeo-api-facts.md"
SHARED_RELATIVE = Path("shared") / "reference" / "isogeo-api-facts.md"
# | CTC-6 | `ApiContact.associate_metadata` | PUT | `/resources/{metadata_id}/contacts/{contact_id}` | ...
# The verb may be bold (`**POST**`) and the path cell may go on after the path ("(here ...)").
ROUTE_ROW = re.compile(
    r"^\| (?P<row>[A-Z]+-\d+) \| .*? \| \**(?P<verb>GET|POST|PUT|PATCH|DELETE)\** \| `(?P<url>[^`]+)`[^|]*\|"
)
API_HOST_PREFIX = "https://{api_host}"


@dataclass(frozen=True)
class RouteRow:
    row: str
    verb: str
    url: str

    @property
    def on_api_host(self) -> bool:
        return self.url.startswith("/") or self.url.startswith(API_HOST_PREFIX + "/")

    @property
    def key(self) -> tuple[str, str]:
        """(VERB, path with every `{param}` written `{}`), the identity of a route on the API host."""
        return self.verb, normalise_path(self.url.removeprefix(API_HOST_PREFIX))


def normalise_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path).rstrip("/") or "/"


def facts_sheet() -> Path:
    """The repository's copy of the facts sheet."""
    return FACTS_COPY


def shared_facts_sheet() -> Path | None:
    """The team's shared facts sheet above the repository, when this checkout has one."""
    for folder in ROOT.parents:
        candidate = folder / SHARED_RELATIVE
        if candidate.is_file():
            return candidate
    return None


@functools.cache
def route_rows() -> tuple[RouteRow, ...]:
    rows = []
    for line in facts_sheet().read_text(encoding="utf-8").splitlines():
        if match := ROUTE_ROW.match(line):
            rows.append(RouteRow(match["row"], match["verb"], match["url"]))
    return tuple(rows)
