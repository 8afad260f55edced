# actorgraph: the two commands of the README.
#   make demo   install, ingest the sample reports, answer who met whom, write the maps
#   make test   install the test tools, lint, run the tests (what CI runs)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out
CYPHERLINT_STAMP := tools/cypherlint/node_modules/.package-lock.json

.PHONY: demo test install test-install cypherlint chromium lint clean bench

demo: install
	$(BIN)/actorgraph ingest seeds/reports
	$(BIN)/actorgraph query who-met --param actor="Esmail Qaani"
	$(BIN)/actorgraph map influence --out $(OUT)/influence.html
	$(BIN)/actorgraph map ego --param actor="Esmail Qaani" --param depth=2 --out $(OUT)/ego-qaani.html
	$(BIN)/actorgraph map meetings --out $(OUT)/meetings.html
	$(BIN)/actorgraph map places --out $(OUT)/places.html
	$(BIN)/actorgraph report --param actor="Esmail Qaani" --out $(OUT)/dossier-qaani.html
	@echo "maps written to $(OUT)/ (open them in a browser; they work offline)"

test: test-install cypherlint chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

install: $(VENV)/.installed
test-install: $(VENV)/.test-installed

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(VENV)/.installed $@

# Neo4j's own Cypher parser and semantic analysis, offline (needs Node.js >= 18.18).
cypherlint: $(CYPHERLINT_STAMP)
$(CYPHERLINT_STAMP): tools/cypherlint/package-lock.json
	npm ci --prefix tools/cypherlint --no-audit --no-fund

# Headless Chromium for the map tests; where it cannot be installed those tests are skipped.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "chromium could not be installed: browser tests will be skipped"; \
	  else echo "chromium not installed (needs root and apt-get): browser tests will be skipped"; fi; }

lint: test-install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

bench: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .actorgraph $(OUT) tools/cypherlint/node_modules
