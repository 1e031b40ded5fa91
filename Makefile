# Bounce Doctor: `make run` opens the window, `make test` runs every test.
# Each creates .venv with the pinned dependencies when it is missing.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
export QT_QPA_PLATFORM ?=

.PHONY: run test lint accuracy clean help fuzz bench-patterns

help:
	@echo "make run    open the window"
	@echo "make test   run the linter and every test (Qt offscreen)"
	@echo "make fuzz   a longer fuzzing campaign on the engine (FUZZ_SECONDS=300)"
	@echo "make bench-patterns  time every pattern of the engine on 1 MB of hostile text"
	@echo "make clean  remove .venv and caches"

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Bounce Doctor needs Python 3.11 or newer; set PYTHON=python3.11 or newer."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.app: $(PY) requirements/app.txt pyproject.toml
	$(PY) -m pip install --quiet -r requirements/app.txt
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.dev: $(VENV)/.app requirements/dev.txt
	$(PY) -m pip install --quiet -r requirements/dev.txt
	@touch $@

run: $(VENV)/.app
	$(PY) -m bounce_doctor $(FILES)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check gui tests

test: $(VENV)/.dev lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

FUZZ_SECONDS ?= 300

fuzz: $(VENV)/.dev
	$(PY) -m tests.fuzz --seconds $(FUZZ_SECONDS)

bench-patterns: $(VENV)/.dev
	$(PY) -m tests.engine.adversarial

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
