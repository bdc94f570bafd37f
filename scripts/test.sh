#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the GoogleTest suites of each module, the
# end-to-end tests that drive the real kg binary on samples/, and the export readers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
bash scripts/build.sh
cd "${BUILD_DIR:-build}"
ctest --output-on-failure -j "$(nproc)"
