# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := sqlite:///var/demo.db
DEMO_SERVE ?= 1
DEMO_DAYS ?= 30

.PHONY: install demo test system-deps lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# Builds the demo organization on a fresh SQLite database and runs the agent over it, with the
# offline brain and the local outbox; then serves the web app (DEMO_SERVE=0 exits instead).
demo: install
	mkdir -p var
	rm -f var/demo.db var/demo.db-journal
	rm -rf var/demo-outbox
	DUNNING_DATABASE_URL=$(DEMO_DB) DUNNING_OUTBOX_DIR=var/demo-outbox $(BIN)/dunning demo --days $(DEMO_DAYS)
	@if [ "$(DEMO_SERVE)" != "0" ]; then \
		DUNNING_DATABASE_URL=$(DEMO_DB) DUNNING_OUTBOX_DIR=var/demo-outbox $(BIN)/dunning serve --host 127.0.0.1 --port 8000; \
	fi

# Installs the Debian packages the suite needs when they are missing, then runs everything.
test: install system-deps
	$(BIN)/ruff check .
	$(BIN)/pytest -q -p no:cacheprovider

system-deps:
	bash .ci/system-deps.sh

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf var test-artifacts .pytest_cache
