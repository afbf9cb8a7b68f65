# GreenPolicy: one entry point for set-up, the main job, tests, lint and benchmarks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install run test lint typecheck bench lock clean

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: $(BIN)/uv uv.lock pyproject.toml
	$(BIN)/uv sync --frozen --python $(BIN)/python
	touch $@

install: $(VENV)/.installed ## the virtualenv, with the command-line tool at .venv/bin/greenpolicy

run: install ## the ledger of the bundled sample document, as a table
	$(BIN)/greenpolicy parse --format table samples/chongqing-2020-1891-green-production.txt

test: install lint typecheck ## the whole suite
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

bench: install ## parse throughput against the floor of reading the bytes
	$(BIN)/python -m bench.run

lock: $(BIN)/uv ## refresh uv.lock after changing pyproject.toml
	$(BIN)/uv lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
