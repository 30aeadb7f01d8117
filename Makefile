# The two commands a reader needs: `make serve` (the book at http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: serve build test test-isa bench clean

$(INSTALLED): requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(INSTALLED)

serve: $(INSTALLED)  ## build (running changed snippets) and serve with live reload
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(INSTALLED)  ## the static site in site/
	$(BIN)/mkdocs build --strict

test: $(INSTALLED)  ## the whole test suite
	$(BIN)/python -m pytest

test-isa: $(INSTALLED)  ## the book rebuilt with SSE4.1 kernels: asserts and quoted values hold
	$(BIN)/python -m pytest -m isa

bench: $(INSTALLED)  ## build times and ratios; reader speed (Lighthouse via npm, system Chromium)
	$(BIN)/python tools/bench.py
	$(BIN)/python tools/reader_speed.py

clean:
	rm -rf site build .cache
