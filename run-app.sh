#!/usr/bin/env bash
# Starts Ombud Desktop, setting up what it needs on the first run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$root/scripts/bootstrap.sh" app
exec "$root/.venv/bin/python" -m ombud_desktop "$@"
