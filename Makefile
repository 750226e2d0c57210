# Two commands for a fresh machine with Python 3.11+ and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: help run test lint format sample-data bench clean
.DEFAULT_GOAL := help

help:  ## list the targets
	@echo "make run          create .venv, install, seed the demo tool, open the app (http://127.0.0.1:8501)"
	@echo "make test         create .venv with the dev extra, run ruff and the whole test suite"
	@echo "make lint         fix and format the code with ruff"
	@echo "make sample-data  regenerate sample_data/ byte for byte"
	@echo "make bench        run the benchmarks in bench/ (several minutes)"
	@echo "make clean        remove .venv and build caches (your register is kept)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/ethics-toolkit demo
	$(BIN)/streamlit run app.py

test: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

sample-data: $(VENV)/.installed
	$(BIN)/ethics-toolkit sample-data

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/bench_audit.py
	$(BIN)/python bench/bench_report.py
	$(BIN)/python bench/bench_process.py
	$(BIN)/python bench/bench_verdict.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
