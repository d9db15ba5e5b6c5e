"""Mechanical, idempotent renames of openapi/isogeo.yaml for generators of other languages.

* the schema ``Error`` becomes ``ApiError`` (``Error`` clashes with JavaScript's built-in ``Error``;
  openapi-generator renames it ``ModelError``);
* every parameter component gets the suffix ``Param`` (``lang`` -> ``langParam``): 18 of them
  shared a name with a schema (``lang``/``Lang``), which TypeScript generators resolve by
  numbering (``Lang2``);
* every enum schema gets ``x-enum-varnames`` (25 of 46 had them): the upper-snake form of each
  value (``noGeoDataset`` -> ``NO_GEO_DATASET``), which is what the Python client already called
  them, so every generator names the members alike. Enums that have names keep them.

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


def varname(value: str) -> str:
    """``noGeoDataset`` -> ``NO_GEO_DATASET``, ``keyword:inspire-theme`` -> ``KEYWORD_INSPIRE_THEME``."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", value)
    return re.sub(r"[^A-Za-z0-9]+", "_", words).strip("_").upper()


def add_enum_varnames(text: str) -> str:
    """``x-enum-varnames`` beside every one-line ``enum: [...]`` of a schema that has none."""
    start = text.index("\n  schemas:\n")
    lines = text[start:].split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        match = re.fullmatch(r"( +)enum: \[(.*)\]", line)
        if not match:
            continue
        indent = match.group(1)
        block: list[str] = []
        for sibling in lines[index + 1 :]:
            if sibling.strip() and not sibling.startswith(indent):
                break
            block.append(sibling)
        back = index - 1
        while back >= 0 and lines[back].startswith(indent):
            block.append(lines[back])
            back -= 1
        if any(b.startswith(indent + "x-enum-varnames:") for b in block):
            continue
        values = [v.strip().strip('"') for v in match.group(2).split(",")]
        out.append(f"{indent}x-enum-varnames: [{', '.join(varname(v) for v in values)}]")
    return text[:start] + "\n".join(out)


def main() -> int:
    text = rename(SPEC.read_text(encoding="utf-8"))
    SPEC.write_text(add_enum_varnames(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
