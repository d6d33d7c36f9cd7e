# ./dev screenshots: build the release app, then photograph every screen at 1280 and 375 px wide
# into docs/screenshots/ (the README shows two of them). Run it after a change to how Rungs looks.
ensure_test_tools
say "building the release app"
build_release dist /
say "taking screenshots"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
node scripts/screenshots.mjs "$@"
