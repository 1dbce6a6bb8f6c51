#!/usr/bin/env bash
# Runs the whole test suite, setting up what it needs on the first run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$root/scripts/bootstrap.sh" test
cd "$root"
exec "$root/.venv/bin/python" -m pytest "$@"
