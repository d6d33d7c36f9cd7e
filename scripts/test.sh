# ./dev test: every gate and test layer, in order; ends with one line "N passed, N failed".
# A failing step does not stop the run, so one line counts everything; the exit code is non-zero
# when anything failed.
ensure_test_tools

export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-60}"
export CARGO_TERM_COLOR=never

PASSED=0
FAILED=0
LOG_DIR="$(mktemp -d)"

# Runs a gate (a check that is not a test suite): counts as one pass or one failure.
gate() {
  local name="$1"; shift
  say "$name"
  if "$@"; then PASSED=$((PASSED + 1)); else FAILED=$((FAILED + 1)); echo "FAILED: $name" >&2; fi
}

# Sums the counts of cargo's "test result: ... N passed; M failed" lines in a log.
sum_counts() { # log, word
  grep -E '^test result:' "$1" | grep -Eo "[0-9]+ $2" | awk '{s+=$1} END {print s+0}'
}

# Runs a cargo test command; a build failure (no result line) counts as one failure.
cargo_layer() {
  local name="$1"; shift
  local log="$LOG_DIR/$name.log"
  say "$name"
  local status=0
  "$@" 2>&1 | tee "$log" || status=$?
  local p f
  p=$(sum_counts "$log" passed)
  f=$(sum_counts "$log" failed)
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  if [ "$status" != 0 ] && [ "$f" = 0 ]; then
    FAILED=$((FAILED + 1)); echo "FAILED: $name did not run to completion (exit $status)" >&2
  fi
  echo "$name: $p passed, $f failed" >&2
}

gate "cargo fmt --check" cargo fmt --all -- --check
gate "clippy (host, app and xtask)" cargo clippy --locked --workspace --all-targets -- -D warnings
# The wasm as users get it: split into parts (the browser tests below run it unsplit).
gate "clippy (wasm32, split)" cargo clippy --locked --all-targets --target wasm32-unknown-unknown --features split -- -D warnings
cargo_layer "native tests" cargo test --locked --workspace
cargo_layer "browser tests" cargo test --locked --target wasm32-unknown-unknown --test web

say "release builds (dist/ at / and dist-rungs/ under /rungs/)"
if build_release dist / && build_release dist-rungs /rungs/; then
  PASSED=$((PASSED + 1))
  say "end-to-end tests against the release build"
  e2e_log="$LOG_DIR/e2e.log"
  e2e_status=0
  RUNGS_DIST="$PWD/dist" RUNGS_DIST_SUBPATH="$PWD/dist-rungs" \
    node --test --test-reporter=tap --test-concurrency=2 tests/e2e/ 2>&1 | tee "$e2e_log" || e2e_status=$?
  p=$(awk '/^# pass /{print $3}' "$e2e_log" | tail -1)
  f=$(awk '/^# fail /{print $3}' "$e2e_log" | tail -1)
  PASSED=$((PASSED + ${p:-0})); FAILED=$((FAILED + ${f:-0}))
  if [ -z "$p" ] || { [ "$e2e_status" != 0 ] && [ "${f:-0}" = 0 ]; }; then
    FAILED=$((FAILED + 1)); echo "FAILED: end-to-end tests did not run to completion" >&2
  fi
else
  FAILED=$((FAILED + 1)); echo "FAILED: release build" >&2
fi

rm -rf "$LOG_DIR"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
