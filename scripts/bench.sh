# ./dev bench: build the release app, then measure it; writes bench-report.json and
# bench-report.md. Figures are reported, never asserted: budgets are judged by reading the report.
LIGHTHOUSE_VERSION="13.5.0"
ensure_test_tools
if ! "$RUNGS_TOOLS/node_modules/.bin/lighthouse" --version 2>/dev/null | grep -qx "$LIGHTHOUSE_VERSION"; then
  say "installing lighthouse $LIGHTHOUSE_VERSION into $RUNGS_TOOLS (for the mobile performance score)"
  npm install --silent --no-audit --no-fund --prefix "$RUNGS_TOOLS" "lighthouse@$LIGHTHOUSE_VERSION" \
    || die "could not install lighthouse. Run: npm install --prefix $RUNGS_TOOLS lighthouse@$LIGHTHOUSE_VERSION"
fi
say "building the release app"
build_release dist /
say "measuring"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
LIGHTHOUSE="$RUNGS_TOOLS/node_modules/.bin/lighthouse" node scripts/bench.mjs "$@"
