"""What the documentation site makes of the overlay's docstrings (tools/griffe_docstrings.py)."""

from __future__ import annotations

from tools.griffe_docstrings import markdown


def test_doctest_runs_are_fenced_without_their_directives() -> None:
    text = "Fetch one.\n\n>>> isogeo.metadata.get(md_id)  # doctest: +SKIP\nMetadata(...)\n\nThen more."

    assert markdown(text) == (
        "Fetch one.\n\n```pycon\n>>> isogeo.metadata.get(md_id)\nMetadata(...)\n```\n\nThen more."
    )


def test_indented_runs_keep_their_indentation_and_list_outputs_are_code() -> None:
    text = "* a list item:\n\n  >>> sorted({'b', 'a'})\n  ['a', 'b']"

    assert markdown(text) == "* a list item:\n\n  ```pycon\n  >>> sorted({'b', 'a'})\n  ['a', 'b']\n  ```"


def test_roles_become_inline_code() -> None:
    text = "Raises :class:`~isogeo.errors.NotFoundError`; see :mod:`isogeo.errors` and :func:`call`."

    assert markdown(text) == "Raises `NotFoundError`; see `isogeo.errors` and `call`."


def test_existing_fences_are_left_alone() -> None:
    text = "```python\n>>> not a doctest run here :class:`X`\n```"

    assert markdown(text) == text
