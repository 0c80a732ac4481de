#!/bin/sh
# Installs what building and testing this project needs on Debian 12 (bookworm).
# Usage: sudo scripts/install-deps.sh   (idempotent; quiet unless something fails)
set -eu

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then exec sudo "$0" "$@"; fi
    echo "install-deps.sh: run as root (apt-get needs it)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive

# Build: autotools, PHP headers and run-tests.php, the libraries of the plugins.
build="build-essential autoconf automake libtool libltdl-dev pkg-config
       php8.2-cli php8.2-dev
       libssl-dev libnghttp2-dev libhiredis-dev libmariadb-dev libpq-dev zlib1g-dev"
# Tests: real peers and tools the suites drive.
test="valgrind curl netcat-openbsd socat python3 openssl procps php8.2-xdebug php-parser redis-tools"

apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $build $test >/dev/null
# Xdebug enables itself for every PHP run when installed: keep it off by default (the
# tests and benchmarks that want it load it with -d zend_extension=xdebug).
if command -v phpdismod >/dev/null 2>&1; then phpdismod -v 8.2 xdebug 2>/dev/null || true; fi
echo "install-deps.sh: done"
