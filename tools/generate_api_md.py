"""Write docs/api.md: every operation of openapi/isogeo.yaml and the generated function that calls it.

`make generate` runs it after regenerating the client; `make check-generated` runs it into a
temporary file and fails when docs/api.md differs.

    python -m tools.generate_api_md [--output docs/api.md]

Facts come from their source, never from naming rules: the row ids (`x-route-ids`), tag, summary and
path from the spec; the module of an operation from the generated code itself (the method and URL template its
``_get_kwargs`` sends); the body and success types from the annotations of its ``sync`` function.
A spec or generator change that breaks one of these readings stops the script with a message
instead of writing a wrong page.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import pkgutil
import re
import sys
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from isogeo_api import models
from isogeo_api.types import Unset

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "isogeo.yaml"
OVERLAY_METHODS_PATH = ROOT / "docs" / "overlay_methods.yaml"
OUTPUT_PATH = ROOT / "docs" / "api.md"
API_PACKAGE = "isogeo_api.api"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
NO_BODY = "no body"
UNMAPPED = "—"

# Each operation names its rows of the facts sheet's route table in the `x-route-ids` extension
# (`[CTC-6]`), or, for routes outside the SDK's table, the facts sheet's section (`["§3.31"]`).
ROUTE_IDS = "x-route-ids"
ROW_OR_SECTION = re.compile(r"[A-Z]+-\d+|§\d+(?:\.\d+)*")


class GenerationError(Exception):
    """The spec, the generated package or the overlay mapping cannot be read as this script expects."""


@dataclass(frozen=True)
class Operation:
    tag: str
    rows: tuple[str, ...]
    method: str
    path: str
    operation_id: str
    summary: str
    module: str
    functions: tuple[str, ...]
    body: str | None
    body_optional: bool
    returns: str
    servers: tuple[str, ...] = ()
    overlay: str | None = None

    @property
    def sort_key(self) -> tuple[int, str, int, str]:
        """Facts-sheet order inside a tag (CTC-2 before CTC-10), routes outside the table last."""
        if match := re.fullmatch(r"([A-Z]+)-(\d+)", self.rows[0]):
            return 0, match[1], int(match[2]), self.operation_id
        return 1, "", 0, self.operation_id


# --- reading the spec ---------------------------------------------------------------------------


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    # libyaml's loader when PyYAML has it: the same data, eight times faster on this spec.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
    return spec


def spec_operations(spec: Mapping[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation, in the spec's order."""
    return [
        (method.upper(), path, item[method])
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def row_ids(operation: Mapping[str, Any]) -> tuple[str, ...]:
    """The facts-sheet rows of an operation (its ``x-route-ids``): ``("CTC-6",)``, ``("§3.31",)``."""
    rows = operation.get(ROUTE_IDS)
    if not isinstance(rows, list):
        return ()
    if not all(isinstance(row, str) and ROW_OR_SECTION.fullmatch(row) for row in rows):
        return ()
    return tuple(rows)


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def error_schemas(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> set[str]:
    """Names of the component schemas of an operation's non-2xx answers."""
    names = set()
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            continue
        for media in _resolve(spec, response).get("content", {}).values():
            ref = media.get("schema", {}).get("$ref", "")
            if not ref.startswith("#/components/schemas/"):
                raise GenerationError(
                    f"{operation['operationId']}: the {status} answer is not a component schema; "
                    "teach tools/generate_api_md.py to tell its type from the success type"
                )
            names.add(ref.rsplit("/", 1)[1])
    return names


def success_has_body(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> bool:
    return any(
        "content" in _resolve(spec, response)
        for status, response in operation["responses"].items()
        if str(status).startswith("2")
    )


# --- reading the generated package --------------------------------------------------------------


def _endpoint(module: types.ModuleType) -> tuple[str, str]:
    """(METHOD, URL template) that the module's ``_get_kwargs`` sends, read from its source."""
    tree = ast.parse(inspect.getsource(module))
    for function in ast.walk(tree):
        if not (isinstance(function, ast.FunctionDef) and function.name == "_get_kwargs"):
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.Dict):
                continue
            entries = {
                key.value: value
                for key, value in zip(node.keys, node.values, strict=True)
                if isinstance(key, ast.Constant)
            }
            method, url = entries.get("method"), entries.get("url")
            if (
                isinstance(url, ast.Call)
                and isinstance(url.func, ast.Attribute)
                and url.func.attr == "format"
            ):
                url = url.func.value  # "/resources/{metadata_id}".format(metadata_id=...)
            if (
                isinstance(method, ast.Constant)
                and isinstance(method.value, str)
                and isinstance(url, ast.Constant)
                and isinstance(url.value, str)
            ):
                return method.value.upper(), url.value
    raise GenerationError(f"{module.__name__}: no literal method and url in _get_kwargs()")


def generated_endpoints(package: str = API_PACKAGE) -> dict[tuple[str, str], types.ModuleType]:
    """Every generated operation module, keyed by the (METHOD, path template) it calls."""
    root = importlib.import_module(package)
    found: dict[tuple[str, str], types.ModuleType] = {}
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        key = _endpoint(module)
        if key in found:
            raise GenerationError(f"{key[0]} {key[1]}: both {found[key].__name__} and {info.name}")
        found[key] = module
    return found


def type_label(annotation: object) -> str:
    """Python spelling of an annotation: ``Link | list[Link]``, ``File``, ``None``."""
    if annotation is type(None):
        return "None"
    if annotation is Any:
        return "Any"
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        return " | ".join(type_label(member) for member in typing.get_args(annotation))
    if origin is not None:
        arguments = ", ".join(type_label(argument) for argument in typing.get_args(annotation))
        return f"{getattr(origin, '__name__', origin)}[{arguments}]"
    if isinstance(annotation, type):
        return annotation.__name__
    raise GenerationError(f"cannot name the annotation {annotation!r}")


def _members(annotation: object) -> list[object]:
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        return list(typing.get_args(annotation))
    return [annotation]


def body_label(sync: Any, unset: type) -> tuple[str | None, bool]:
    """The type of ``sync``'s ``body=`` argument (``None``: it takes none) and whether it may be omitted."""
    hints = typing.get_type_hints(sync)
    if "body" not in hints:
        return None, False
    members = _members(hints["body"])
    required = [member for member in members if member is not unset]
    return " | ".join(type_label(member) for member in required), len(required) < len(members)


def success_label(sync: Any, error_types: Iterable[type], has_body: bool) -> str:
    """What ``sync`` returns on success: its return annotation without the error types and ``None``."""
    excluded = {type(None), *error_types}
    members = [member for member in _members(typing.get_type_hints(sync)["return"]) if member not in excluded]
    if members == [Any] and not has_body:
        return NO_BODY  # the generator types an empty answer `Any` and returns None
    if not members:
        raise GenerationError(f"{sync.__module__}.sync returns nothing but its error types")
    return " | ".join(type_label(member) for member in members)


# --- the overlay mapping ------------------------------------------------------------------------


def load_overlay_methods(path: Path, operation_ids: Iterable[str]) -> dict[str, str]:
    """operationId → overlay call, from an optional YAML mapping; unknown operationIds are refused."""
    if not path.is_file():
        return {}
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(loaded, dict) or not all(
        isinstance(key, str) and isinstance(value, str) and value.strip() for key, value in loaded.items()
    ):
        raise GenerationError(f"{path}: expected a mapping of operationId to a non-empty overlay call")
    unknown = sorted(set(loaded) - set(operation_ids))
    if unknown:
        raise GenerationError(f"{path}: unknown operationId(s): {', '.join(unknown)}")
    return {key: value.strip() for key, value in loaded.items()}


# --- putting it together ------------------------------------------------------------------------


def collect(
    spec: Mapping[str, Any],
    endpoints: Mapping[tuple[str, str], types.ModuleType],
    overlay: Mapping[str, str],
) -> list[Operation]:
    operations, problems = [], []
    for method, path, operation in spec_operations(spec):
        operation_id = operation["operationId"]
        module = endpoints.get((method, path))
        rows = row_ids(operation)
        tags = operation.get("tags", [])
        if module is None:
            problems.append(f"{operation_id} ({method} {path}): no generated module calls it")
            continue
        if not callable(getattr(module, "sync", None)):
            problems.append(f"{module.__name__}: no sync() function to read the types from")
            continue
        if not rows:
            problems.append(f"{operation_id}: no facts-sheet row in {ROUTE_IDS}")
            continue
        if len(tags) != 1 or not operation.get("summary"):
            problems.append(f"{operation_id}: expected exactly one tag and a summary")
            continue
        missing_models = sorted(name for name in error_schemas(spec, operation) if not hasattr(models, name))
        if missing_models:
            problems.append(f"{operation_id}: no generated model for {', '.join(missing_models)}")
            continue
        error_types = [getattr(models, name) for name in error_schemas(spec, operation)]
        body, body_optional = body_label(module.sync, Unset)
        operations.append(
            Operation(
                tag=tags[0],
                rows=rows,
                method=method,
                path=path,
                operation_id=operation_id,
                summary=" ".join(str(operation["summary"]).split()),
                module=module.__name__,
                functions=tuple(name for name in FUNCTIONS if callable(getattr(module, name, None))),
                body=body,
                body_optional=body_optional,
                returns=success_label(module.sync, error_types, success_has_body(spec, operation)),
                servers=tuple(server["url"] for server in operation.get("servers", [])),
                overlay=overlay.get(operation_id),
            )
        )
    in_spec = {(method, path) for method, path, _ in spec_operations(spec)}
    problems += [
        f"{module.__name__} calls {method} {path}, which is not in the spec (stale generated code?)"
        for (method, path), module in sorted(endpoints.items())
        if (method, path) not in in_spec
    ]
    if problems:
        raise GenerationError("\n".join(problems))
    return sorted(operations, key=lambda op: (op.tag, op.sort_key))


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", r"\|")


def _code(text: str) -> str:
    return f"`{_cell(text)}`"


def _anchor(tag: str) -> str:
    """GitHub's heading anchor for a tag name (lowercase letters, digits, `-` and `_`)."""
    return re.sub(r"[^a-z0-9_-]", "", tag.lower().replace(" ", "-"))


INTRO = """\
Every operation of the OpenAPI description `openapi/isogeo.yaml` is one module of the generated
client `isogeo_api`, grouped by tag. This page maps each operation to its module and says what it
takes and returns; parameters, models and examples are in the spec and in its HTML reference (Redoc),
which `make docs` builds into the documentation site (`site/http-api/index.html`).

## Calling an operation

Each module has four functions: `sync` returns the parsed answer, `sync_detailed` the whole
`isogeo_api.types.Response` (`status_code`, `headers`, `content`, `parsed`), and `asyncio` /
`asyncio_detailed` are their coroutine twins. Path parameters come first, in path order; then the
keyword arguments `client=` (an `isogeo_api.AuthenticatedClient` holding an OAuth2 access token,
or a plain `Client` for the operations that need none), `body=` for the request body and the query
parameters (`_include` → `sys_include`, `_lang` → `sys_lang`: a leading `_` becomes `sys_`).

```python
from isogeo_api import AuthenticatedClient
from isogeo_api.api.contact import associate_contact_to_metadata
from isogeo_api.models import ContactAssociation, ContactRole

with AuthenticatedClient(base_url="https://v1.api.isogeo.com", token=access_token) as api:
    association = associate_contact_to_metadata.sync(
        metadata_id, contact_id, client=api, body=ContactAssociation(role=ContactRole.POINT_OF_CONTACT)
    )
```

On a documented error status `sync` returns the `ApiError` body and on an undocumented one `None`
(or raises `isogeo_api.errors.UnexpectedStatus` when the client has
`raise_on_unexpected_status=True`). Array query parameters must travel comma-joined: pass
`httpx_args={"event_hooks": {"request": [isogeo._core.wire.join_list_params_hook]}}` to the client (the
front door does it). The hand-written front door `isogeo` wraps these functions with what generation cannot
do (authentication and token refresh, retries, typed errors, pagination helpers); the **Overlay**
column names its method for an operation: the hand-written helper where there is one (from
`docs/overlay_methods.yaml`), else the generated namespace method (`isogeo.<namespace>.<method>`,
written by `make generate` from the spec's tags and operationIds; `openapi/namespaces.yaml` holds
the exceptions to the naming rules).

## Columns

* **Row**: the route's row in the facts sheet's route table (`CTC-6`); `§3.31` marks routes the API
  documents but the official SDK does not call.
* **Module**: import it with `from isogeo_api.api.<tag package> import <module>`.
* **Body**: the type of `body=`; *optional* when the generated signature lets you omit it.
* **Returns**: what `sync` returns on success (`parsed` of `sync_detailed`); *no body* when the
  answer is empty (`sync` then returns `None`).
* **Overlay**: the `isogeo` front-door method for the operation, — until there is one.
"""

TABLE_HEADER = (
    "| Row | Method and path | operationId | Module | Functions | Body | Returns | Summary | Overlay |\n"
    "|---|---|---|---|---|---|---|---|---|\n"
)


def _row(op: Operation) -> str:
    request = f"{op.method} {op.path}"
    fixed_servers = [_code(url) for url in op.servers if "{" not in url]
    where = f"<br>base URL: {', '.join(fixed_servers)}" if fixed_servers else ""
    cells = [
        ", ".join(op.rows),
        _code(request) + where,
        _code(op.operation_id),
        _code(op.module),
        ", ".join(_code(name) for name in op.functions),
        (_code(op.body) + (" *(optional)*" if op.body_optional else "")) if op.body else "—",
        _cell(op.returns) if op.returns == NO_BODY else _code(op.returns),
        _cell(op.summary),
        _code(op.overlay) if op.overlay else UNMAPPED,
    ]
    return "| " + " | ".join(cells) + " |\n"


def render(spec: Mapping[str, Any], operations: Sequence[Operation]) -> str:
    tags = {tag["name"]: tag.get("description", "") for tag in spec.get("tags", [])}
    by_tag: dict[str, list[Operation]] = {}
    for op in operations:
        by_tag.setdefault(op.tag, []).append(op)
    mapped = sum(op.overlay is not None for op in operations)
    parts = [
        "<!-- Generated by `make generate` (tools/generate_api_md.py) from openapi/isogeo.yaml, "
        "generated/isogeo_api and docs/overlay_methods.yaml. Do not edit by hand. -->\n\n",
        f"# {spec['info']['title']} {spec['info']['version']}: operations and Python functions\n\n",
        f"**{len(operations)} operations** in **{len(by_tag)} tags**; {mapped} with an overlay method.\n\n",
        INTRO,
        "\n## Tags\n\n",
        *(
            f"* [{tag}](#{_anchor(tag)}): {len(ops)} operation{'s' if len(ops) > 1 else ''}\n"
            for tag, ops in sorted(by_tag.items())
        ),
    ]
    for tag, ops in sorted(by_tag.items()):
        packages = sorted({op.module.rsplit(".", 1)[0] for op in ops})
        parts += [
            f"\n## {tag}\n\n",
            f"{' '.join(tags.get(tag, '').split())}\n\n" if tags.get(tag) else "",
            f"Package: {', '.join(_code(package) for package in packages)}.\n\n",
            TABLE_HEADER,
            *(_row(op) for op in ops),
        ]
    return "".join(parts)


def namespace_methods() -> dict[str, str]:
    """operationId → ``isogeo.<namespace>.<method>``, the generated namespaces' method for it."""
    from isogeo_api.namespaces import OPERATIONS

    return {operation_id: f"isogeo.{ns}.{method}" for operation_id, (ns, method) in OPERATIONS.items()}


def build(
    spec_path: Path = SPEC_PATH,
    overlay_methods_path: Path = OVERLAY_METHODS_PATH,
    *,
    namespaces: bool = True,
) -> str:
    """The page; the Overlay column names the hand-written method (docs/overlay_methods.yaml) where
    there is one, else the generated namespace method (``namespaces=False`` leaves it empty)."""
    spec = load_spec(spec_path)
    operation_ids = [op["operationId"] for _m, _p, op in spec_operations(spec)]
    overlay = {
        **(namespace_methods() if namespaces else {}),
        **load_overlay_methods(overlay_methods_path, operation_ids),
    }
    return render(spec, collect(spec, generated_endpoints(), overlay))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--spec", type=Path, default=SPEC_PATH)
    parser.add_argument("--overlay-methods", type=Path, default=OVERLAY_METHODS_PATH)
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH)
    args = parser.parse_args(argv)
    try:
        text = build(args.spec, args.overlay_methods)
    except GenerationError as error:
        print(f"generate_api_md: {error}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
