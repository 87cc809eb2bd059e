# shellcheck shell=bash disable=SC2034
# Versions of the real servers the local stack runs; changing one rebuilds only that binary.
# Sourced: the variables are for the scripts that source it (hence SC2034 off).
KUBE_VERSION="${KUBE_VERSION:-v1.34.4}"
ETCD_VERSION="${ETCD_VERSION:-v3.5.35}"
HELM_VERSION="${HELM_VERSION:-v3.19.0}"
# The chart's test tools (scripts/chart): helm-unittest as a Helm plugin, kubeconform for schemas.
HELM_UNITTEST_VERSION="${HELM_UNITTEST_VERSION:-v1.1.2}"
KUBECONFORM_VERSION="${KUBECONFORM_VERSION:-v0.8.0}"
# The S3-compatible server of the postgresql storage profile (STACK_STORAGE, scripts/stack/storage.sh).
VERSITYGW_VERSION="${VERSITYGW_VERSION:-v1.8.0}"
# The OpenShift AI release line the stack stands in for: its MLflow, its Kubernetes plugins, and its
# MLflow CRDs and roles (test-data/cluster/releases/<line>/ over test-data/cluster/, see the README
# there). Each line's venv is keyed by its specs, so it is built once and then reused.
#   current    opendatahub-io/mlflow-operator main: MLflow 3.17. mlflow-kubernetes-plugins 2.1.0
#              (newest on PyPI) requires mlflow>=3.17,<3.18, and mlflow 3.18.0's mlflow-skinny==3.18.0
#              is not on PyPI, so 3.17.* is the newest MLflow the plugins run on.
#   rhoai-3.5  red-hat-data-services/mlflow-operator rhoai-3.5: MLflow v3.14.0
#              (config/component_metadata.yaml).
#   rhoai-3.4  red-hat-data-services/mlflow-operator rhoai-3.4: MLflow v3.10.1, Technical Preview.
# The product's MLflow image (red-hat-data-services/mlflow, Dockerfile.konflux) installs its own
# MLflow wheel and the fork's in-tree kubernetes-workspace-provider, which is not on PyPI. The older
# lines therefore run upstream MLflow with the newest mlflow-kubernetes-plugins that accepts it:
# 1.7.1 (Requires-Dist mlflow<3.17.0,>=3.10.0) for both 3.10.1 and 3.14.0.
# Renovate moves the current line only (CURRENT_*); the older lines stay with their release.
CURRENT_MLFLOW_SPEC="mlflow==3.17.*"
CURRENT_MLFLOW_K8S_PLUGINS_SPEC="mlflow-kubernetes-plugins==2.1.*"
STACK_RELEASE="${STACK_RELEASE:-current}"
case "$STACK_RELEASE" in
  current)
    release_mlflow_spec="$CURRENT_MLFLOW_SPEC"
    release_plugins_spec="$CURRENT_MLFLOW_K8S_PLUGINS_SPEC" ;;
  rhoai-3.5)
    release_mlflow_spec="mlflow==3.14.0"
    release_plugins_spec="mlflow-kubernetes-plugins==1.7.1" ;;
  rhoai-3.4)
    release_mlflow_spec="mlflow==3.10.1"
    release_plugins_spec="mlflow-kubernetes-plugins==1.7.1" ;;
  *)
    printf '[stack] ERROR: STACK_RELEASE=%s: expected rhoai-3.4, rhoai-3.5 or current\n' "$STACK_RELEASE" >&2
    return 1 ;;
esac
export STACK_RELEASE
MLFLOW_SPEC="${MLFLOW_SPEC:-$release_mlflow_spec}"
MLFLOW_K8S_PLUGINS_SPEC="${MLFLOW_K8S_PLUGINS_SPEC:-$release_plugins_spec}"
# Builds live outside the clone so that every clone on this machine (CI's too) reuses them.
STACK_CACHE="${MLFLOW_PLUGIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mlflow-console-plugin}"
