# Two commands do everything on a fresh machine with python3 and make:
#   make demo   - set up .venv, crawl the bundled sample portals (served on 127.0.0.1), build the corpus
#   make test   - set up .venv, lint, run the test suite
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint score bench fuzz clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	# The stock pip (23.x) cannot resolve trafilatura's lxml extras: upgrade it first.
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/fazhi demo

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

# Cleaning scores on the shared dev pages (outside the project; not part of the tests).
score: $(STAMP)
	$(PY) ../shared/eval/score.py ../shared/fixtures/dev --cmd "$(PY) -m cleaning"

# 11,000 mutated and random pages through the cleaning entry point (a few minutes).
fuzz: $(STAMP)
	$(PY) -m pytest -q -m fuzz tests/reliability

# Performance, measured side by side with the baselines; one line per figure at the end.
bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf data .pytest_cache
