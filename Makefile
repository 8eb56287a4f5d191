# Two commands for a newcomer: `make demo` and `make test`. Everything a test needs is installed here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CLAIMS := $(VENV)/bin/claims
STAMP := $(VENV)/.installed
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120
export PREFECT_LOGGING_LEVEL := WARNING

.PHONY: help install compile uncompile test bench demo dashboard system-deps postgres lint clean

help:
	@echo "make demo   - install, migrate, ingest the fixtures through the Prefect flow, start the dashboard"
	@echo "make test   - install what is missing and run the whole test suite"
	@echo "make lint   - ruff with the rules in pyproject.toml (make test runs it first)"
	@echo "make bench  - run the benchmarks in tests/perf (figures in tests/perf/RESULTS.md)"
	@echo "make compile - build claims/extract with mypyc (optional, experimental: see docs/extractor.md; make uncompile removes it)"

$(STAMP): pyproject.toml requirements/constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c requirements/constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# claims/extract compiled with mypyc, beside its sources; stale extensions are refused at import
# (claims/extract/_compiled.py), so an edited .py never runs as its old compiled self.
COMPILE_STAMP := $(VENV)/.compile-deps
$(COMPILE_STAMP): $(STAMP) pyproject.toml requirements/constraints.txt
	$(PY) -m pip install -q -c requirements/constraints.txt -e '.[test,compile]'
	touch $(COMPILE_STAMP)

compile: $(COMPILE_STAMP)
	$(PY) tools/compile_extract.py

uncompile:
	@if [ -x $(PY) ]; then $(PY) tools/compile_extract.py --clean; \
	else rm -rf build .mypy_cache claims/extract/_compiled.json; find claims -name '*.so' -delete; fi

# Chromium and Arabic fonts for the browser tests; PostgreSQL is started if this machine has it.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -q 'Noto Naskh Arabic'; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing chromium and fonts-noto-core (browser tests)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null; \
	  else echo "chromium missing and cannot apt-get: browser tests will skip"; fi; \
	fi

postgres:
	@if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then \
	  for v in $$(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster --skip-systemctl-redirect $$v main start || true; done; \
	fi

test: $(STAMP) system-deps postgres lint
	$(PY) -m pytest -m "not perf" -n 2 --dist loadfile

# ruff with the rules in pyproject.toml; part of `make test`, so CI fails on a lint finding
lint: $(STAMP)
	$(PY) -m ruff check .

bench: $(STAMP) postgres
	$(PY) -m pytest tests/perf -m perf -s -p no:randomly

demo: $(STAMP)
	$(CLAIMS) demo

dashboard: $(STAMP)
	$(CLAIMS) dashboard

clean: uncompile
	rm -rf $(VENV) data tests/artifacts
