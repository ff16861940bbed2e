# framing — the verbs a user types. `make` alone lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
UV_VERSION ?= 0.13.9

.PHONY: help setup lock figures test test-fast test-notebooks test-browser lint notebooks lab bench browser clean evaluate

help: ## list the targets
	@echo "framing: make <target>"
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  %-15s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || { echo "setup: creating $(VENV)"; $(PY) -m venv $(VENV); }
	@# uv (a pinned release from the package registry) installs the lock in seconds; pip is the fallback
	@if $(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)" 2>/dev/null; then \
	  echo "setup: installing requirements.lock with uv $(UV_VERSION)"; \
	  $(BIN)/uv pip install --python $(BIN)/python -r requirements.lock && \
	  $(BIN)/uv pip install --python $(BIN)/python --no-deps -e . ; \
	else \
	  echo "setup: uv not available; installing requirements.lock with pip (a few minutes)"; \
	  $(BIN)/python -m pip install --disable-pip-version-check --progress-bar on -r requirements.lock && \
	  $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e . ; \
	fi
	@touch $(STAMP)

setup: $(STAMP) ## create .venv from requirements.lock (seconds when nothing changed)

lock: $(STAMP) ## re-resolve requirements.lock from pyproject.toml (needs the registry)
	$(BIN)/pip-compile --quiet --extra test --extra dev --no-emit-index-url --no-emit-find-links \
	  --strip-extras -o requirements.lock pyproject.toml

figures: setup ## regenerate every figure (figures/), table (data/processed/) and the HTML explorer (about a minute)
	$(BIN)/framing reproduce

test: setup browser ## run every test: unit, notebooks (fresh kernels) and browser (about eight to fifteen minutes on two cores)
	$(BIN)/python -m pytest -n 2 -q $(PYTEST_ARGS)

test-fast: setup ## unit tests only (no notebooks, browser or slow kill tests)
	$(BIN)/python -m pytest -n 2 -q -m "not notebook and not browser and not slow" $(PYTEST_ARGS)

test-notebooks: setup ## execute the notebooks in fresh kernels
	$(BIN)/python -m pytest -q -m notebook $(PYTEST_ARGS)

test-browser: setup browser ## the explorer in headless Chromium
	$(BIN)/python -m pytest -q -m browser $(PYTEST_ARGS)

browser: ## install Debian's Chromium for the browser tests if it is missing
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "browser tests need Chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

evaluate: setup ## score sector mentions and speakers on data/evaluation (tune and held-out parts)
	$(BIN)/framing evaluate

lint: setup ## ruff over the code
	$(BIN)/ruff check src tests benchmarks notebooks

notebooks: setup ## execute the notebooks into HTML in build/notebooks/
	@mkdir -p build/notebooks
	$(BIN)/jupyter nbconvert --to html --execute --output-dir build/notebooks notebooks/*.ipynb

lab: setup ## open JupyterLab on the notebooks
	$(BIN)/jupyter lab notebooks/

bench: setup ## framing reproduce end to end and each stage at 1k, 10k, 100k reports; targets (slow; BENCH_ARGS="--sizes 1000")
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

clean: ## remove the environment and build products (not figures/ or data/)
	rm -rf $(VENV) build .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
