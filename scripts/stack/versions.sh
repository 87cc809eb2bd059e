# shellcheck shell=bash disable=SC2034
# Versions of the real servers the local stack runs; changing one rebuilds only that binary.
# Sourced: the variables are for the scripts that source it (hence SC2034 off).
KUBE_VERSION="${KUBE_VERSION:-v1.34.4}"
ETCD_VERSION="${ETCD_VERSION:-v3.5.35}"
HELM_VERSION="${HELM_VERSION:-v3.19.0}"
# The chart's test tools (scripts/chart): helm-unittest as a Helm plugin, kubeconform for schemas.
HELM_UNITTEST_VERSION="${HELM_UNITTEST_VERSION:-v1.1.2}"
KUBECONFORM_VERSION="${KUBECONFORM_VERSION:-v0.8.0}"
# mlflow-kubernetes-plugins 2.1.0 (newest on PyPI) requires mlflow>=3.17,<3.18, and mlflow 3.18.0's
# mlflow-skinny==3.18.0 is not on PyPI, so 3.17.* is the newest MLflow the plugins run on.
MLFLOW_SPEC="${MLFLOW_SPEC:-mlflow==3.17.*}"
MLFLOW_K8S_PLUGINS_SPEC="${MLFLOW_K8S_PLUGINS_SPEC:-mlflow-kubernetes-plugins==2.1.*}"
# Builds live outside the clone so that every clone on this machine (CI's too) reuses them.
STACK_CACHE="${MLFLOW_PLUGIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mlflow-console-plugin}"
