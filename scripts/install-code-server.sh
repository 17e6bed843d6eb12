#!/usr/bin/env bash
# Installs code-server (a real VS Code 1.100.3 server + web workbench, from npm)
# into .tools/code-server/ of this repo, for the e2e tests and `npm start`.
#
# Idempotent: does nothing when .tools/code-server already holds this version.
# Works offline except for the npm registry. Needs the Debian packages
# ripgrep and libkrb5-dev (kerberos is built from source), see .ci/run.
#
# Fixes from shared/e2e-recipe.md:
#   - npm_config_unsafe_perm=true   (we run as root)
#   - seed @vscode/ripgrep's download cache from /usr/bin/rg (it would fetch from GitHub)
#   - npm_config_yes=true           (node-pty's postinstall runs `npx node-gyp`)
#   - a private TMPDIR              (the ripgrep cache lives in os.tmpdir())
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
# The versions @vscode/ripgrep pins in code-server 4.100.3.
RG_CACHE_VERSION="1.15.11"
RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
LINK="$TOOLS/code-server"                  # what everything else uses
PREFIX="$TOOLS/code-server-$VERSION"       # the npm prefix it really lives in
PKG="$PREFIX/node_modules/code-server"
MARKER="$PREFIX/.installed"
START=$(date +%s)

installed_version() {
  [ -f "$LINK/lib/vscode/out/server-main.js" ] && [ -f "$MARKER" ] || return 1
  node -p "require('$LINK/package.json').version" 2>/dev/null
}

if [ "$(installed_version || true)" = "$VERSION" ]; then
  echo "install-code-server: code-server $VERSION already installed in .tools/code-server ($(( $(date +%s) - START ))s)"
  exit 0
fi

for bin in rg node npm; do
  command -v "$bin" >/dev/null || { echo "install-code-server: '$bin' is missing (apt-get install -y ripgrep / Node 20)" >&2; exit 1; }
done
if [ ! -f /usr/include/gssapi/gssapi.h ]; then
  echo "install-code-server: warning: /usr/include/gssapi/gssapi.h not found; kerberos will fail to build (apt-get install -y libkrb5-dev)" >&2
fi

rm -rf "$PREFIX" "$LINK"
mkdir -p "$PREFIX"
TMP="$TOOLS/tmp-install"
rm -rf "$TMP"
mkdir -p "$TMP/vscode-ripgrep-cache-$RG_CACHE_VERSION"
tar czf "$TMP/vscode-ripgrep-cache-$RG_CACHE_VERSION/$RG_ASSET" -C "$(dirname "$(command -v rg)")" rg

# A package.json so npm treats $PREFIX as its own project and never walks up to ours.
printf '{ "name": "code-server-tool", "private": true }\n' > "$PREFIX/package.json"

LOG="$TOOLS/install-code-server.log"
echo "install-code-server: installing code-server@$VERSION into .tools/ (log: .tools/install-code-server.log)"
if ! (
  cd "$PREFIX"
  # Keep HOME: ~/.npmrc may carry settings this machine needs (cafile, nodedir for node-gyp).
  export TMPDIR="$TMP"
  export npm_config_unsafe_perm=true npm_config_yes=true
  export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
  npm install --no-save --no-package-lock "code-server@$VERSION"
) >"$LOG" 2>&1; then
  tail -40 "$LOG" >&2
  echo "install-code-server: FAILED after $(( $(date +%s) - START ))s (full log: $LOG)" >&2
  exit 1
fi

if [ ! -f "$PKG/lib/vscode/out/server-main.js" ]; then
  tail -40 "$LOG" >&2
  echo "install-code-server: FAILED: $PKG/lib/vscode/out/server-main.js is missing" >&2
  exit 1
fi
ln -sfn "code-server-$VERSION/node_modules/code-server" "$LINK"
echo "$VERSION" > "$MARKER"
rm -rf "$TMP"
echo "install-code-server: installed code-server $VERSION in .tools/code-server in $(( $(date +%s) - START ))s"
