# Two commands matter: `make run` (the demo on http://127.0.0.1:8000) and `make test` (the whole suite).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
tmp_venv := .venv-lock

.PHONY: run test install lock messages migrate demo lint check clean

$(VENV)/.installed: pyproject.toml constraints.txt
	@python=$$(scripts/find-python) || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	  echo "Creating $(VENV) with $$python"; rm -rf $(VENV); $$python -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' -c constraints.txt
	@touch $@

install: $(VENV)/.installed

# Take the newest versions pyproject.toml allows and record them in constraints.txt.
lock:
	@python=$$(scripts/find-python) || exit 1; rm -rf $(tmp_venv); $$python -m venv $(tmp_venv) && \
	$(tmp_venv)/bin/pip install --quiet -e '.[dev]' && \
	{ sed -n '1,2p' constraints.txt; $(tmp_venv)/bin/pip freeze --exclude-editable; } > constraints.txt.new && \
	mv constraints.txt.new constraints.txt; rm -rf $(tmp_venv)

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
