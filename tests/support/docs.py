"""The code of the README and of the guides (``docs/guides/``), as the tests that run it read it.

A *section* is the text under a ``## title`` heading, up to the next ``## ``; ``title=None`` is
the whole file. Paths are relative to the repository's root (``"README.md"``,
``"docs/guides/search.md"``).
"""

from __future__ import annotations

import re

from tests.support.spec import ROOT


def section(path: str, title: str | None = None) -> str:
    """The text of ``path`` under ``## title`` (the whole file when ``title`` is None)."""
    text = (ROOT / path).read_text(encoding="utf-8")
    if title is None:
        return text
    heading = f"## {title}\n"
    assert heading in text, f"{path}: no section {title!r}"
    return text.split(heading, 1)[1].split("\n## ", 1)[0]


def blocks(path: str, title: str | None = None, language: str = "python") -> list[str]:
    """The fenced ``language`` code blocks of a section, in order."""
    return re.findall(rf"```{language}\n(.*?)```", section(path, title), re.DOTALL)


def example(path: str, title: str | None = None) -> str:
    """The first Python block of a section."""
    found = blocks(path, title)
    assert found, f"{path}: no python example under {title or 'the page'!r}"
    return found[0]
