"""The examples in the overlay's docstrings are run, so they cannot rot."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import isogeo

MODULES = ["isogeo", *(info.name for info in pkgutil.walk_packages(isogeo.__path__, "isogeo."))]
# Public modules (no part of the name private) must show at least one example.
DOCUMENTED = [
    info.name
    for info in pkgutil.walk_packages(isogeo.__path__, "isogeo.")
    if not info.ispkg and not any(part.startswith("_") for part in info.name.split("."))
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


@pytest.mark.parametrize("name", DOCUMENTED)
def test_public_modules_have_examples(name: str) -> None:
    result = doctest.testmod(
        importlib.import_module(name), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert result.attempted > 0, f"{name} has no docstring example"


@pytest.mark.parametrize("name", MODULES)
def test_every_public_function_has_an_example(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder()
    with_examples = {test.name.rsplit(".", 1)[-1] for test in finder.find(module) if test.examples}
    for public in getattr(module, "__all__", []):
        obj = getattr(module, public)
        if callable(obj) and getattr(obj, "__module__", None) == name and not isinstance(obj, type):
            assert public in with_examples, f"{name}.{public} has no docstring example"
