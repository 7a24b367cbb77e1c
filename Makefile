# evdesk: every target creates .venv and installs what it needs, so a fresh clone works with only
# Python 3.11+ on the machine.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
PACKAGE_STAMP := $(VENV)/.installed-package
TS := resources/i18n/evdesk_fr.ts
QM := $(TS:.ts=.qm)

.PHONY: run test fuzz lint bench i18n translations package package-check screenshots schema lock clean

run: $(STAMP) $(QM)  ## Open the counter window (on Linux, first names any system library Qt's X11 plugin misses)
	$(BIN)/python packaging/check_linux_libraries.py
	$(BIN)/evdesk

test: $(STAMP) $(QM)  ## Lint, then every test (offscreen)
	$(BIN)/ruff check evdesk tests bench packaging
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --maxprocesses=4

# Property-based fuzzing (hypothesis) of the request model, the CLI and the policy loader: no traceback,
# no unexpected exception. FUZZ_SECONDS is the whole run's budget, shared by the targets.
FUZZ_SECONDS ?= 60
fuzz: $(STAMP) $(QM)  ## Fuzz the request model, the CLI and the policy loader (about a minute)
	QT_QPA_PLATFORM=offscreen EVDESK_FUZZ_SECONDS=$(FUZZ_SECONDS) $(BIN)/python -m pytest -q \
		-m fuzz tests/fuzz

lint: $(STAMP)
	$(BIN)/ruff check evdesk tests bench packaging

# Bytecode is compiled first, as an installed or frozen evdesk has it: where PYTHONDONTWRITEBYTECODE is set
# (as on this project's CI machine) every start-up figure would otherwise include compiling evdesk.
bench: $(STAMP) $(QM)  ## Engine and window speed figures
	$(BIN)/python -m compileall -q evdesk bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

i18n: $(QM)

$(QM): $(TS) | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(STAMP)  ## Refresh the .ts from the sources (then translate the new entries)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find evdesk -name '*.py' | sort) -ts $(TS)

schema: $(STAMP)  ## Export the policy file's JSON Schema
	$(BIN)/evdesk policy schema > seeds/policy.schema.json

package: $(PACKAGE_STAMP) $(QM)  ## Frozen onedir app under packaging/dist (PyInstaller)
	$(BIN)/python packaging/build.py --no-check

package-check: package  ## Run the frozen app's self-check
	$(BIN)/python packaging/build.py --check-only

screenshots: $(STAMP) $(QM)  ## Regenerate docs/screenshots (needs xvfb-run)
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python docs/take_screenshots.py

# Everything installs from the lock files (exact versions, with hashes); evdesk itself goes in editable,
# without dependencies and without build isolation (hatchling is in the lock), so nothing unpinned arrives.
INSTALL_SELF := $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .

$(STAMP): requirements/dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.txt
	$(INSTALL_SELF)
	touch $@

$(PACKAGE_STAMP): $(STAMP) requirements/package.txt
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/package.txt
	$(INSTALL_SELF)
	touch $@

# Refresh the lock files from pyproject.toml: one resolution valid on Linux, Windows and macOS.
LOCK = $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes --no-header \
	--index-url https://pypi.org/simple pyproject.toml
lock: $(STAMP)  ## Re-resolve requirements/*.txt (then commit them)
	$(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes --no-header \
		--index-url https://pypi.org/simple requirements/pip.in -o requirements/pip.txt
	$(LOCK) -o requirements/runtime.txt
	$(LOCK) --extra dev -o requirements/dev.txt
	$(LOCK) --extra dev --extra package -o requirements/package.txt

clean:
	rm -rf $(VENV) build dist packaging/build packaging/dist $(QM)
