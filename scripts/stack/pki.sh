#!/usr/bin/env bash
# Creates, once per run dir, what kube-apiserver needs to run as envtest does: a CA and a serving
# certificate for 127.0.0.1/localhost, a service-account signing key, and a static token file with
# the stack's identities. Existing files are kept, so tokens and certificates survive restarts
# (and so does everything stored in etcd that refers to them).
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

pki="$STACK_RUN_DIR/pki"
mkdir -p "$pki"
chmod 700 "$pki"

if [[ ! -f "$pki/serving.crt" ]]; then
  log "generating a CA and the apiserver's serving certificate in $pki"
  # Python 3.13 verifies strictly (VERIFY_X509_STRICT): the CA needs its key usage and the serving
  # certificate its authority key id, or the MLflow server's Kubernetes client rejects the apiserver.
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mlflow-console-plugin-stack-ca" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash" \
    -keyout "$pki/ca.key" -out "$pki/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=kube-apiserver" \
    -keyout "$pki/serving.key" -out "$pki/serving.csr" 2>/dev/null
  cat > "$pki/serving.ext" <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
EXT
  openssl x509 -req -in "$pki/serving.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial \
    -days 3650 -extfile "$pki/serving.ext" -out "$pki/serving.crt" 2>/dev/null
  rm -f "$pki/serving.csr" "$pki/serving.ext"
fi

# --- aggregation layer and the Project API stand-in (scripts/stack/project-api) -------------------
# A front-proxy CA of its own and the aggregator's client certificate (kube-apiserver's
# --proxy-client-cert-file): an aggregated server trusts X-Remote-User only from a client that shows
# it. The stand-in's serving certificate, from the stack's CA, names the Service the APIService points
# at (the aggregator checks <service>.<namespace>.svc) and 127.0.0.1 (start.sh's health check).
# usage: issue_cert NAME CN CA-NAME EXTENSION...  -> $pki/NAME.{key,crt}, signed by $pki/CA-NAME.*
issue_cert() {
  local name="$1" cn="$2" ca="$3"; shift 3
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$cn" -keyout "$pki/$name.key" -out "$pki/$name.csr" 2>/dev/null
  printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" \
    "subjectKeyIdentifier=hash" "authorityKeyIdentifier=keyid" "$@" > "$pki/$name.ext"
  openssl x509 -req -in "$pki/$name.csr" -CA "$pki/$ca.crt" -CAkey "$pki/$ca.key" -CAcreateserial \
    -days 3650 -extfile "$pki/$name.ext" -out "$pki/$name.crt" 2>/dev/null
  rm -f "$pki/$name.csr" "$pki/$name.ext"
}
if [[ ! -f "$pki/front-proxy-client.crt" ]]; then
  log "generating the front-proxy CA and the aggregator's client certificate"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mlflow-console-plugin-front-proxy-ca" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash" \
    -keyout "$pki/front-proxy-ca.key" -out "$pki/front-proxy-ca.crt" 2>/dev/null
  issue_cert front-proxy-client front-proxy-client front-proxy-ca "extendedKeyUsage=clientAuth"
fi
if [[ ! -f "$pki/project-api.crt" ]]; then
  log "generating the Project API stand-in's serving certificate"
  issue_cert project-api project-api.kube-system.svc ca "extendedKeyUsage=serverAuth" \
    "subjectAltName=DNS:project-api.kube-system.svc,DNS:localhost,IP:127.0.0.1"
fi
# --- end of the aggregation layer block ------------------------------------------------------------

if [[ ! -f "$pki/sa.key" ]]; then
  log "generating the service-account signing key"
  openssl genrsa -out "$pki/sa.key" 2048 2>/dev/null
  openssl rsa -in "$pki/sa.key" -pubout -out "$pki/sa.pub" 2>/dev/null
fi

# Static tokens (token,user,uid,"groups"). The apiserver adds system:authenticated to each.
# - admin: cluster admin through system:masters (RBAC always allows that group)
# - alice: gets the built-in admin role in team-a only (seed-cluster.py binds it)
# - bob: gets the built-in view role in team-a only
# - mlflow-server: the identity the MLflow server itself uses to watch namespaces (as its
#   ServiceAccount does in the operator's deployment); callers' requests use their own tokens.
if [[ ! -f "$pki/tokens.csv" ]]; then
  log "generating static tokens"
  tok() { openssl rand -hex 24; }
  {
    echo "$(tok),admin,uid-admin,\"system:masters\""
    echo "$(tok),alice,uid-alice,\"team-a-users\""
    echo "$(tok),bob,uid-bob,\"team-a-viewers\""
    echo "$(tok),mlflow-server,uid-mlflow-server,\"mlflow-servers\""
  } > "$pki/tokens.csv"
fi
chmod 600 "$pki"/*.key "$pki/tokens.csv"
