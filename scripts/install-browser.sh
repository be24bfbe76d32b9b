#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test and `npm run preview` (playwright-core drives it;
# it never downloads a browser of its own). Safe to run again: it does nothing when Chromium is there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium: $(chromium --version 2>/dev/null || echo present)"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-noto-color-emoji >/dev/null
echo "chromium: $(chromium --version)"
