{{/*
The plugin's name. Fixed, not a value: it must equal the name baked into the build's plugin-manifest.json,
and the plugin calls MLflow at /api/proxy/plugin/<this name>/mlflow/.
*/}}
{{- define "mlflow-console-plugin.name" -}}
mlflow-console-plugin
{{- end }}

{{- define "mlflow-console-plugin.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels: stable across upgrades (a Deployment's selector is immutable). */}}
{{- define "mlflow-console-plugin.selectorLabels" -}}
app.kubernetes.io/name: {{ include "mlflow-console-plugin.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Only the nginx pods carry it (not in the Deployment's immutable selector): the egress policy selects
by it, so the hook Jobs, which share the other labels and must reach the apiserver, are not cut off.
*/}}
{{- define "mlflow-console-plugin.serverLabel" -}}
app.kubernetes.io/component: server
{{- end }}

{{- define "mlflow-console-plugin.labels" -}}
{{ include "mlflow-console-plugin.selectorLabels" . }}
app.kubernetes.io/part-of: {{ include "mlflow-console-plugin.name" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ include "mlflow-console-plugin.chart" . }}
{{- end }}

{{/* Secret the service-CA operator fills with the Service's serving certificate. */}}
{{- define "mlflow-console-plugin.certSecret" -}}
{{ include "mlflow-console-plugin.name" . }}-cert
{{- end }}

{{/* Name shared by the hook Jobs' ServiceAccount, ClusterRole, binding and script ConfigMap. */}}
{{- define "mlflow-console-plugin.patcherName" -}}
{{ include "mlflow-console-plugin.name" . }}-console-patcher
{{- end }}

{{/* Restricted pod security, shared by the plugin pods and the hook Jobs. */}}
{{- define "mlflow-console-plugin.podSecurityContext" -}}
runAsNonRoot: true
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "mlflow-console-plugin.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop:
    - ALL
{{- end }}
