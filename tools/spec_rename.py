"""Mechanical, idempotent renames of openapi/isogeo.yaml for generators of other languages.

* the schema ``Error`` becomes ``ApiError`` (``Error`` clashes with JavaScript's built-in ``Error``;
  openapi-generator renames it ``ModelError``);
* every parameter component gets the suffix ``Param`` (``lang`` -> ``langParam``): 18 of them
  shared a name with a schema (``lang``/``Lang``), which TypeScript generators resolve by
  numbering (``Lang2``).

Run from the repository root: ``python -m tools.spec_rename`` (re-runnable: names that already
carry the new form are left alone). The Python client is unchanged by the parameter renames
(openapi-python-client names arguments after each parameter's ``name``, not its component).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SPEC = Path("openapi/isogeo.yaml")


def rename(text: str) -> str:
    """The spec text with ``Error`` -> ``ApiError`` and parameter components suffixed ``Param``."""
    start = text.index("\n  parameters:\n") + len("\n  parameters:\n")
    end = text.index("\n  responses:\n", start)
    section = re.sub(r"(?m)^    ([A-Za-z0-9_]+?)(?<!Param):$", r"    \1Param:", text[start:end])
    text = text[:start] + section + text[end:]
    text = re.sub(
        r"#/components/parameters/([A-Za-z0-9_]+?)(?<!Param)\"", r'#/components/parameters/\1Param"', text
    )
    text = text.replace('#/components/schemas/Error"', '#/components/schemas/ApiError"')
    text = re.sub(r"(?m)^    Error:$", "    ApiError:", text)
    return text.replace("`Error` schema", "`ApiError` schema")


def main() -> int:
    SPEC.write_text(rename(SPEC.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
