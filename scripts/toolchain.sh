# Finds or installs every tool Rungs needs to build and test. Sourced by ./dev.
# Installs only what is missing or at the wrong version, so a second run costs seconds.
# Versions: trunk 0.21.x (0.22 needs a newer rustc), wasm-bindgen-cli exactly as in Cargo.lock,
# wasm-opt from npm's binaryen 132 (Debian's wasm-opt 108 builds a wasm that crashes at start).

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
RUNGS_TOOLS="${RUNGS_TOOLS:-$HOME/.cache/rungs/tools}"
CARGO_BIN="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin"
export PATH="$RUNGS_TOOLS/node_modules/.bin:$CARGO_BIN:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

require_command() { # name, what to do when it is missing
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed. $2"
}

wasm_bindgen_version_in_lock() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -q "^trunk 0\.21\."; then return; fi
  say "installing trunk $TRUNK_VERSION (a few minutes on 2 cores, once)"
  # Trunk's own release profile asks for fat LTO and one codegen unit, which makes its compile
  # serial and slow; a build tool gains nothing from that. Its default update check only
  # reaches crates.io, which the build never needs.
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=0 \
    cargo install --locked "trunk@$TRUNK_VERSION" --no-default-features --features rustls \
    || die "could not install trunk. Run: cargo install --locked trunk@$TRUNK_VERSION"
}

ensure_wasm_bindgen() {
  local wanted
  wanted="$(wasm_bindgen_version_in_lock)"
  [ -n "$wanted" ] || die "Cargo.lock names no wasm-bindgen version. Run: cargo generate-lockfile"
  if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wanted" \
    && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    return
  fi
  local found
  found="$(wasm-bindgen --version 2>/dev/null || echo none)"
  say "installing wasm-bindgen-cli $wanted (Cargo.lock's version; found: $found)"
  # --locked fails here: a pinned dependency of the CLI is missing from the registry.
  cargo install --force wasm-bindgen-cli --version "=$wanted" \
    || die "could not install wasm-bindgen-cli $wanted. Run: cargo install wasm-bindgen-cli --version =$wanted"
}

ensure_wasm_opt() {
  if "$RUNGS_TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version 132"; then
    return
  fi
  require_command npm "Install Node.js and npm (apt-get install nodejs npm), then run this again."
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into $RUNGS_TOOLS"
  mkdir -p "$RUNGS_TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$RUNGS_TOOLS" "binaryen@$BINARYEN_VERSION" \
    || die "could not install binaryen. Run: npm install --prefix $RUNGS_TOOLS binaryen@$BINARYEN_VERSION"
}

ensure_chromium() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    return
  fi
  local install="apt-get update && apt-get install -y chromium chromium-driver"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Chromium and ChromeDriver from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
      || die "could not install Chromium. Run as root: $install"
  else
    die "Chromium and ChromeDriver are missing. Run as root: $install"
  fi
}

ensure_e2e_packages() {
  # playwright-core drives Debian's Chromium; it never downloads a browser of its own.
  local wanted installed
  wanted="$(node -p 'require("./tests/e2e/package.json").dependencies["playwright-core"]')"
  installed="$(node -p 'require("./tests/e2e/node_modules/playwright-core/package.json").version' 2>/dev/null || true)"
  if [ "$wanted" = "$installed" ]; then return; fi
  say "installing the end-to-end test packages (npm ci in tests/e2e)"
  npm ci --silent --no-audit --no-fund --prefix tests/e2e \
    || die "could not install the end-to-end test packages. Run: npm ci --prefix tests/e2e"
}

# Everything needed to build the release app.
ensure_build_tools() {
  require_command cargo "Install Rust with rustup (https://rustup.rs), then run this again."
  require_command rustup "Install Rust with rustup (https://rustup.rs), then run this again."
  require_command node "Install Node.js 20 or later, then run this again."
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_opt
}

# Everything needed to build and test.
ensure_test_tools() {
  ensure_chromium
  ensure_build_tools
  ensure_e2e_packages
}

# Builds the release app into $1 (default dist) for the public URL $2 (default /).
build_release() {
  local dist="${1:-dist}" public_url="${2:-/}"
  cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
  trunk build --release --locked --dist "$dist" --public-url "$public_url"
}
