#!/usr/bin/env bash
# Screenshots of the packaged extension in a throwaway code-server (modelled on ../shared/vscode-host/serve-and-shoot.sh):
#   media/screenshot-sidebar.png  a decorated article with the News Facts sidebar open
#   media/screenshot-hover.png    the hover on a money mention
# Usage: test/integration/screenshots.sh EXT.vsix FOLDER FILE   (needs CS_BIN, PW_CORE, CHROMIUM: . ~/.cache/vscode-host/env.sh)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VSIX=$1 FOLDER=$2 FILE=$3
OUTDIR=${OUTDIR:-$HERE/../../media}
CS_BIN=${CS_BIN:-code-server}
TMP=$(mktemp -d /tmp/nf-shot-XXXXXX)
export XDG_CONFIG_HOME=$TMP/cfg XDG_DATA_HOME=$TMP/data
printf 'auth: none\ncert: false\n' > "$TMP/config.yaml"
mkdir -p "$TMP/user/User"
cat > "$TMP/user/User/settings.json" <<'JSON'
{ "workbench.secondarySideBar.defaultVisibility": "hidden", "chat.disableAIFeatures": true,
  "workbench.startupEditor": "none", "editor.minimap.enabled": false, "workbench.tips.enabled": false,
  "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "telemetry.telemetryLevel": "off",
  "update.mode": "none", "workbench.enableExperiments": false, "workbench.colorTheme": "Default Light Modern",
  "editor.fontSize": 14, "editor.hover.delay": 200 }
JSON
COMMON=(--config "$TMP/config.yaml" --user-data-dir "$TMP/user" --extensions-dir "$TMP/exts")
"$CS_BIN" "${COMMON[@]}" --install-extension "$VSIX" >/dev/null
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
setsid "$CS_BIN" "${COMMON[@]}" --bind-addr 127.0.0.1:$PORT --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust > "$TMP/code-server.log" 2>&1 &
CS_PID=$!
trap 'kill -- -$CS_PID 2>/dev/null; wait $CS_PID 2>/dev/null; rm -rf "$TMP"' EXIT
for i in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
node "$HERE/screenshots.js" "http://127.0.0.1:$PORT" "$FOLDER" "$FILE" "$OUTDIR"
