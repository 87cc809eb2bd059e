#!/usr/bin/env bash
# Builds kube-apiserver, kubectl, etcd and helm from the Go module proxy into the stack cache.
# Idempotent: a binary already built for its version is not rebuilt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/versions.sh"
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
  (cd "$dir" && GOFLAGS=-mod=mod go mod tidy >&2 \
    && mkdir -p "$out.tmp" \
    && go build -trimpath -ldflags "$ldflags" -o "$out.tmp/kube-apiserver" ./apiserver \
    && go build -trimpath -ldflags "$ldflags" -o "$out.tmp/kubectl" ./kubectl)
  rm -rf "$out"; mv "$out.tmp" "$out"
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
  (cd "$dir" && GOFLAGS=-mod=mod go mod tidy >&2 && go build -trimpath -ldflags "-s -w" -o "$out.tmp" .)
  mkdir -p "$(dirname "$out")"; mv "$out.tmp" "$out"
  log "built $out"
}

build_helm() {
  local out="$bin/helm-$HELM_VERSION/helm"
  if [[ -x "$out" ]]; then return; fi
  log "building helm $HELM_VERSION with go install"
  mkdir -p "$(dirname "$out")"
  GOBIN="$(dirname "$out")" go install -ldflags "-s -w -X helm.sh/helm/v3/internal/version.version=$HELM_VERSION" "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  log "built $out"
}

# Runs one build holding that target's lock: two clones (a developer's and CI's) starting at once
# must not build into the same cache folder together. The one that waited then finds it built.
locked() {
  local name="$1" fd; shift
  exec {fd}>"$STACK_CACHE/build/$name.lock"
  if ! flock -n "$fd"; then
    log "another build of $name is running; waiting for it"
    flock "$fd"
  fi
  "$@"
  exec {fd}>&-
}

what="${1:-all}"
case "$what" in
  kube) locked kube build_kube ;;
  etcd) locked etcd build_etcd ;;
  helm) locked helm build_helm ;;
  all) locked etcd build_etcd; locked helm build_helm; locked kube build_kube ;;
  *) echo "usage: $0 [all|kube|etcd|helm]" >&2; exit 2 ;;
esac
