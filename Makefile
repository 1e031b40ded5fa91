# Bounce Doctor: `make run` opens the window, `make test` runs every test.
# Each creates .venv with the pinned dependencies when it is missing.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
export QT_QPA_PLATFORM ?=

.PHONY: run test lint accuracy clean help icons wheel wheel-test package package-test screenshots fuzz bench-patterns bench \
	translations translations-compile

help:
	@echo "make run           open the window"
	@echo "make test          run the linter and every test (Qt offscreen)"
	@echo "make translations  extract the window's new tr() strings into resources/translations/*.ts, compile the .qm"
	@echo "make icons         render the icon's PNG sizes, .ico and .icns from its SVG"
	@echo "make wheel         build the sdist and the wheel into dist/"
	@echo "make wheel-test    build them, install the wheel into a new venv and run it from elsewhere"
	@echo "make package       build the one-folder bundle dist/bounce-doctor/ with PyInstaller"
	@echo "make package-test  build the bundle and run it: explain, codes, the window (offscreen)"
	@echo "make screenshots   grab the README's screenshots into packaging/screenshots/"
	@echo "make accuracy      compare the engine with sisimai on the shared corpus"
	@echo "make fuzz          a longer fuzzing campaign on the engine (FUZZ_SECONDS=300)"
	@echo "make bench-patterns  time every pattern of the engine on 1 MB of hostile text"
	@echo "make bench         time the engine and the window against sisimai and flufl.bounce (BENCH_ROUNDS=5)"
	@echo "make clean         remove .venv and caches"

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

# Build tools (PyInstaller, Pillow): only the packaging targets install them.
$(VENV)/.tools: $(VENV)/.app requirements/tools.txt
	$(PY) -m pip install --quiet -r requirements/tools.txt
	@touch $@

# The sdist and wheel builder (build); wheel-test uses it.
$(VENV)/.build: $(VENV)/.app requirements/build.txt
	$(PY) -m pip install --quiet -r requirements/build.txt
	@touch $@

# The window's translations: Qt Linguist .ts files (edit them in pyside6-linguist or a text editor)
# compiled to .qm. The .qm files are committed (so a wheel or a bundle built without make has them);
# tests/ui/test_i18n.py fails when a .qm is older than its .ts or a string has no translation.
TS_FILES := $(wildcard resources/translations/*.ts)
UI_SOURCES := $(wildcard gui/bounce_doctor/ui/*.py) gui/bounce_doctor/output/text.py

translations: $(VENV)/.app
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $(UI_SOURCES) -ts $(TS_FILES)
	$(MAKE) translations-compile

translations-compile: $(VENV)/.app
	@for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

# The catalog's TOML files parsed ahead, for the app to load instead of parsing them (about 50 ms of
# every start). Not committed: the bench, the wheel and the bundle make it; the app takes a file from
# it only while the file's text hashes the same, so a stale or missing one only costs that time.
CATALOG_TOML := $(wildcard resources/catalog/*.toml resources/catalog/*/*.toml)
PRECOMPILED  := resources/catalog/precompiled.json

$(PRECOMPILED): $(CATALOG_TOML) gui/bounce_doctor/engine/catalog/precompiled.py tools/precompile_catalog.py | $(PY)
	$(PY) tools/precompile_catalog.py $@

# Before the window opens, bounce_doctor.preflight checks that Qt's platform plugin can load: when a
# system library or the display is missing it says so (with the install command) and exits with 3,
# which fails this target ("Error 3") instead of Qt aborting with a core dump.
run: $(VENV)/.app $(PRECOMPILED)
	$(PY) -m bounce_doctor $(FILES)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check gui tests packaging bench

test: $(VENV)/.dev lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

accuracy: $(VENV)/.app
	$(PY) -m tests.accuracy

icons: $(VENV)/.tools
	QT_QPA_PLATFORM=offscreen $(PY) packaging/icons/render.py

wheel: $(VENV)/.build $(PRECOMPILED)
	$(PY) -m build --outdir dist .

wheel-test: $(VENV)/.build $(PRECOMPILED)
	packaging/test-wheel.sh $(PY)

package: $(VENV)/.tools $(PRECOMPILED)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/bounce-doctor.spec
	@echo "dist/bounce-doctor: $$(du -sh dist/bounce-doctor | cut -f1)"

package-test: package
	packaging/test-bundle.sh dist/bounce-doctor

screenshots: $(VENV)/.app
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots.py packaging/screenshots

FUZZ_SECONDS ?= 300

fuzz: $(VENV)/.dev
	$(PY) -m tests.fuzz --seconds $(FUZZ_SECONDS)

bench-patterns: $(VENV)/.dev
	$(PY) -m tests.engine.adversarial

# Not part of `make test`: installs its peers (Debian's libsisimai-perl, flufl.bounce in
# bench/.venv-peers) and builds its inputs in BENCH_DIR (default /tmp/bounce-doctor-bench).
# compileall gives the sources the bytecode an installed wheel or a bundle has: the editable .venv
# only gets it by writing it at run time, which PYTHONDONTWRITEBYTECODE=1 stops, and compiling the
# sources again costs every start about 0.1 s of CPU.
BENCH_ROUNDS ?= 5

bench: $(VENV)/.app $(PRECOMPILED)
	$(PY) -m compileall -q gui
	$(PY) bench/run.py --rounds $(BENCH_ROUNDS) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist $(PRECOMPILED)
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
