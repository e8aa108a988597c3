#!/usr/bin/env bash
# Installs what is needed, builds, creates the demo database and starts the program on it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
DB=${WP_DEMO_DB:-$PWD/build/demo.sqlite}
if [ ! -f "$DB" ]; then
  ./build/src/app/workprogram-cli demo --db "$DB"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting under Xvfb (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" ./build/src/app/workprogram --db "$DB" "$@"
fi
exec ./build/src/app/workprogram --db "$DB" "$@"
