#!/bin/sh
# Enables or disables one console plugin: adds its name to, or removes it from, spec.plugins of
# consoles.operator.openshift.io/cluster. Run by the chart's hook Jobs; runnable by hand too.
#
#   console-plugins.sh add PLUGIN      add once; a no-op when already there
#   console-plugins.sh remove PLUGIN   remove every occurrence; a no-op when absent
#
# Other plugins in the list are never touched: each write is a JSON patch that appends or removes one
# element, guarded by a `test` of the resourceVersion it was computed from. If someone else (the
# console operator, GitOps, another chart) changed the object in between, the patch fails and we
# read again instead of overwriting their change.
#
# Only POSIX sh and kubectl. Environment:
#   KUBECTL       kubectl command, may include flags (default: kubectl)
#   CONSOLE_NAME  name of the Console object (default: cluster)
#   MAX_ATTEMPTS  failed patches tolerated before giving up (default: 10)
set -eu

mode=${1:-}
plugin=${2:-}
KUBECTL=${KUBECTL:-kubectl}
console=${CONSOLE_NAME:-cluster}
max_attempts=${MAX_ATTEMPTS:-10}
resource=consoles.operator.openshift.io
nl='
'

log() { printf 'console-plugins: %s\n' "$*" >&2; }

usage() {
  echo "usage: $0 add|remove PLUGIN_NAME" >&2
  exit 2
}

case $mode in add | remove) ;; *) usage ;; esac
# A plugin name is a DNS subdomain; checking that also makes it safe to put into JSON unescaped.
case $plugin in
  '' | *[!a-z0-9.-]* | [!a-z0-9]* | *[!a-z0-9]) log "invalid plugin name: '$plugin'"; usage ;;
esac

# Prints the 0-based index of $1 in $plugins (one name per line), nothing when absent.
index_of() {
  printf '%s\n' "$plugins" | {
    i=0
    while IFS= read -r name; do
      if [ "$name" = "$1" ]; then echo "$i"; exit 0; fi
      i=$((i + 1))
    done
  }
}

failures=0
while :; do
  # One read gives the resourceVersion (first line) and the list (one name per line) of the same version.
  out=$($KUBECTL get "$resource" "$console" --ignore-not-found \
    -o jsonpath='{.metadata.resourceVersion}{"\n"}{range .spec.plugins[*]}{@}{"\n"}{end}')
  if [ -z "$out" ]; then
    if [ "$mode" = remove ]; then
      log "$resource/$console not found: nothing to remove"
      exit 0
    fi
    log "$resource/$console not found: is this an OpenShift cluster? (the chart value consoleOperator.managePluginList=false skips this step)"
    exit 1
  fi
  rv=${out%%"$nl"*}
  case $out in *"$nl"*) plugins=${out#*"$nl"} ;; *) plugins= ;; esac
  index=$(index_of "$plugin")
  guard='{"op":"test","path":"/metadata/resourceVersion","value":"'"$rv"'"}'

  if [ "$mode" = add ]; then
    if [ -n "$index" ]; then
      log "$plugin is already enabled in $resource/$console"
      exit 0
    fi
    if [ -z "$plugins" ]; then
      # No list yet (or an empty one): `add` on the member creates or replaces it.
      patch='['"$guard"',{"op":"add","path":"/spec/plugins","value":["'"$plugin"'"]}]'
    else
      patch='['"$guard"',{"op":"add","path":"/spec/plugins/-","value":"'"$plugin"'"}]'
    fi
  else
    if [ -z "$index" ]; then
      log "$plugin is not enabled in $resource/$console: nothing to remove"
      exit 0
    fi
    patch='['"$guard"',{"op":"test","path":"/spec/plugins/'"$index"'","value":"'"$plugin"'"},{"op":"remove","path":"/spec/plugins/'"$index"'"}]'
  fi

  if now=$($KUBECTL patch "$resource" "$console" --type=json -p "$patch" -o jsonpath='{.spec.plugins}'); then
    log "${mode}: $plugin; spec.plugins is now ${now:-[]}"
    # After an add we are done; after a remove, read again in case the name was listed twice.
    [ "$mode" = add ] && exit 0
    continue
  fi
  failures=$((failures + 1))
  if [ "$failures" -ge "$max_attempts" ]; then
    log "giving up after $failures failed patches of $resource/$console"
    exit 1
  fi
  log "patch failed (the object may have changed meanwhile); reading it again ($failures/$max_attempts)"
  sleep 1
done
