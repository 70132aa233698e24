#!/usr/bin/env bash
# Builds kube-apiserver, kube-controller-manager and kube-scheduler v1.20.2 from Debian's source package, once,
# into the cache directory given as $1. Progress goes to stderr with elapsed time so a cold build never looks hung.
set -euo pipefail

out=${1:?usage: build-kube.sh CACHE_DIR}
binaries=(kube-apiserver kube-controller-manager kube-scheduler)
start=$(date +%s)
step() { printf '[berth build-kube %4ss] %s\n' "$(( $(date +%s) - start ))" "$*" >&2; }

have_all() { for b in "${binaries[@]}"; do [ -x "$out/$b" ] || return 1; done; }
if have_all; then step "cached in $out"; exit 0; fi

mkdir -p "$out"
# One builder at a time; a second caller waits and then finds the cache.
exec 9>"$out/.build.lock"
step "waiting for the build lock"
flock 9
if have_all; then step "built by another process: $out"; exit 0; fi

if [ "$(id -u)" != 0 ]; then
  step "the build needs Debian packages and a deb-src entry; as root run:"
  echo "  sudo bash $0 $out" >&2
  exit 1
fi

if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  step "adding a deb-src entry for bookworm"
  cat > /etc/apt/sources.list.d/berth-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt-get update -qq >&2
fi
step "installing build dependencies"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  golang-go rsync dpkg-dev golang-github-modern-go-reflect2-dev >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/berth-kube-src.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
step "fetching Debian's kubernetes source package"
apt-get source -qq --download-only kubernetes >&2
dpkg-source -x kubernetes_*.dsc src >&2
cd src

# Go 1.19 crashes reflect2 1.0.1 ("fatal error: fault" in mapiterinit); Debian's 1.0.2 fixes it.
step "replacing vendored reflect2 with Debian's 1.0.2"
reflect2_src=/usr/share/gocode/src/github.com/modern-go/reflect2
rm -f vendor/github.com/modern-go/reflect2/*.go vendor/github.com/modern-go/reflect2/*.s
cp "$reflect2_src"/*.go vendor/github.com/modern-go/reflect2/
cp "$reflect2_src"/*.s vendor/github.com/modern-go/reflect2/ 2>/dev/null || true
rm -f vendor/github.com/modern-go/reflect2/*_test.go

step "compiling ${binaries[*]} (about 6 minutes on 2 cores)"
( while sleep 30; do step "still compiling"; done ) &
ticker=$!
make WHAT="cmd/kube-apiserver cmd/kube-controller-manager cmd/kube-scheduler" >"$work/make.log" 2>&1 || {
  kill "$ticker"; tail -40 "$work/make.log" >&2; step "build failed"; exit 1; }
kill "$ticker"

for b in "${binaries[@]}"; do install -m 0755 "_output/bin/$b" "$out/$b.tmp" && mv "$out/$b.tmp" "$out/$b"; done
step "built into $out"
