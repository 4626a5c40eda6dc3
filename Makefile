# Two commands matter: `make run` (the demo on http://127.0.0.1:8000) and `make test` (the whole suite).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test install messages migrate demo lint check clean

$(VENV)/.installed: pyproject.toml
	@python=$$(scripts/find-python) || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	  echo "Creating $(VENV) with $$python"; rm -rf $(VENV); $$python -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

messages: install
	@command -v msgfmt >/dev/null || { echo "error: msgfmt not found: install gettext (apt install gettext)"; exit 1; }
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0

migrate: messages
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo

run: demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: messages
	scripts/test

lint: install
	$(VENV)/bin/ruff check .

check: install
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles sent-mail media
