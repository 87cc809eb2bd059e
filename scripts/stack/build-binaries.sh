#!/usr/bin/env bash
# Builds kube-apiserver, kubectl, etcd, helm and the chart test tools (helm-unittest, kubeconform)
# from the Go module proxy into the stack cache.
# Idempotent: a binary already built for its version is not rebuilt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.sh
source "$here/versions.sh"
# shellcheck source=cache.sh
source "$here/cache.sh"
bin="$STACK_CACHE/bin"
mkdir -p "$bin" "$STACK_CACHE/build"
log() { printf '[stack] %s\n' "$*" >&2; }

build_kube() {
  local out="$bin/kube-$KUBE_VERSION"
  if [[ -x "$out/kube-apiserver" && -x "$out/kubectl" ]]; then return; fi
  log "building kube-apiserver and kubectl $KUBE_VERSION with go build (first time: 10-25 minutes on 2 cores)"
  local dir="$STACK_CACHE/build/kube-$KUBE_VERSION"
  mkdir -p "$dir/apiserver" "$dir/kubectl"
  local staging_version="v0.${KUBE_VERSION#v1.}"
  # kubernetes' own go.mod replaces each staging module with a local path; we replace it with the published one.
  local kube_mod
  kube_mod="$(cd "$dir" && GOFLAGS=-mod=mod go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')"
  {
    echo "module localstack/kube"
    echo
    echo "go 1.24"
    echo
    echo "require k8s.io/kubernetes $KUBE_VERSION"
    echo
    grep -E '^\s*k8s\.io/[a-z0-9-]+ => \./staging/' "$kube_mod" | awk -v v="$staging_version" '{print "replace " $1 " => " $1 " " v}'
  } > "$dir/go.mod"
  cat > "$dir/apiserver/main.go" <<'GO'
package main

import (
	"os"

	"k8s.io/component-base/cli"
	"k8s.io/kubernetes/cmd/kube-apiserver/app"
)

func main() { os.Exit(cli.Run(app.NewAPIServerCommand())) }
GO
  cat > "$dir/kubectl/main.go" <<'GO'
package main

import (
	"k8s.io/component-base/cli"
	"k8s.io/kubectl/pkg/cmd"
	"k8s.io/kubectl/pkg/cmd/util"
)

func main() {
	command := cmd.NewDefaultKubectlCommand()
	if err := cli.RunNoErrOutput(command); err != nil {
		util.CheckErr(err)
	}
}
GO
  local minor="${KUBE_VERSION#v1.}"; minor="${minor%%.*}"
  local ldflags="-s -w -X k8s.io/component-base/version.gitVersion=$KUBE_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor"
  local built
  built="$(cache_build_dir "$out")"
  (cd "$dir" && GOFLAGS=-mod=mod go mod tidy >&2 \
    && go build -trimpath -ldflags "$ldflags" -o "$built/kube-apiserver" ./apiserver \
    && go build -trimpath -ldflags "$ldflags" -o "$built/kubectl" ./kubectl) || { rm -rf "$built"; return 1; }
  cache_publish_dir "$built" "$out"
  log "built $out"
}

build_etcd() {
  local out="$bin/etcd-$ETCD_VERSION/etcd"
  if [[ -x "$out" ]]; then return; fi
  log "building etcd $ETCD_VERSION with go build"
  local dir="$STACK_CACHE/build/etcd-$ETCD_VERSION"
  mkdir -p "$dir"
  cat > "$dir/go.mod" <<GOMOD
module localstack/etcd

go 1.24

require go.etcd.io/etcd/server/v3 $ETCD_VERSION
GOMOD
  cat > "$dir/main.go" <<'GO'
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
GO
  local built
  built="$(cache_build_dir "$(dirname "$out")")"
  (cd "$dir" && GOFLAGS=-mod=mod go mod tidy >&2 && go build -trimpath -ldflags "-s -w" -o "$built/etcd" .) \
    || { rm -rf "$built"; return 1; }
  cache_publish_dir "$built" "$(dirname "$out")"
  log "built $out"
}

build_helm() {
  local out="$bin/helm-$HELM_VERSION/helm"
  if [[ -x "$out" ]]; then return; fi
  log "building helm $HELM_VERSION with go install"
  local built
  built="$(cache_build_dir "$(dirname "$out")")"
  GOBIN="$built" go install -ldflags "-s -w -X helm.sh/helm/v3/internal/version.version=$HELM_VERSION" "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" \
    || { rm -rf "$built"; return 1; }
  cache_publish_dir "$built" "$(dirname "$out")"
  log "built $out"
}

# go_build_tool NAME MODULE VERSION PACKAGE OUT: builds MODULE's command PACKAGE at VERSION into OUT.
# `go install MODULE/PACKAGE@VERSION` refuses modules whose go.mod has replace directives
# (helm-unittest has one), so build it from a module of our own that requires it and repeats them.
go_build_tool() {
  local name="$1" module="$2" version="$3" package="$4" out="$5" dir mod
  dir="$STACK_CACHE/build/$name-$version"
  mkdir -p "$dir"
  mod="$(cd "$dir" && GOFLAGS=-mod=mod go mod download -json "$module@$version" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')"
  {
    printf 'module localstack/%s\n\ngo 1.24\n\nrequire %s %s\n\ntool %s/%s\n\n' "$name" "$module" "$version" "$module" "$package"
    grep -E '^replace ' "$mod" || true
  } >"$dir/go.mod"
  (cd "$dir" && GOFLAGS=-mod=mod go mod tidy >&2 && go build -trimpath -ldflags "-s -w" -o "$out" "$module/$package")
}

# helm-unittest as a Helm plugin folder: the binary and a plugin.yaml that runs it. Upstream's
# plugin.yaml also has install hooks that download a release binary; ours has none (the binary is
# built here), so `helm plugin install` on this folder needs no network.
build_helm_unittest() {
  local out="$bin/helm-unittest-$HELM_UNITTEST_VERSION/unittest"
  if [[ -x "$out/untt" && -f "$out/plugin.yaml" ]]; then return; fi
  log "building helm-unittest $HELM_UNITTEST_VERSION with go build"
  local built
  mkdir -p "$(dirname "$out")"
  built="$(cache_build_dir "$out")"
  go_build_tool helm-unittest github.com/helm-unittest/helm-unittest "$HELM_UNITTEST_VERSION" cmd/helm-unittest "$built/untt" \
    || { rm -rf "$built"; return 1; }
  cat >"$built/plugin.yaml" <<YAML
name: "unittest"
version: "${HELM_UNITTEST_VERSION#v}"
usage: "unittest for helm charts"
description: "helm-unittest $HELM_UNITTEST_VERSION, built from the Go module proxy (scripts/stack/build-binaries.sh)"
ignoreFlags: false
command: "\$HELM_PLUGIN_DIR/untt"
YAML
  cache_publish_dir "$built" "$out"
  log "built $out"
}

build_kubeconform() {
  local dir="$bin/kubeconform-$KUBECONFORM_VERSION" built
  if [[ -x "$dir/kubeconform" ]]; then return; fi
  log "building kubeconform $KUBECONFORM_VERSION with go build"
  built="$(cache_build_dir "$dir")"
  if go_build_tool kubeconform github.com/yannh/kubeconform "$KUBECONFORM_VERSION" cmd/kubeconform "$built/kubeconform"; then
    cache_publish_dir "$built" "$dir"
    log "built $dir/kubeconform"
  else
    rm -rf "$built"
    return 1
  fi
}

# versitygw: the S3 gateway the postgresql storage profile keeps artifacts in (its posix backend
# stores each bucket as a folder of the run dir).
build_versitygw() {
  local dir="$bin/versitygw-$VERSITYGW_VERSION" built
  if [[ -x "$dir/versitygw" ]]; then return; fi
  log "building versitygw $VERSITYGW_VERSION with go build (first time: several minutes on 2 cores)"
  built="$(cache_build_dir "$dir")"
  if go_build_tool versitygw github.com/versity/versitygw "$VERSITYGW_VERSION" cmd/versitygw "$built/versitygw"; then
    cache_publish_dir "$built" "$dir"
    log "built $dir/versitygw"
  else
    rm -rf "$built"
    return 1
  fi
}

what="${1:-all}"
case "$what" in
  kube) cache_locked kube build_kube ;;
  etcd) cache_locked etcd build_etcd ;;
  helm) cache_locked helm build_helm ;;
  helm-unittest) cache_locked helm-unittest build_helm_unittest ;;
  kubeconform) cache_locked kubeconform build_kubeconform ;;
  versitygw) cache_locked versitygw build_versitygw ;;
  chart-tools) cache_locked helm build_helm; cache_locked helm-unittest build_helm_unittest; cache_locked kubeconform build_kubeconform ;;
  all)
    cache_locked etcd build_etcd; cache_locked helm build_helm; cache_locked kube build_kube
    cache_locked helm-unittest build_helm_unittest; cache_locked kubeconform build_kubeconform
    ;;
  *) echo "usage: $0 [all|kube|etcd|helm|helm-unittest|kubeconform|chart-tools|versitygw]" >&2; exit 2 ;;
esac
