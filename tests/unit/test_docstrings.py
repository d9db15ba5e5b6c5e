"""The examples in the overlay's docstrings run (they are the documentation users copy)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import isogeo

MODULES = ["isogeo", *(info.name for info in pkgutil.walk_packages(isogeo.__path__, "isogeo."))]


@pytest.mark.parametrize("module_name", MODULES)
def test_docstring_examples_run(module_name: str) -> None:
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=True)
    assert result.failed == 0


def test_the_front_door_has_examples() -> None:
    finder = doctest.DocTestFinder()
    examples = sum(
        len(test.examples) for name in MODULES for test in finder.find(importlib.import_module(name))
    )
    assert examples >= 30
