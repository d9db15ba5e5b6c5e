"""A griffe extension for the documentation site: the overlay's docstrings, readable as Markdown.

The docstrings of ``isogeo`` are written for ``help()`` and doctest: ``>>>`` examples in the text and
Sphinx roles (``:class:`~isogeo.errors.NotFoundError```). mkdocstrings renders docstrings as
Markdown, where a doctest line is a paragraph (and ``['a', 'b']`` in its output reads as a link)
and a role is noise. Before rendering, this extension (``mkdocs.yml``, mkdocstrings'
``extensions``):

* fences every run of doctest lines (``>>>`` and what follows up to a blank line) as ``pycon``,
  without the ``# doctest:`` directives;
* turns each role into inline code: ``:class:`~isogeo.errors.NotFoundError``` gives
  ```NotFoundError```, ``:mod:`isogeo.errors``` gives ```isogeo.errors```.

The source files are unchanged: doctest still runs the examples as written
(``tests/unit/test_griffe_docstrings.py`` shows what the site gets).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|data|attr|exc|obj|const|ref):`(~?)([^`]+)`")
DIRECTIVE = re.compile(r"\s*# doctest:.*$")
FENCE = "```"


def _role(match: re.Match[str]) -> str:
    shorten, target = match[1], match[2]
    if "<" in target and target.endswith(">"):  # :ref:`text <target>`
        target = target.split("<", 1)[0].strip()
    return f"`{target.rsplit('.', 1)[-1] if shorten else target}`"


def markdown(text: str) -> str:
    """A docstring's text with its doctest runs fenced and its roles as inline code."""
    out: list[str] = []
    lines = text.splitlines()
    in_fence = False
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.lstrip()
        if stripped.startswith(FENCE):
            in_fence = not in_fence
        if in_fence or not stripped.startswith(">>>"):
            out.append(line if in_fence else ROLE.sub(_role, line))
            index += 1
            continue
        indent = line[: len(line) - len(stripped)]
        out.append(f"{indent}{FENCE}pycon")
        while index < len(lines) and lines[index].strip():
            out.append(DIRECTIVE.sub("", lines[index]))
            index += 1
        out.append(f"{indent}{FENCE}")
    return "\n".join(out)


class DoctestMarkdown(griffe.Extension):
    """Rewrites each docstring's text with :func:`markdown` when griffe loads it."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
