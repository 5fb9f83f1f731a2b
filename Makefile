# Thin wrapper over the install script, CMake and CTest. `make demo` and `make test` are the quick start.
BUILD_DIR ?= build
ASAN_DIR  ?= build-asan
# `make test` repeats the unit and integration tests under ASan+UBSan (clang) after the normal
# run (docs/reliability.md §2); `make test SANITIZE=0` skips that stage. ASAN_CTEST_ARGS picks
# what runs there: the quality floors (they retrain the default models) and the browser tests
# (they check chromium's rendering of our HTML; the C++ that writes it runs in the HtmlReport and
# report command tests) are left out, as are the resume loop's kills at random moments (timing-
# bound; the resume logic runs under ASan in the other resume tests), autotune's successive-halving
# check (its 1.5 s wall-clock budget buys too few trials at ASan's speed on a loaded machine for
# the rungs' mean scores to be ordered; the other autotune tests run there) and the demo script (it
# checks the script's exit status; its commands run under ASan in the classify and report tests).
# The Python module is not built there (an ASan-instrumented extension cannot load into the
# uninstrumented python3; the C++ under it is tested under ASan directly), and the install test
# (it checks what `cmake --install` lays out, not memory) runs in the normal tree only.
# FUZZ_SECONDS: seconds per target in `make fuzz`.
SANITIZE ?= 1
ASAN_CTEST_ARGS ?= -LE quality -E 'BrowserTest|ResumeCliTest.KilledAtRandomMoments|SuccessiveHalvingPromotesOnlyTheBestOfEachRung|demo_script|install_tree'

FUZZ_SECONDS ?= 60
JOBS      ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build test demo bench asan asan-configure asan-test fuzz clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)
ifneq ($(SANITIZE),0)
	@$(MAKE) --no-print-directory asan-test
endif

# The demo needs the executable and the default models only; the tests and benchmarks (most of a
# full build's time) are built by `make test` and `make bench`.
demo: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target liputan default_model
	@scripts/demo.sh $(BUILD_DIR)

bench: build
	@bench/run_all.sh $(BUILD_DIR)

# Address and undefined-behaviour sanitizers, built with clang in a separate tree (ccache keeps
# rebuilds cheap). The same tree carries the libFuzzer targets (LIPUTAN_FUZZ), so `make fuzz`
# and the fuzzers' ctest smoke runs need no third build. Any sanitizer report fails the test:
# -fno-sanitize-recover=all aborts on UBSan findings, ASan aborts on its own; leaks are reported.
# -O1 as the ASan authors advise: the tests run about twice as fast as at -O0 and every report
# keeps its stack (frame pointers stay); line tables are all a report needs of the debug info,
# and they make the build lighter than full -g.
ASAN_OPT_FLAGS = -O1 -gline-tables-only
ASAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
           LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
           UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 LIPUTAN_BADINPUT_SKIP_BIG=1 \
           LIPUTAN_SANITIZER_RUN=1

asan-configure: deps
	CC=clang CXX=clang++ cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DLIPUTAN_SANITIZE=ON \
	  -DLIPUTAN_FUZZ=ON -DLIPUTAN_BUILD_BENCH=OFF -DLIPUTAN_PYTHON=OFF \
	  -DCMAKE_CXX_FLAGS_DEBUG="$(ASAN_OPT_FLAGS)"

asan-test: asan-configure
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && $(ASAN_ENV) ctest --output-on-failure -j $(JOBS) $(ASAN_CTEST_ARGS)

# Every test, the quality floors included.
asan: asan-configure
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && $(ASAN_ENV) ctest --output-on-failure -j $(JOBS)

# Each libFuzzer target for FUZZ_SECONDS from seeds made of our fixtures (fuzz/run.sh).
fuzz: asan-configure
	cmake --build $(ASAN_DIR) -j $(JOBS) --target liputan tokenizer_options_fuzz \
	  labeled_reader_fuzz model_bundle_fuzz report_state_fuzz corpora_fuzz
	fuzz/run.sh $(ASAN_DIR) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
