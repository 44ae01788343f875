#!/usr/bin/env bash
# Installs what the browser end-to-end tests (test/e2e/portal.test.ts) need, when it is missing: Debian's
# chromium (driven by playwright-core at /usr/bin/chromium) and a CJK font so that screenshots show Chinese.
# Idempotent; needs root (or sudo) and Debian's package archive.
set -euo pipefail

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk|noto serif cjk' || packages+=(fonts-wqy-microhei)
if [ ${#packages[@]} -eq 0 ]; then
  echo "ensure-browser: chromium and a CJK font are installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "ensure-browser: need root to install ${packages[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "ensure-browser: installing ${packages[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
/usr/bin/chromium --version
