#!/usr/bin/env bash
# Installs the real components the test suite runs against (Debian packages): redis-server for
# @resendkit/redis and chromium for the fake's inbox browser tests. Does nothing when both are
# present. Without root or apt it says what is missing and goes on: the tests that need a part
# then fail with one line naming the package to install.
set -uo pipefail

missing=()
command -v "${REDIS_SERVER_BIN:-redis-server}" >/dev/null 2>&1 || [[ -n "${REDIS_URL:-}" ]] || missing+=(redis-server)
[[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] || missing+=(chromium)

if ((${#missing[@]} == 0)); then
  echo "setup-system: redis-server and chromium present"
  exit 0
fi

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "setup-system: installing ${missing[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
  status=$?
  ((status == 0)) || echo "setup-system: apt-get failed (exit $status); install ${missing[*]} by hand" >&2
  exit 0
fi

echo "setup-system: missing ${missing[*]}: install the Debian package(s) (apt-get install ${missing[*]}) as root; the tests that need them will fail until then" >&2
exit 0
