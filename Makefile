# The README's two commands: `make demo` and `make test`. Both set up .venv on a fresh machine.
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test lint install clean

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# torch first: 2.13.0 is a CPU wheel on disk; anything else pulls a multi-GB CUDA build.
	$(PY) -m pip install -q --disable-pip-version-check torch==2.13.0
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/aggregator demo

test: $(STAMP) lint
	$(PY) -m pytest -q

# ruff (style, imports, bugbear, pyupgrade) and mypy (configured in pyproject.toml); part of `make test`
lint: $(STAMP)
	$(VENV)/bin/ruff check aggregator tests benchmarks docs
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) db/*.db reports
