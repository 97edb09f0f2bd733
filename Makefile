# The README's two commands: `make demo` and `make test`. Both set up .venv on a fresh machine.
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test lint docs install clean

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# torch first: 2.13.0 is a CPU wheel on disk; anything else pulls a multi-GB CUDA build.
	$(PY) -m pip install -q --disable-pip-version-check torch==2.13.0
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test,docs]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/aggregator demo

test: $(STAMP) lint docs
	$(PY) -m pytest -q

# ruff (style, imports, bugbear, pyupgrade) and mypy (configured in pyproject.toml); part of `make test`
lint: $(STAMP)
	$(VENV)/bin/ruff check aggregator tests benchmarks docs
	$(VENV)/bin/mypy

# The documentation site (docs/, mkdocs.yml) into build/docs; --strict: a broken link, a page
# missing from the navigation or a bad snippet fails it (not with --quiet: mkdocs 1.6 then counts no
# warnings). The CLI reference is generated from click.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

clean:
	rm -rf $(VENV) db/*.db reports build/docs
