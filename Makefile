# Dépêches: `make run` serves the site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test index install install-test chromium bench-index eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# Incremental: adds, updates and removes what changed in seeds/, and does
# nothing when nothing did; rebuilds in full when the schema changed.
index: install
	$(BIN)/depeches index seeds --index index

run: index
	$(BIN)/depeches serve --host $(HOST) --port $(PORT) --index index

# Browser tests drive Debian's Chromium; install it when missing and we are root.
chromium:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

test: install-test chromium
	$(BIN)/python -m pytest

bench-index: install
	$(BIN)/python bench/index_corpus.py

clean:
	rm -rf index $(VENV)

# Extraction quality: precision, recall and F1 against the annotated articles;
# fails when a score falls below the floors in tests/data/extract/floors.json.
eval: install
	$(BIN)/python -m search.extract.evaluate
