"""Write docs/porting.md: every class and method the official SDK documents, and our call for it.

`make generate` runs it; `make check-generated` runs it into a temporary file and fails when
docs/porting.md differs.

    python -m tools.generate_porting [--output docs/porting.md]

The documented methods come from the official SDK's documentation (isogeo-pysdk 3.10, copied in
docs/reference/official-sdk-3.10-docs.txt: its class sections and its index); our call for each one
comes from docs/reference/porting.yaml (hand-kept). A documented method without a row, or a row
for a method the documentation does not have, stops the script.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SDK_DOCS = ROOT / "docs" / "reference" / "official-sdk-3.10-docs.txt"
PORTING_YAML = ROOT / "docs" / "reference" / "porting.yaml"
OUTPUT_PATH = ROOT / "docs" / "porting.md"

# The SDK's classes and where its users reach them (``isogeo.catalog``, ``isogeo.metadata.events``).
# Its documentation misspells two class names in places; they are the same class.
SDK_CLASSES: dict[str, str] = {
    "Isogeo": "isogeo",
    "IsogeoUtils": "utils",
    "ApiAbout": "isogeo.about",
    "ApiAccount": "isogeo.account",
    "ApiApplication": "isogeo.application",
    "ApiBulk": "isogeo.metadata.bulk",
    "ApiCatalog": "isogeo.catalog",
    "ApiCondition": "isogeo.metadata.conditions",
    "ApiConformity": "isogeo.metadata.conformity",
    "ApiContact": "isogeo.contact",
    "ApiCoordinateSystem": "isogeo.coordinate_system",
    "ApiDatasource": "isogeo.datasource",
    "ApiDirective": "isogeo.directive",
    "ApiEvent": "isogeo.metadata.events",
    "ApiFeatureAttribute": "isogeo.metadata.attributes",
    "ApiFormat": "isogeo.formats",
    "ApiInvitation": "isogeo.invitation",
    "ApiKeyword": "isogeo.keyword",
    "ApiLicense": "isogeo.license",
    "ApiLimitation": "isogeo.metadata.limitations",
    "ApiLink": "isogeo.metadata.links",
    "ApiMetadata": "isogeo.metadata",
    "ApiSearch": "isogeo.search",
    "ApiService": "isogeo.services",
    "ApiServiceLayer": "isogeo.metadata.layers",
    "ApiServiceOperation": "isogeo.metadata.operations",
    "ApiShare": "isogeo.share",
    "ApiSpecification": "isogeo.specification",
    "ApiThesaurus": "isogeo.thesaurus",
    "ApiUser": "isogeo.user",
    "ApiWorkgroup": "isogeo.workgroup",
}
ALIASES = {"ApiFeatureAttribut": "ApiFeatureAttribute", "ApiFeatureAttributes": "ApiFeatureAttribute"}
NOT_METHODS = {"print", "pprint", "isogeo", "dict", "list"}


class PortingError(Exception):
    """The SDK documentation or the porting rows cannot be read as expected."""


def _plain(text: str) -> str:
    return text.replace("\\", "").replace("*", "").replace("<i>", "").replace("</i>", "")


def documented_methods(text: str) -> dict[str, set[str]]:
    """SDK class name → the method names its documentation describes (class sections and index)."""
    found: dict[str, set[str]] = {}
    current: str | None = None
    header = re.compile(r"^class\s+isogeo_pysdk\.[\w.]+\.(\w+)\s*(?:\(|$)")
    method = re.compile(r"^\s*(?:classmethod\s+|staticmethod\s+)?([a-z_][a-zA-Z0-9_]*)\s*\((.*?)\)?\s*$")
    parameters = re.compile(r"^\s*(|self\b.*|[a-z_]\w*\s*(=.*|,.*|)\s*)$")
    for raw in text.splitlines():
        line = _plain(raw)
        title = re.sub(r"\.\s+", ".", re.sub(r"\(#\)|[`\[\]#]", "", line).strip())
        if match := header.match(title):
            current = ALIASES.get(match[1], match[1])
            continue
        if re.match(r"^\s*#*\s*isogeo_pysdk\.[\w.]+ (module|package)", line):
            current = None
            continue
        match = method.match(line) if current in SDK_CLASSES else None
        if current and match and parameters.match(match[2]) and match[1] not in NOT_METHODS:
            found.setdefault(current, set()).add(match[1])
    # The index: "listing() (isogeo_pysdk.api.routes_catalog.ApiCatalog method)", also "attribute"
    # for the decorated ones, with words cut by the page layout ("iso- geo_pysdk", "at- tribute").
    index = re.sub(r"\s+", " ", re.sub(r"iso-\s*geo", "isogeo", _plain(text)))
    entry = re.compile(
        r"(?<!\w)([a-z]\w*)\s*(?:\(\))?\s*\(\s*isogeo_pysdk\.(?:api\.[\w.]+|isogeo|utils)\.(\w+)\s+"
        r"(?:class\s+)?(?:method|attribute|at-\s*tribute)"
    )
    for match in entry.finditer(index):
        name = ALIASES.get(match[2], match[2])
        if name in SDK_CLASSES:
            found.setdefault(name, set()).add(match[1])
    return found


@dataclass(frozen=True)
class Row:
    sdk_class: str
    sdk_method: str
    target: str
    note: str

    @property
    def sdk_call(self) -> str:
        return f"{SDK_CLASSES[self.sdk_class]}.{self.sdk_method}"


def load_rows(path: Path = PORTING_YAML) -> dict[str, dict[str, tuple[str, str]]]:
    """SDK class → method → (our call, note), from the hand-kept YAML."""
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rows: dict[str, dict[str, tuple[str, str]]] = {}
    for sdk_class, methods in loaded.items():
        if sdk_class not in SDK_CLASSES or not isinstance(methods, dict):
            raise PortingError(f"{path.name}: {sdk_class!r} is not a documented SDK class")
        for name, value in methods.items():
            target, _, note = str(value).partition(" -- ")
            if not target.startswith("isogeo."):
                raise PortingError(f"{path.name}: {sdk_class}.{name}: the call must start with 'isogeo.'")
            rows.setdefault(sdk_class, {})[name] = (target.strip(), note.strip())
    return rows


def collect(text: str, rows: Mapping[str, Mapping[str, tuple[str, str]]]) -> list[Row]:
    documented = documented_methods(text)
    problems = [
        f"{SDK_CLASSES[cls]}.{name} ({cls}.{name}) has no row in {PORTING_YAML.name}"
        for cls, names in sorted(documented.items())
        for name in sorted(names)
        if name not in rows.get(cls, {})
    ]
    problems += [
        f"{PORTING_YAML.name}: {cls}.{name} is not documented by the SDK"
        for cls, names in sorted(rows.items())
        for name in sorted(names)
        if name not in documented.get(cls, set())
    ]
    if problems:
        raise PortingError("\n".join(problems))
    return [
        Row(cls, name, *rows[cls][name])
        for cls in sorted(documented, key=lambda c: (c not in ("Isogeo", "IsogeoUtils"), SDK_CLASSES[c]))
        for name in sorted(documented[cls])
    ]


HEADER = """\
<!-- Generated by `make generate` (tools/generate_porting.py) from docs/reference/porting.yaml and the
official SDK's documentation (docs/reference/official-sdk-3.10-docs.txt). Do not edit by hand. -->

# Porting from the official SDK (isogeo-pysdk)

Every class and method the official SDK documents, and the call that does the same here: **{count}
methods** of **{classes} classes**. Calls name the sync client `isogeo = Isogeo(...)`; the async
client `AsyncIsogeo` has the same names (`await aisogeo.catalogs.list(...)`).

What changes everywhere:

* **No `connect()`**: the client fetches its token at the first request and renews it; call
  `isogeo.authenticate()` to check the credentials early. User applications pass `username=` and
  `password=` to `Isogeo(...)`.
* **Plural namespaces**: `isogeo.catalog` → `isogeo.catalogs`, `isogeo.workgroup` →
  `isogeo.workgroups`... A wrong name says which one is right: `AttributeError: 'Isogeo' has no
  attribute 'catalog'; did you mean 'catalogs'?`.
* **A record or its identifier** wherever an identifier is taken; associations take both sides **by
  name** (`isogeo.catalogs.associate(metadata=md, catalog=cat)`), so their order cannot be confused.
* **Models, not dicts**: answers are typed models (`catalog.name`, `catalog.sys_id` for `_id`); an
  error status raises a typed exception (`NotFoundError`...) instead of returning it. `exists(...)`
  is `get(...)` and `NotFoundError`.
* **Keyword names without the underscore**: `include=`, `lang=`; no `caching=` (nothing is cached
  behind your back).

"""


def render(rows: Sequence[Row]) -> str:
    classes = sorted({row.sdk_class for row in rows})
    parts = [HEADER.format(count=len(rows), classes=len(classes))]
    current = None
    for row in rows:
        if row.sdk_class != current:
            current = row.sdk_class
            parts.append(f"\n## `{SDK_CLASSES[current]}` ({current})\n\n")
            parts.append("| Official SDK | Here | Differences |\n|---|---|---|\n")
        note = row.note.replace("|", r"\|") or "—"
        parts.append(f"| `{row.sdk_call}` | `{row.target}` | {note} |\n")
    return "".join(parts)


def build() -> str:
    return render(collect(SDK_DOCS.read_text(encoding="utf-8"), load_rows()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH)
    arguments = parser.parse_args(argv)
    try:
        text = build()
    except PortingError as exc:
        print(f"generate_porting: {exc}", file=sys.stderr)
        return 1
    arguments.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
