#!/usr/bin/env bash
# Builds kube-apiserver, kubectl, etcd and helm from the Go module proxy into the stack cache.
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

what="${1:-all}"
case "$what" in
  kube) cache_locked kube build_kube ;;
  etcd) cache_locked etcd build_etcd ;;
  helm) cache_locked helm build_helm ;;
  all) cache_locked etcd build_etcd; cache_locked helm build_helm; cache_locked kube build_kube ;;
  *) echo "usage: $0 [all|kube|etcd|helm]" >&2; exit 2 ;;
esac
