"""The examples in the overlay's docstrings are run, so they cannot rot."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "isogeo._invalid",
    "isogeo.dates",
    "isogeo.ids",
    "isogeo.link_kinds",
    "isogeo.metadata_helpers",
    "isogeo.paging",
    "isogeo.platforms",
    "isogeo.sizes",
    "isogeo.tags",
    "isogeo.text",
    "isogeo.translator",
    "isogeo.urls",
    "isogeo.utils",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no docstring example"
    assert result.failed == 0


@pytest.mark.parametrize("name", MODULES)
def test_every_public_function_has_an_example(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder()
    with_examples = {test.name.rsplit(".", 1)[-1] for test in finder.find(module) if test.examples}
    for public in getattr(module, "__all__", []):
        obj = getattr(module, public)
        if callable(obj) and getattr(obj, "__module__", None) == name and not isinstance(obj, type):
            assert public in with_examples, f"{name}.{public} has no docstring example"
