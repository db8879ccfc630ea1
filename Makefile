# DelayDesk: `make demo` runs the demo on SQLite, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-sqlite test-postgres lint messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	# Bytecode up front, as a regular install does: the command line then starts faster, also
	# where PYTHONDONTWRITEBYTECODE is set.
	$(BIN)/python -m compileall -q src/delaydesk > /dev/null
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/delaydesk demo

# The whole suite on SQLite, then on PostgreSQL when DELAYDESK_TEST_DATABASE_URL is set.
test: $(STAMP)
	$(MAKE) test-sqlite
	@if [ -n "$$DELAYDESK_TEST_DATABASE_URL" ]; then $(MAKE) test-postgres; \
	else echo "DELAYDESK_TEST_DATABASE_URL is not set: PostgreSQL run skipped."; fi

test-sqlite: $(STAMP)
	env -u DATABASE_URL DELAYDESK_DATA_DIR=$$(mktemp -d) $(BIN)/pytest $(PYTEST_ARGS)

test-postgres: $(STAMP)
	DATABASE_URL="$$DELAYDESK_TEST_DATABASE_URL" DELAYDESK_DATA_DIR=$$(mktemp -d) $(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests --exclude "*/migrations/*"
	DELAYDESK_DATA_DIR=$$(mktemp -d) $(BIN)/mypy src/delaydesk

messages: $(STAMP)
	cd src/delaydesk && ../../$(BIN)/delaydesk makemessages -l de --no-obsolete --add-location file
	cd src/delaydesk && ../../$(BIN)/delaydesk compilemessages -l de

clean:
	rm -rf $(VENV) delaydesk-demo .pytest_cache
