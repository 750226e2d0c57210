# Two commands for a fresh machine with Python 3.11+ and make: `make run` and `make test`.
# Both install exactly the versions in uv.lock (`uv sync --frozen`: nothing is resolved, so the
# same versions install next year); `make upgrade` moves the lock forward and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# uv, the installer, comes from PyPI at this version, into a small venv of its own. Its download
# cache lives next to it (set UV_CACHE_DIR to share one between clones), so `make clean` takes all.
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/uv-$(UV_VERSION)/bin/uv
export UV_CACHE_DIR ?= $(CURDIR)/$(TOOLS)/uv-cache
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)
export UV_PYTHON_DOWNLOADS := never
SYNC := $(UV) sync --frozen --python $(PYTHON)
# Python keeps compiled modules in __pycache__ (its default; `make clean` removes them): without
# them every test process and every command compiles pandas and the package again.
unexport PYTHONDONTWRITEBYTECODE
# `make install EXTRAS=postgres` adds the PostgreSQL driver (the extras of pyproject.toml).
EXTRAS ?=
# The test suite on every core (pytest-xdist); JOBS=0 runs it in one process.
JOBS ?= auto
PYTEST := $(BIN)/python -m pytest -n $(JOBS)
FAST := -m "not e2e and not postgres and not slow"

.PHONY: help install install-dev run test test-fast check lint lock upgrade sample-data bench clean
.DEFAULT_GOAL := help

help:  ## list the targets
	@echo "make run          install the app from uv.lock, seed the demo tool, open http://127.0.0.1:8501"
	@echo "make install      create .venv and install the app from uv.lock (EXTRAS=postgres: the driver too)"
	@echo "make test         install with the dev extra, run ruff, lint-imports and the whole test suite"
	@echo "make test-fast    ruff and the tests but the browser, PostgreSQL and slow ones"
	@echo "make lint         fix and format the code with ruff"
	@echo "make lock         update uv.lock after a change to pyproject.toml's dependencies (nothing else moves)"
	@echo "make upgrade      move uv.lock to the newest versions pyproject.toml allows, then make test"
	@echo "make sample-data  regenerate sample_data/ byte for byte"
	@echo "make bench        run the benchmarks in bench/ (several minutes)"
	@echo "make clean        remove .venv, .tools and every cache of the build and the tests (never your register)"

$(UV):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(TOOLS)/uv-$(UV_VERSION)
	$(TOOLS)/uv-$(UV_VERSION)/bin/python -m pip install --quiet --no-cache-dir --disable-pip-version-check uv==$(UV_VERSION)

# --seed: pip in .venv too, for a database driver of your own (README, "Auditing in your data
# warehouse"); uv sync keeps it.
$(BIN)/python: | $(UV)
	$(UV) venv --seed --quiet --python $(PYTHON) $(VENV)

# Inexact: a driver you added to .venv stays. The dev extra installs exactly the lock's set.
install: | $(BIN)/python
	$(SYNC) --inexact $(addprefix --extra ,$(EXTRAS))

install-dev: | $(BIN)/python
	$(SYNC) --extra dev

run: install
	$(BIN)/ethics-toolkit demo
	$(BIN)/streamlit run app.py

check: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: check
	$(PYTEST)

test-fast: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PYTEST) $(FAST)

lint: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

lock: | $(UV)
	$(UV) lock --python $(PYTHON)

upgrade: | $(BIN)/python
	$(UV) lock --upgrade --python $(PYTHON)
	$(SYNC) --extra dev
	$(BIN)/python -m tests.lockfile --write-readme
	$(MAKE) test

sample-data: install
	$(BIN)/ethics-toolkit sample-data

bench: install-dev
	$(BIN)/python bench/bench_audit.py
	$(BIN)/python bench/bench_report.py
	$(BIN)/python bench/bench_process.py
	$(BIN)/python bench/bench_verdict.py

clean:
	rm -rf $(VENV) $(TOOLS) build dist .pytest_cache .ruff_cache .import_linter_cache .hypothesis \
		test-artifacts
	find . -path ./.git -prune -o \( -name __pycache__ -o -name '*.egg-info' \) -type d -prune \
		-exec rm -rf {} +
