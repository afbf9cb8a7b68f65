# GreenPolicy: one entry point for set-up, the main job, tests, lint and benchmarks.
PYTHON ?= $(shell scripts/find-python)
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install run test lint typecheck bench lock clean

$(BIN)/uv:
	@test -n "$(PYTHON)" || { echo "make: no Python 3.12+ found (see scripts/find-python)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: $(BIN)/uv uv.lock pyproject.toml
	$(BIN)/uv sync --frozen --python $(BIN)/python
	touch $@

$(VENV)/.assets: package.json package-lock.json scripts/vendor-assets | $(VENV)/.installed
	scripts/vendor-assets
	touch $@

install: $(VENV)/.installed $(VENV)/.assets ## the virtualenv with .venv/bin/greenpolicy, and the front-end assets

run: install ## the platform on http://127.0.0.1:8000 (PORT overrides), with the sample document loaded
	$(BIN)/greenpolicy firstrun
	exec $(BIN)/greenpolicy serve

.PHONY: system-packages test-sqlite

system-packages: ## the Debian packages the suite needs (PostgreSQL, Chromium, CJK fonts); installs them as root
	scripts/system-packages

test: system-packages install lint typecheck ## the whole suite: lint, type checks, tests on SQLite, then on PostgreSQL
	@echo "== tests on SQLite =="
	env -u DATABASE_URL $(BIN)/pytest
	@echo "== tests on PostgreSQL (a throwaway cluster, scripts/with-postgres) =="
	scripts/with-postgres $(BIN)/pytest

test-sqlite: install ## the quick loop: tests on SQLite only, no lint; e.g. make test-sqlite ARGS="-x -k ledger"
	@echo "== tests on SQLite =="
	env -u DATABASE_URL $(BIN)/pytest $(ARGS)

lint: install ## ruff, the layer contracts (import-linter), missing migrations
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=greenpolicy.config.test_settings $(BIN)/greenpolicy makemigrations --check --dry-run

typecheck: install
	$(BIN)/mypy

bench: install ## parse throughput against the floor; the dashboard, xlsx and docx at 20,000 tasks
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.platform

lock: $(BIN)/uv ## refresh uv.lock after changing pyproject.toml
	$(BIN)/uv lock

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache src/greenpolicy/web/static/web/vendor
