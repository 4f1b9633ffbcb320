#!/usr/bin/env bash
# build-pulumi-cli.sh — build the REAL Pulumi CLI from the Go module proxy, for the
# end-to-end test tier (test/e2e) only.
#
# Who runs this: CI (.ci/run) and contributors who have no Pulumi install but do have
# Go >= 1.26 and access to the Go module proxy. It is NEVER run by the policy pack
# itself, by `npm install`, or by any npm lifecycle script. Users of the pack bring
# their own `pulumi` CLI.
#
# What it builds, into a cache OUTSIDE the repository, keyed by version:
#   ${SAGEMAKER_GUARD_CACHE:-$HOME/.cache/sagemaker-guard}/pulumi-cli/<version>/
#     pulumi                          github.com/pulumi/pulumi/pkg/v3/cmd/pulumi @ $PULUMI_CLI_VERSION
#     pulumi-language-nodejs          the Node.js language host @ $PULUMI_LANGUAGE_NODEJS_VERSION, from the
#                                     upstream source in <repo>/../shared/vendor/ (see below)
#     pulumi-language-yaml            github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml @ $PULUMI_YAML_VERSION
#     pulumi-resource-aws             TEST DOUBLE of the AWS provider, from
#                                     test/e2e/stand-in-aws-provider (never the real provider)
#
# `go install pkg@version` refuses pkg/v3 (its go.mod has replace directives), so each
# binary is built inside a throw-away wrapper module in a temp dir that requires
# pkg/v3 and sdk/v3 at the same version and copies the needed `replace`.
#
# The Node.js language host (module github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3)
# is refused by the Go module proxy reachable here (403), so it is built from its upstream
# source, kept beside the repository in shared/vendor/pulumi-language-nodejs-<version>/ (never
# copied into it; PULUMI_LANGUAGE_NODEJS_SRC=<dir> points elsewhere). Without that source the
# script warns loudly and the e2e tier falls back to Pulumi YAML programs and the launcher
# test/e2e/bin/sagemaker-guard-policy-pack, skipping the TypeScript routes.
#
# A second run finds the cached binaries and takes seconds. A binary is used from the cache only when
# its stamp (<binary>.stamp, written after the binary is complete) holds the key it was built for
# (the version, plus a hash of the source for the Node.js host and the provider test double) and the
# binary's own SHA-256: a changed source rebuilds, and a binary that a killed build left half-written,
# or that was changed since, is never used. Builds write <binary>.tmp and rename it into place.
# Last line on stdout: the bin directory, so callers can do
#   PATH="$(bash scripts/build-pulumi-cli.sh | tail -1):$PATH"
#
# Env: PULUMI_CLI_VERSION (default v3.274.1), PULUMI_YAML_VERSION (default v1.25.0),
#      PULUMI_LANGUAGE_NODEJS_VERSION (default v3.259.0), PULUMI_LANGUAGE_NODEJS_SRC,
#      SAGEMAKER_GUARD_CACHE, PULUMI_CLI_FORCE_REBUILD=1, GOTOOLCHAIN (pass-through),
#      SAGEMAKER_GUARD_STANDIN_SRC (the provider test double's source; tests of this script).
set -euo pipefail

VERSION="${PULUMI_CLI_VERSION:-v3.274.1}"
YAML_VERSION="${PULUMI_YAML_VERSION:-v1.25.0}"
NODEJS_VERSION="${PULUMI_LANGUAGE_NODEJS_VERSION:-v3.259.0}"
CLIPBOARD_REPLACE="github.com/atotto/clipboard=github.com/tgummerer/clipboard@v0.0.0-20241001131231-d02d263e614e"
CACHE_ROOT="${SAGEMAKER_GUARD_CACHE:-$HOME/.cache/sagemaker-guard}"
BIN_DIR="$CACHE_ROOT/pulumi-cli/$VERSION"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STANDIN_SRC="${SAGEMAKER_GUARD_STANDIN_SRC:-$REPO_ROOT/test/e2e/stand-in-aws-provider}"

log() { echo "[build-pulumi-cli] $*" >&2; }

sha() { sha256sum | cut -c1-64; }
# tree_hash <dir>: one hash of every file's path and content under <dir>
tree_hash() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha | cut -c1-16); }
# cached <binary> <key>: the binary is complete and was built for <key>
cached() { [ -x "$1" ] && [ -f "$1.stamp" ] && [ "$(cat "$1.stamp")" = "$2 $(sha <"$1")" ]; }
# install_built <binary> <key>: moves <binary>.tmp into place, then stamps it
install_built() {
  rm -f "$1.stamp"
  mv "$1.tmp" "$1"
  echo "$2 $(sha <"$1")" >"$1.stamp.tmp"
  mv "$1.stamp.tmp" "$1.stamp"
}

command -v go >/dev/null 2>&1 || [ ! -x /usr/local/go/bin/go ] || export PATH="/usr/local/go/bin:$PATH"
command -v go >/dev/null 2>&1 || { log "ERROR: Go toolchain not found (need Go >= 1.26 and the Go module proxy)"; exit 2; }

mkdir -p "$BIN_DIR"
if [ "${PULUMI_CLI_FORCE_REBUILD:-}" = "1" ]; then
  log "PULUMI_CLI_FORCE_REBUILD=1: removing $BIN_DIR"
  rm -rf "$BIN_DIR"
  mkdir -p "$BIN_DIR"
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sagemaker-guard-pulumi-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export GOFLAGS="-mod=mod"
LDFLAGS="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$VERSION"

# new_wrapper <dir>: a throw-away main module pinned to pkg/v3 + sdk/v3 @ $VERSION
new_wrapper() {
  local dir="$1"
  mkdir -p "$dir"
  (
    cd "$dir"
    go mod init sagemaker-guard.invalid/pulumi-cli-build >/dev/null 2>&1
    go mod edit -replace "$CLIPBOARD_REPLACE"
    go mod edit -require "github.com/pulumi/pulumi/pkg/v3@$VERSION" -require "github.com/pulumi/pulumi/sdk/v3@$VERSION"
    # tools.go keeps the main packages in the module graph for `go mod tidy`.
    cat >tools.go <<'EOF'
//go:build tools

package tools
EOF
  )
}

# ---- 1. pulumi ---------------------------------------------------------------------------
if cached "$BIN_DIR/pulumi" "$VERSION"; then
  log "cached: $BIN_DIR/pulumi"
else
  log "building pulumi $VERSION (cold build: module download + compile, several minutes)"
  start=$(date +%s)
  new_wrapper "$WORK/cli"
  (
    cd "$WORK/cli"
    go get "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi@$VERSION" >&2
    go build -trimpath -ldflags "$LDFLAGS" -o "$BIN_DIR/pulumi.tmp" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi >&2
  )
  install_built "$BIN_DIR/pulumi" "$VERSION"
  log "built pulumi in $(( $(date +%s) - start ))s"
fi

# ---- 2. pulumi-language-nodejs, from the vendored upstream source --------------------------
# The module proxy reachable here refuses the host's module (403), so it is built from the
# upstream source kept OUTSIDE this repository, in <repo>/../shared/vendor/ (see its
# PROVENANCE.md). shared/ is read-only: the source is copied to a temp dir, the two upstream
# `replace`s of pkg/v3 and sdk/v3 (paths inside pulumi/pulumi) are dropped and released
# versions required instead. It builds unchanged against v3.259.0 (not against the CLI's
# v3.274.1: ResourceMonitorServer gained a method); that host runs with the newer CLI.
NODEJS_BIN="$BIN_DIR/pulumi-language-nodejs"
NODEJS_SRC="${PULUMI_LANGUAGE_NODEJS_SRC:-$REPO_ROOT/../shared/vendor/pulumi-language-nodejs-$NODEJS_VERSION}"
NODEJS_KEY="$NODEJS_VERSION"
[ ! -f "$NODEJS_SRC/go.mod" ] || NODEJS_KEY="$NODEJS_VERSION source $(tree_hash "$NODEJS_SRC")"
if [ -f "$NODEJS_SRC/go.mod" ] && cached "$NODEJS_BIN" "$NODEJS_KEY"; then
  log "cached: $NODEJS_BIN ($NODEJS_KEY)"
elif [ ! -f "$NODEJS_SRC/go.mod" ] && [ -x "$NODEJS_BIN" ]; then
  log "WARNING: pulumi-language-nodejs source missing at $NODEJS_SRC; keeping the cached $NODEJS_BIN (version unknown)"
elif [ ! -f "$NODEJS_SRC/go.mod" ]; then
  log "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  log "!! WARNING: no pulumi-language-nodejs: its source is missing at $NODEJS_SRC"
  log "!! (expected shared/vendor/ beside the repository, or PULUMI_LANGUAGE_NODEJS_SRC)."
  log "!! The e2e tier falls back to Pulumi YAML programs and the launcher script, and SKIPS"
  log "!! the TypeScript programs, the published-tarball route and the workflow route."
  log "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
else
  log "building pulumi-language-nodejs $NODEJS_VERSION from $NODEJS_SRC"
  start=$(date +%s)
  cp -R "$NODEJS_SRC" "$WORK/nodejs"
  chmod -R u+w "$WORK/nodejs"
  (
    cd "$WORK/nodejs"
    go mod edit -dropreplace github.com/pulumi/pulumi/pkg/v3 -dropreplace github.com/pulumi/pulumi/sdk/v3 \
      -require "github.com/pulumi/pulumi/pkg/v3@$NODEJS_VERSION" -require "github.com/pulumi/pulumi/sdk/v3@$NODEJS_VERSION"
    go mod tidy >&2
    go build -trimpath -ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$NODEJS_VERSION" \
      -o "$NODEJS_BIN.tmp" . >&2
  )
  install_built "$NODEJS_BIN" "$NODEJS_KEY"
  log "built pulumi-language-nodejs in $(( $(date +%s) - start ))s"
fi

# ---- 3. pulumi-language-yaml -------------------------------------------------------------
# pulumi-yaml's go.mod has no replace directives, so `go install` works with its own pins.
YAML_BIN="$BIN_DIR/pulumi-language-yaml"
if cached "$YAML_BIN" "$YAML_VERSION"; then
  log "cached: $YAML_BIN ($YAML_VERSION)"
else
  log "building pulumi-language-yaml $YAML_VERSION"
  start=$(date +%s)
  mkdir -p "$WORK/gobin"
  (cd "$WORK" && GOBIN="$WORK/gobin" go install -trimpath -ldflags "-s -w -X github.com/pulumi/pulumi-yaml/pkg/version.Version=$YAML_VERSION" \
    "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml@$YAML_VERSION" >&2)
  mv "$WORK/gobin/pulumi-language-yaml" "$YAML_BIN.tmp"
  install_built "$YAML_BIN" "$YAML_VERSION"
  log "built pulumi-language-yaml in $(( $(date +%s) - start ))s"
fi

# ---- 4. pulumi-resource-aws: TEST DOUBLE of the AWS provider -----------------------------
STANDIN_BIN="$BIN_DIR/pulumi-resource-aws"
standin_hash=$(tree_hash "$STANDIN_SRC")
if cached "$STANDIN_BIN" "test-double source $standin_hash"; then
  log "cached: $STANDIN_BIN (TEST DOUBLE, source $standin_hash)"
else
  log "building $STANDIN_BIN (TEST DOUBLE of the AWS provider, source $standin_hash)"
  start=$(date +%s)
  (cd "$STANDIN_SRC" && GOFLAGS=-mod=readonly go build -trimpath -ldflags "-s -w" -o "$STANDIN_BIN.tmp" . >&2)
  install_built "$STANDIN_BIN" "test-double source $standin_hash"
  log "built stand-in provider in $(( $(date +%s) - start ))s"
fi

log "$("$BIN_DIR/pulumi" version 2>/dev/null || echo '?') in $BIN_DIR"
echo "$BIN_DIR"
