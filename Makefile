# isogeo-client — every task a developer or CI runs. `make help` lists them.
#
# The two set-up commands of the README, `make demo` and `make test`, install everything they
# need by themselves (virtualenv, Python packages) on a fresh clone.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed
SPEC := openapi/isogeo.yaml
# Companion document: the version route of the components on other hosts (ID server, scan, OWS).
ABOUT_SPEC := openapi/isogeo-about.yaml
GENERATOR_CONFIG := generator-config.yml
GEN_PKG := generated/isogeo_api
# Operation -> generated function table (tools/generate_api_md.py), a page of the site (`make docs`).
API_MD := docs/api.md
# Official SDK method -> our call (tools/generate_porting.py, rows in docs/reference/porting.yaml).
PORTING_MD := docs/porting.md
# The documentation site (mkdocs.yml: guides, Python API reference) and the spec's Redoc page in it.
SITE_DIR ?= site
DOCS_HTML ?= $(SITE_DIR)/http-api/index.html
# Tools run from the virtualenv first (the generator's post-hooks call `ruff` by name).
export PATH := $(BIN):$(PATH)
# Node tools (Redocly CLI, openapi-typescript, tsc) pinned in package.json / package-lock.json.
NODE_BIN := $(CURDIR)/node_modules/.bin
NODE_STAMP := node_modules/.installed
# Redocly CLI: no usage telemetry and no update check (the machine has no network besides registries).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
# mkdocs-material's end-of-life notice on every build (the build is pinned in pyproject.toml).
export NO_MKDOCS_2_WARNING := 1

.PHONY: help install generate check-generated unasync check-sync spec-validate spec-check ts-check other-languages lint typecheck pytest compat test demo clean docs docs-check api-html bench reliability

help: ## List the tasks.
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,sandbox,services,pandas,cli,fast]'
	@touch $@

install: $(STAMP) ## Create or update the virtualenv (.venv) with the project and its tools.

# `npm ci` whenever node_modules is missing or older than the lock file.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Generate the client into an empty temporary folder, fail on any generator warning, add
# py.typed, then write the namespaces (tools/generate_namespaces.py, names in openapi/namespaces.yaml).
# $(1) is the folder that receives `isogeo_api/`.
define generate_into
	@log=$$(mktemp); \
	if ! $(BIN)/openapi-python-client generate --path $(SPEC) --config $(GENERATOR_CONFIG) \
	     --custom-template-path templates \
	     --meta none --fail-on-warning --output-path "$(1)/isogeo_api" >"$$log" 2>&1; then \
	  cat "$$log"; rm -f "$$log"; echo "make: openapi-python-client failed or warned (see above)"; exit 1; \
	fi; rm -f "$$log"
	@touch "$(1)/isogeo_api/py.typed"
	@PYTHONPATH="$(1)" $(BIN)/python -m tools.generate_namespaces --package "$(1)/isogeo_api" >/dev/null
endef

generate: $(STAMP) ## Regenerate generated/isogeo_api from openapi/isogeo.yaml.
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(MAKE) --no-print-directory _generate_into OUT="$$tmp"; \
	rm -rf $(GEN_PKG); mkdir -p generated; cp -R "$$tmp/isogeo_api" $(GEN_PKG)
	@echo "generated $(GEN_PKG) from $(SPEC)"
	$(BIN)/python -m tools.generate_api_md --output $(API_MD)
	@echo "generated $(API_MD) (operations -> generated functions)"
	$(BIN)/python -m tools.generate_porting --output $(PORTING_MD)
	@echo "generated $(PORTING_MD) (official SDK -> this client)"

check-generated: $(STAMP) ## Fail if generated/ is not exactly what the spec and config produce.
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(MAKE) --no-print-directory _generate_into OUT="$$tmp"; \
	if ! diff -ru --exclude=__pycache__ "$$tmp/isogeo_api" $(GEN_PKG); then \
	  echo "make: $(GEN_PKG) is stale or hand-edited; run 'make generate' and commit the result"; exit 1; \
	fi
	@echo "generated code is fresh"
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/python -m tools.generate_api_md --output "$$tmp/api.md"; \
	if ! diff -u $(API_MD) "$$tmp/api.md"; then \
	  echo "make: $(API_MD) is stale or hand-edited; run 'make generate' and commit the result"; exit 1; \
	fi
	@echo "$(API_MD) is fresh"
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/python -m tools.generate_porting --output "$$tmp/porting.md"; \
	if ! diff -u $(PORTING_MD) "$$tmp/porting.md"; then \
	  echo "make: $(PORTING_MD) is stale or hand-edited; run 'make generate' and commit the result"; exit 1; \
	fi
	@echo "$(PORTING_MD) is fresh"

unasync: $(STAMP) ## Derive the sync code (the _sync/ folders) and the sync tests from the async ones.
	$(BIN)/python -m tools.derive_sync

check-sync: $(STAMP) ## Fail if a derived sync file (code or test) is stale or hand-edited.
	$(BIN)/python -m tools.derive_sync --check

_generate_into:
	$(call generate_into,$(OUT))

spec-validate: $(STAMP) ## Validate openapi/isogeo.yaml and openapi/isogeo-about.yaml against the OpenAPI 3.1 schema.
	$(BIN)/openapi-spec-validator $(SPEC) $(ABOUT_SPEC)

spec-check: spec-validate $(NODE_STAMP) ## Validator + Redocly lint (redocly.yaml) + route coverage of the facts sheet.
	$(NODE_BIN)/redocly lint $(SPEC) $(ABOUT_SPEC) --format=stylish 2>&1 | sed -e '/[║╔╚]/d' -e '/^[[:space:]]*$$/d'
	$(BIN)/python -m pytest -q --no-header -p no:cacheprovider tests/unit/test_coverage.py

ts-check: $(NODE_STAMP) ## Generate TypeScript types from the spec (openapi-typescript, openapi/generators/openapi-typescript.mjs) and type-check them with tsc --strict.
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	node openapi/generators/openapi-typescript.mjs $(SPEC) "$$tmp/isogeo.d.ts"; \
	cp tests/ts/usage.ts "$$tmp/"; \
	$(NODE_BIN)/tsc --noEmit --strict --target es2020 --module esnext --moduleResolution bundler "$$tmp/usage.ts"; \
	echo "TypeScript types from $(SPEC) type-check ($$(wc -l < "$$tmp/isogeo.d.ts") lines)"

other-languages: $(STAMP) $(NODE_STAMP) ## Clients of other generators (openapi/generators/) compile with tsc --strict, install, and work against a sandbox.
	$(BIN)/python -m tools.other_languages

# The site first (mkdocs empties SITE_DIR), then the Redoc page into it; both open offline from disk.
docs: $(STAMP) ## Build the documentation site into site/ (guides, Python API reference, the spec's Redoc page).
	$(BIN)/mkdocs build --strict --site-dir $(SITE_DIR)
	$(MAKE) --no-print-directory api-html DOCS_HTML=$(SITE_DIR)/http-api/index.html
	@echo "open $(SITE_DIR)/index.html"

# What `make test` checks of the site: it builds with warnings as errors (a broken link, a missing
# page, a docstring mkdocstrings cannot read), into a temporary folder, in a few seconds.
docs-check: $(STAMP) ## Build the documentation site with --strict into a temporary folder.
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/mkdocs build --strict --quiet --site-dir "$$tmp/site"
	@echo "documentation site builds (mkdocs --strict)"

# --inlineBundle embeds Redoc in the page (without it the page imports Redoc from a CDN);
# disableTelemetry keeps the opened page from reporting to Redocly. Building fetches nothing.
api-html: $(NODE_STAMP) ## The spec's HTML reference alone (Redoc): DOCS_HTML, one self-contained file.
	@mkdir -p $(dir $(DOCS_HTML))
	$(NODE_BIN)/redocly build-docs $(SPEC) --inlineBundle --openapi.disableTelemetry=true \
	  --output $(DOCS_HTML) 2>&1 | sed -e '/[║╔╚]/d' -e '/^[[:space:]]*$$/d'

lint: $(STAMP) ## ruff (lint and format check) on hand-written code.
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP) ## mypy --strict on the overlay and the sandbox.
	$(BIN)/mypy

pytest: $(STAMP) ## Run the test suite only.
	@rc=0; $(BIN)/python -m pytest $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make: pytest collected no tests: the suite is broken"; exit 1; fi; exit $$rc

# The official SDK (isogeo-pysdk 3.10.0, sdist pinned by sha256, cached in .cache/compat) runs its own
# integration suite in .venv-compat against `isogeo-sandbox serve --tls` (tools/compat.py); fails on
# any failure not named in tests/compat/expected_failures.txt, or a named test that passes.
compat: $(STAMP) ## The official SDK's integration suite against the sandbox over HTTPS (CONTRIBUTING.md: How we know).
	$(BIN)/python -m tools.compat $(COMPAT_ARGS)

test: spec-check ts-check other-languages check-generated check-sync lint typecheck docs-check pytest compat ## Everything CI checks (the README's test command).

reliability: $(STAMP) ## The reliability suite alone (fault matrix, soak, fuzzing, security) and its summary table.
	$(BIN)/python -m pytest -q tests/reliability

# Each figure is a ratio to a floor measured in the same run (CONTRIBUTING.md, Benchmarks); writes
# bench/results/latest.json and run.json; fails only when a scenario could not run.
bench: $(STAMP) ## Benchmarks against floors measured in the same run (bench/, under 10 minutes).
	$(BIN)/python -m bench $(BENCH_ARGS)

demo: $(STAMP) ## Guided tour (examples/tour.py): the whole client against a sandbox it starts and stops.
	$(BIN)/python examples/tour.py

clean: ## Remove the virtualenv, node_modules and caches.
	rm -rf $(VENV) .venv-compat .cache node_modules .mypy_cache .ruff_cache .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
