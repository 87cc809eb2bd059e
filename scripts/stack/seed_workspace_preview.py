"""Namespaces for the workspace label selector's preview (Administration → MLflow, Instance settings).

The demo instance has no workspaceLabelSelector, so every namespace not excluded by name is an MLflow
workspace. These two make a selector's effect visible: under `opendatahub.io/dashboard=true`
(the OpenShift AI dashboard's own label, which team-a and team-b carry) ml-research stays a workspace
and ml-sandbox stops being one. seed-cluster.py converges them with the rest of the demo objects.
"""

DASHBOARD_LABEL = {"opendatahub.io/dashboard": "true"}


def workspace_preview_namespaces() -> list[dict]:
    def ns(name: str, labels: dict, description: str) -> dict:
        return {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {
                "name": name,
                "labels": labels,
                "annotations": {"openshift.io/description": description},
            },
        }

    return [
        ns("ml-research", {**DASHBOARD_LABEL, "team": "research"}, "A data science project of the dashboard"),
        ns("ml-sandbox", {"team": "research"}, "A plain namespace, outside the dashboard"),
    ]
