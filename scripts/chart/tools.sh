# shellcheck shell=bash
# The chart test tools, set up for scripts/chart/test-chart.sh (sourced after scripts/stack/lib.sh):
#   - helm-unittest, installed as a Helm plugin into .cache/chart/helm of this clone (git-ignored),
#     never into the user's own Helm folders: every helm call of the tests uses that folder;
#   - kubeconform;
#   - the JSON schemas kubeconform validates against: Kubernetes' own kinds from the local stack's
#     kube-apiserver ($KUBE_VERSION, its /openapi/v2) and the CRDs of test-data/cluster/crds, both
#     converted by scripts/chart/openapi2jsonschema.mjs into .cache/chart/schemas.
# Both tools are built from the Go module proxy by scripts/stack/build-binaries.sh into the stack cache.

chart_cache="$STACK_REPO/.cache/chart"
HELM_UNITTEST_PLUGIN="$STACK_CACHE/bin/helm-unittest-$HELM_UNITTEST_VERSION/unittest"
KUBECONFORM_BIN="$STACK_CACHE/bin/kubeconform-$KUBECONFORM_VERSION/kubeconform"
export HELM_PLUGINS="$chart_cache/helm/plugins" HELM_CONFIG_HOME="$chart_cache/helm/config" \
  HELM_CACHE_HOME="$chart_cache/helm/cache" HELM_DATA_HOME="$chart_cache/helm/data"

# ensure_chart_tools: builds what is missing and installs the helm plugin (once per version).
ensure_chart_tools() {
  if [[ ! -x "$HELM_BIN" || ! -x "$HELM_UNITTEST_PLUGIN/untt" || ! -x "$KUBECONFORM_BIN" ]]; then
    bash "$STACK_REPO/scripts/stack/build-binaries.sh" chart-tools || return 1
  fi
  mkdir -p "$HELM_PLUGINS"
  local installed
  installed="$("$HELM_BIN" plugin list 2>/dev/null | awk '$1 == "unittest" {print $2}')"
  if [[ "$installed" != "${HELM_UNITTEST_VERSION#v}" ]]; then
    [[ -z "$installed" ]] || "$HELM_BIN" plugin uninstall unittest || return 1
    "$HELM_BIN" plugin install "$HELM_UNITTEST_PLUGIN" || return 1
  fi
}

# A hash of the files a set of schemas is made from: a change there makes a new set.
schema_key() { cat "$@" | sha256sum | cut -c1-12; }

# kube_schema_dir: prints the folder of the Kubernetes schemas, making it first if needed (needs the
# local stack's kube-apiserver, of version $KUBE_VERSION).
kube_schema_dir() {
  local converter="$STACK_REPO/scripts/chart/openapi2jsonschema.mjs" dir
  dir="$chart_cache/schemas/kube-$KUBE_VERSION-$(schema_key "$converter")"
  if [[ ! -d "$dir" ]]; then
    make_kube_schemas "$dir" "$converter" >&2 || return 1
  fi
  echo "$dir"
}
make_kube_schemas() {
  local dir="$1" converter="$2" kc version built
  kc="$(env_get KUBECONFIG_ADMIN)"
  version="$("$KUBECTL" --kubeconfig "$kc" version -o json 2>/dev/null | node -e \
    'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).serverVersion.gitVersion))')"
  if [[ "$version" != "$KUBE_VERSION" ]]; then
    echo "kube-apiserver $KUBE_VERSION must be running to derive the schemas (found: ${version:-none})"
    return 1
  fi
  mkdir -p "$chart_cache/schemas"
  built="$(mktemp -d "$dir.build-XXXXXX")"
  # kubeconform's layout: <version>-standalone-strict/<kind>-<group>-<version>.json
  if "$KUBECTL" --kubeconfig "$kc" get --raw /openapi/v2 >"$built/swagger.json" \
    && node "$converter" kube "$built/swagger.json" "$built/v${KUBE_VERSION#v}-standalone-strict"; then
    rm "$built/swagger.json"
    mv -T "$built" "$dir"
  else
    rm -rf "$built"
    return 1
  fi
}

# crd_schema_dir: prints the folder of the CRD schemas (test-data/cluster/crds), made if needed.
crd_schema_dir() {
  local converter="$STACK_REPO/scripts/chart/openapi2jsonschema.mjs" crds dir built
  crds=("$STACK_REPO"/test-data/cluster/crds/*.yaml)
  dir="$chart_cache/schemas/crds-$(schema_key "$converter" "${crds[@]}")"
  if [[ ! -d "$dir" ]]; then
    mkdir -p "$chart_cache/schemas"
    built="$(mktemp -d "$dir.build-XXXXXX")"
    if node "$converter" crds "$built" "${crds[@]}" >&2; then
      mv -T "$built" "$dir"
    else
      rm -rf "$built"
      return 1
    fi
  fi
  echo "$dir"
}

# kubeconform_strict KUBE_DIR CRD_DIR FILE: every object of FILE against its schema, refusing unknown
# fields (-strict); an object whose schema is in neither folder is an error (no -ignore-missing-schemas).
# TAP output: one "ok"/"not ok" line per object.
kubeconform_strict() {
  "$KUBECONFORM_BIN" -strict -summary -output tap -kubernetes-version "${KUBE_VERSION#v}" \
    -schema-location "$1/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    -schema-location "$2/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json" \
    "$3"
}
