# The two commands a user needs: `make run` and `make test`.
# Both create .venv/ on first use and install everything into it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup browser run test index clean

setup: $(STAMP)

# torch is pinned and installed first: an unpinned torch would pull several GB of CUDA wheels.
# `qa export` makes the ONNX models the question path runs (into ~/.cache/qa/models), so no question waits for it.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test,ray]'
	$(BIN)/qa export --all
	touch $(STAMP)

index: setup
	$(BIN)/qa index seeds --index-dir index

run: index
	$(BIN)/python app.py

# tests/test_browser.py drives Debian's Chromium (never a downloaded browser). Installed here when missing
# and we are root; if that fails the browser tests are skipped, and say why.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) \
		|| echo "make: could not install chromium; the browser tests will be skipped"; \
	else echo "make: no /usr/bin/chromium and not root: the browser tests will be skipped"; fi

test: setup browser
	$(BIN)/python -m pytest

clean:
	rm -rf index .pytest_cache
