#!/usr/bin/env python3
"""A stand-in for OpenShift's Project API (project.openshift.io/v1), served behind kube-apiserver's
aggregation layer so that clients (kubectl, the OpenShift console, the console shell) ask the
apiserver for /apis/project.openshift.io/v1/projects as they would on OpenShift.

Projects are the Namespaces, mirrored: a Project carries the Namespace's metadata, its
spec.finalizers and its status. As on OpenShift, a user lists (and watches) only the projects they
may see, which is a project whose namespace they may `get`; a project they may not see answers 403 to
a GET. The stand-in lists and watches Namespaces with the stack's admin credentials and asks a
SubjectAccessReview per namespace for the user the aggregator names (X-Remote-User, X-Remote-Group,
X-Remote-Extra-*). It trusts those headers only on connections presenting the aggregator's client
certificate (the front-proxy CA, an allowed common name). RBAC changes are watched too, so an open
watch gains (ADDED) or loses (DELETED) projects when the user's access changes, as OpenShift's project
cache does. Only get, list and watch are served (JSON, or a Table for kubectl); watches stream as
JSON lines or over a WebSocket, as the apiserver's do.

Standard library only. Listens on 127.0.0.1 with TLS.
usage: project_api.py --port N --cert F --key F --client-ca F --allowed-names a,b --stack-env F
"""

import argparse
import base64
import concurrent.futures
import contextlib
import hashlib
import http.client
import json
import queue
import select
import socket
import ssl
import struct
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GROUP = "project.openshift.io"
VERSION = "v1"
GROUP_VERSION = f"{GROUP}/{VERSION}"
PREFIX = f"/apis/{GROUP_VERSION}"
WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
# Query parameters of a namespace list or watch that mean the same on projects. limit and continue
# are left out on purpose: OpenShift's project list answers everything at once, unpaged.
PASSED_PARAMS = (
    "labelSelector",
    "fieldSelector",
    "resourceVersion",
    "resourceVersionMatch",
    "timeoutSeconds",
    "allowWatchBookmarks",
    "sendInitialEvents",
)
RBAC_KINDS = ("roles", "rolebindings", "clusterroles", "clusterrolebindings")
# Several RBAC writes in a row (a seed, a grant) are answered with one re-evaluation.
RBAC_SETTLE_SECONDS = 0.3


def log(message):
    print(f"[project-api] {message}", file=sys.stderr, flush=True)


# --- objects --------------------------------------------------------------------------------------


def to_project(namespace):
    """The Project of a Namespace, as openshift-apiserver converts it."""
    project = {
        "kind": "Project",
        "apiVersion": GROUP_VERSION,
        "metadata": namespace.get("metadata", {}),
        "spec": {},
        "status": {},
    }
    finalizers = namespace.get("spec", {}).get("finalizers")
    if finalizers:
        project["spec"]["finalizers"] = finalizers
    status = namespace.get("status", {})
    for key in ("phase", "conditions"):
        if key in status:
            project["status"][key] = status[key]
    return project


def project_list(projects, resource_version):
    return {
        "kind": "ProjectList",
        "apiVersion": GROUP_VERSION,
        "metadata": {"resourceVersion": resource_version or ""},
        "items": projects,
    }


def status(code, reason, message, name=None):
    body = {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": message,
        "reason": reason,
        "code": code,
    }
    if name is not None:
        body["details"] = {"name": name, "group": GROUP, "kind": "projects"}
    return body


def forbidden(user, verb, name):
    return status(
        403,
        "Forbidden",
        f'projects.{GROUP} "{name}" is forbidden: User "{user}" cannot {verb} resource "projects" '
        f'in API group "{GROUP}" in the namespace "{name}"',
        name,
    )


TABLE_COLUMNS = [
    {
        "name": "Name",
        "type": "string",
        "format": "name",
        "priority": 0,
        "description": "Name of the project (the namespace's name).",
    },
    {
        "name": "Display Name",
        "type": "string",
        "format": "",
        "priority": 0,
        "description": "The annotation openshift.io/display-name.",
    },
    {
        "name": "Status",
        "type": "string",
        "format": "",
        "priority": 0,
        "description": "The phase of the project's namespace.",
    },
]


def wants_table(accept):
    return "as=Table" in (accept or "")


def table(projects, resource_version, include_object="Metadata"):
    """The meta.k8s.io/v1 Table kubectl asks for, with oc's columns for projects."""

    def row(project):
        metadata = project.get("metadata", {})
        row_ = {
            "cells": [
                metadata.get("name", ""),
                metadata.get("annotations", {}).get("openshift.io/display-name", ""),
                project.get("status", {}).get("phase", ""),
            ]
        }
        if include_object == "Object":
            row_["object"] = project
        elif include_object != "None":
            row_["object"] = {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": metadata}
        return row_

    return {
        "kind": "Table",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": {"resourceVersion": resource_version or ""},
        "columnDefinitions": TABLE_COLUMNS,
        "rows": [row(p) for p in projects],
    }


def discovery(path):
    """The discovery documents of the group; None for any other path."""
    version = {"groupVersion": GROUP_VERSION, "version": VERSION}
    group = {"name": GROUP, "versions": [version], "preferredVersion": version}
    if path == "/apis":
        return {"kind": "APIGroupList", "apiVersion": "v1", "groups": [group]}
    if path == f"/apis/{GROUP}":
        return {"kind": "APIGroup", "apiVersion": "v1", **group}
    if path == PREFIX:
        return {
            "kind": "APIResourceList",
            "apiVersion": "v1",
            "groupVersion": GROUP_VERSION,
            "resources": [
                {
                    "name": "projects",
                    "singularName": "project",
                    "namespaced": False,
                    "kind": "Project",
                    "verbs": ["get", "list", "watch"],
                }
            ],
        }
    return None


# The aggregator downloads every aggregated server's OpenAPI v2 and logs an error each minute when
# there is none; an empty document satisfies it. (/openapi/v3 may be missing: it is skipped quietly.)
OPENAPI_V2 = {
    "swagger": "2.0",
    "info": {"title": "Project API stand-in", "version": VERSION},
    "paths": {},
    "definitions": {},
}


# --- the apiserver, as the stand-in's own (admin) identity ----------------------------------------


class KubeError(Exception):
    def __init__(self, code, body):
        super().__init__(f"kube-apiserver answered {code}: {body}")
        self.code = code
        self.body = body


class Kube:
    def __init__(self, url, ca_file, token):
        parsed = urllib.parse.urlsplit(url)
        self.host, self.port = parsed.hostname, parsed.port or 443
        self.tls = ssl.create_default_context(cafile=ca_file)
        self.token = token

    def open(self, method, path, body=None, timeout=30):
        """Sends one request on a connection of its own; returns (connection, response)."""
        connection = http.client.HTTPSConnection(self.host, self.port, context=self.tls, timeout=timeout)
        headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        connection.request(method, path, body=data, headers=headers)
        return connection, connection.getresponse()

    @staticmethod
    def hang_up(connection):
        """Closes a streaming request so that a thread blocked reading it wakes up (close alone does not)."""
        with contextlib.suppress(AttributeError, OSError):
            connection.sock.shutdown(socket.SHUT_RDWR)
        connection.close()

    def call(self, method, path, body=None):
        connection, response = self.open(method, path, body)
        try:
            raw = response.read()
        finally:
            connection.close()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw.decode(errors="replace")
        if response.status >= 300:
            raise KubeError(response.status, parsed)
        return parsed


class User:
    def __init__(self, name, groups=(), extra=None, uid=None):
        self.name = name
        self.groups = list(groups)
        self.extra = extra or {}
        self.uid = uid

    @classmethod
    def from_headers(cls, headers):
        name = headers.get("X-Remote-User")
        if not name:
            return None
        extra = {}
        for key, value in headers.items():
            if key.lower().startswith("x-remote-extra-"):
                extra.setdefault(urllib.parse.unquote(key[len("x-remote-extra-") :]).lower(), []).append(value)
        return cls(name, headers.get_all("X-Remote-Group") or [], extra, headers.get("X-Remote-Uid"))


class Access:
    """Who may see which project: `get` on the namespace, asked by SubjectAccessReview."""

    def __init__(self, kube, workers=8):
        self.kube = kube
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)

    def _allowed(self, user, name=None):
        attributes = {"verb": "get", "resource": "namespaces"}
        if name:
            attributes.update(name=name, namespace=name)
        spec = {"user": user.name, "groups": user.groups, "resourceAttributes": attributes}
        if user.extra:
            spec["extra"] = user.extra
        if user.uid:
            spec["uid"] = user.uid
        review = self.kube.call(
            "POST",
            "/apis/authorization.k8s.io/v1/subjectaccessreviews",
            {"apiVersion": "authorization.k8s.io/v1", "kind": "SubjectAccessReview", "spec": spec},
        )
        return bool(review.get("status", {}).get("allowed"))

    def sees_all(self, user):
        return self._allowed(user)

    def sees(self, user, name):
        return self._allowed(user) or self._allowed(user, name)

    def visible(self, user, names):
        """The subset of names the user sees: one cluster-wide review, else one per namespace."""
        names = list(names)
        if self._allowed(user):
            return set(names)
        answers = self.pool.map(lambda n: self._allowed(user, n), names)
        return {n for n, allowed in zip(names, answers, strict=True) if allowed}


class RbacGeneration:
    """A counter bumped by every change of a Role, ClusterRole or their bindings."""

    def __init__(self):
        self.value = 0
        self.changed = threading.Condition()

    def bump(self):
        with self.changed:
            self.value += 1
            self.changed.notify_all()

    def follow(self, kube):
        for kind in RBAC_KINDS:
            threading.Thread(target=self._watch, args=(kube, kind), daemon=True, name=f"rbac-{kind}").start()

    def _watch(self, kube, kind):
        path = f"/apis/rbac.authorization.k8s.io/v1/{kind}"
        while True:
            try:
                version = kube.call("GET", f"{path}?limit=1")["metadata"]["resourceVersion"]
                self.bump()  # whatever happened while no watch ran
                while True:
                    connection, response = kube.open(
                        "GET", f"{path}?watch=true&resourceVersion={version}", timeout=None
                    )
                    try:
                        if response.status != 200:
                            raise KubeError(response.status, response.read())
                        for line in iter(response.readline, b""):
                            event = json.loads(line)
                            if event["type"] == "ERROR":
                                raise KubeError(event["object"].get("code"), event["object"])
                            version = event["object"]["metadata"]["resourceVersion"]
                            if event["type"] != "BOOKMARK":
                                self.bump()
                    finally:
                        connection.close()
            except Exception as error:  # noqa: BLE001 - a watch that breaks is started again
                log(f"watch of {kind} ended ({error}); starting again")
                time.sleep(1)


# --- watches --------------------------------------------------------------------------------------


class ProjectWatch:
    """Turns Namespace watch events into the Project events one user may see.

    `visible` is what the client has been shown; an event of a namespace the user cannot see is
    dropped, or becomes DELETED when the client was shown it; a visible namespace the client has not
    been shown becomes ADDED. `rbac_changed` compares a fresh list with what was shown.
    """

    def __init__(self, sees, emit, visible=()):
        self.sees = sees
        self.emit = emit
        self.visible = set(visible)

    def on_event(self, event):
        kind, obj = event["type"], event["object"]
        if kind in ("BOOKMARK", "ERROR"):
            if kind == "BOOKMARK":
                obj = {**obj, "kind": "Project", "apiVersion": GROUP_VERSION}
            self.emit({"type": kind, "object": obj})
            return
        name = obj["metadata"]["name"]
        if kind == "DELETED":
            if name in self.visible:
                self.visible.discard(name)
                self.emit({"type": "DELETED", "object": to_project(obj)})
            return
        if self.sees(name):
            self.emit({"type": "MODIFIED" if name in self.visible else "ADDED", "object": to_project(obj)})
            self.visible.add(name)
        elif name in self.visible:
            self.visible.discard(name)
            self.emit({"type": "DELETED", "object": to_project(obj)})

    def rbac_changed(self, namespaces, now_visible):
        """namespaces: the current Namespaces (selectors applied); now_visible: the names seen now."""
        by_name = {n["metadata"]["name"]: n for n in namespaces}
        for name in sorted(set(by_name) & (now_visible - self.visible)):
            self.emit({"type": "ADDED", "object": to_project(by_name[name])})
        for name in sorted(self.visible - now_visible):
            gone = by_name.get(name) or {"metadata": {"name": name}}
            self.emit({"type": "DELETED", "object": to_project(gone)})
        self.visible = set(by_name) & now_visible


class ClientGone(Exception):
    pass


def websocket_accept(key):
    return base64.b64encode(hashlib.sha1((key + WEBSOCKET_GUID).encode()).digest()).decode()


def websocket_frame(payload, opcode=0x1):
    """One unmasked, final server frame."""
    header = bytes([0x80 | opcode])
    size = len(payload)
    if size < 126:
        header += bytes([size])
    elif size < 1 << 16:
        header += bytes([126]) + struct.pack("!H", size)
    else:
        header += bytes([127]) + struct.pack("!Q", size)
    return header + payload


def read_websocket_frame(stream):
    """(opcode, payload) of one client frame; None when the stream ends."""
    head = stream.read(2)
    if len(head) < 2:
        return None
    opcode, size = head[0] & 0x0F, head[1] & 0x7F
    if size == 126:
        size = struct.unpack("!H", stream.read(2))[0]
    elif size == 127:
        size = struct.unpack("!Q", stream.read(8))[0]
    mask = stream.read(4) if head[1] & 0x80 else b"\0\0\0\0"
    data = stream.read(size)
    return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(data))


# --- HTTP -----------------------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "project-api-stand-in"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)

    def log_error(self, format, *args):  # noqa: A002 - errors are logged, verbose or not
        super().log_message(format, *args)

    def setup(self):
        super().setup()
        self.write_lock = threading.Lock()
        # Longer than the aggregator keeps an idle connection (Go's 90 s), so that it hangs up first.
        self.request.settimeout(120)
        self.request.do_handshake()
        subject = dict(item for rdn in (self.request.getpeercert() or {}).get("subject", ()) for item in rdn)
        self.peer_allowed = subject.get("commonName") in self.server.allowed_names

    def send_json(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802 - the base class's name
        url = urllib.parse.urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        query = dict(urllib.parse.parse_qsl(url.query))
        if path in ("/healthz", "/readyz", "/livez"):
            data = b"ok"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        if not self.peer_allowed:
            # Only the aggregator may say who the user is.
            self.send_json(401, status(401, "Unauthorized", "a client certificate of the aggregator is required"))
            return
        document = discovery(path) or (OPENAPI_V2 if path == "/openapi/v2" else None)
        if document is not None:
            self.send_json(200, document)
            return
        if path != f"{PREFIX}/projects" and not path.startswith(f"{PREFIX}/projects/"):
            self.send_json(404, status(404, "NotFound", "the server could not find the requested resource"))
            return
        user = User.from_headers(self.headers)
        if user is None:
            self.send_json(401, status(401, "Unauthorized", "no X-Remote-User"))
            return
        name = urllib.parse.unquote(path[len(f"{PREFIX}/projects/") :]) if path != f"{PREFIX}/projects" else ""
        try:
            if name:
                self.get_project(user, name, query)
            elif query.get("watch") in ("true", "1"):
                self.watch_projects(user, query)
            else:
                self.list_projects(user, query)
        except KubeError as error:
            body = error.body if isinstance(error.body, dict) else status(error.code, "InternalError", str(error.body))
            self.send_json(error.code, body)
        except ClientGone:
            self.close_connection = True
        except (OSError, http.client.HTTPException) as error:
            log(f"GET {self.path} for {user.name}: kube-apiserver did not answer: {error!r}")
            self.send_json(
                503, status(503, "ServiceUnavailable", f"the Project API could not ask kube-apiserver: {error}")
            )

    def reject_write(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))  # keeps the connection usable
        self.send_json(
            405,
            status(
                405, "MethodNotAllowed", "the Project API stand-in of the local stack serves get, list and watch only"
            ),
        )

    do_POST = do_PUT = do_PATCH = do_DELETE = reject_write  # noqa: N815 - the base class's names

    # --- get and list ---

    def answer(self, projects, resource_version, query, single=False):
        if wants_table(self.headers.get("Accept")):
            self.send_json(200, table(projects, resource_version, query.get("includeObject", "Metadata")))
        else:
            self.send_json(200, projects[0] if single else project_list(projects, resource_version))

    def get_project(self, user, name, query):
        access = self.server.access
        if not access.sees(user, name):
            self.send_json(403, forbidden(user.name, "get", name))
            return
        try:
            namespace = self.server.kube.call("GET", f"/api/v1/namespaces/{urllib.parse.quote(name)}")
        except KubeError as error:
            if error.code != 404:
                raise
            self.send_json(404, status(404, "NotFound", f'projects.{GROUP} "{name}" not found', name))
            return
        self.answer([to_project(namespace)], namespace["metadata"].get("resourceVersion"), query, single=True)

    def list_namespaces(self, query):
        params = {k: v for k, v in query.items() if k in PASSED_PARAMS and k != "timeoutSeconds"}
        return self.server.kube.call("GET", f"/api/v1/namespaces?{urllib.parse.urlencode(params)}")

    def list_projects(self, user, query):
        namespaces = self.list_namespaces(query)
        items = namespaces.get("items", [])
        seen = self.server.access.visible(user, [n["metadata"]["name"] for n in items])
        projects = [to_project(n) for n in items if n["metadata"]["name"] in seen]
        self.answer(projects, namespaces["metadata"].get("resourceVersion"), query)

    # --- watch ---

    def watch_projects(self, user, query):
        kube, access = self.server.kube, self.server.access
        params = {k: v for k, v in query.items() if k in PASSED_PARAMS}
        selectors = {k: v for k, v in query.items() if k in ("labelSelector", "fieldSelector")}
        # What the client was shown (its list, or earlier watches) is not known here: take what the
        # user sees now as the starting point for RBAC changes. A watch without a version (or "0")
        # starts with an ADDED event per visible project instead, as the apiserver's do.
        generation = self.server.rbac.value
        start_visible = set()
        if query.get("resourceVersion", "0") != "0" and query.get("sendInitialEvents") != "true":
            current = kube.call("GET", f"/api/v1/namespaces?{urllib.parse.urlencode(selectors)}").get("items", [])
            start_visible = access.visible(user, [n["metadata"]["name"] for n in current])
        connection, response = kube.open(
            "GET", f"/api/v1/namespaces?watch=true&{urllib.parse.urlencode(params)}", timeout=None
        )
        if response.status != 200:
            raw = response.read()
            connection.close()
            raise KubeError(response.status, json.loads(raw) if raw else None)

        events = queue.Queue()
        table_format = wants_table(self.headers.get("Accept"))
        send = self.start_websocket(events) if self.is_websocket() else self.start_chunked()

        def emit(event):
            if table_format and event["type"] != "ERROR":
                event = {**event, "object": table([event["object"]], "", query.get("includeObject", "Metadata"))}
            send(json.dumps(event).encode() + b"\n")

        def read_upstream():
            try:
                for line in iter(response.readline, b""):
                    events.put(("event", json.loads(line)))
            except Exception:  # noqa: BLE001 - hung up (by us or the apiserver): the watch ends
                pass
            events.put(("end", None))

        projects = ProjectWatch(lambda n: access.sees(user, n), emit, start_visible)
        threading.Thread(target=read_upstream, daemon=True).start()
        self.request.settimeout(None)
        try:
            while True:
                try:
                    kind, event = events.get(timeout=1)
                except queue.Empty:
                    kind, event = "tick", None
                if kind == "end":
                    break
                if kind == "event":
                    projects.on_event(event)
                elif not self.is_websocket() and self.client_closed():
                    break
                if self.server.rbac.value != generation:
                    time.sleep(RBAC_SETTLE_SECONDS)
                    generation = self.server.rbac.value
                    current = kube.call("GET", f"/api/v1/namespaces?{urllib.parse.urlencode(selectors)}")
                    items = current.get("items", [])
                    projects.rbac_changed(items, access.visible(user, [n["metadata"]["name"] for n in items]))
        except (ClientGone, OSError):
            pass
        except KubeError as error:
            # The response has begun: end the stream, so the client lists and watches again.
            log(f"watch of projects for {user.name} ended: {error}")
        finally:
            Kube.hang_up(connection)
            self.close_connection = True
        self.end_stream()

    def is_websocket(self):
        return self.headers.get("Upgrade", "").lower() == "websocket"

    def client_closed(self):
        """Whether the client hung up a streaming HTTP watch (it sends nothing while it reads)."""
        readable, _, _ = select.select([self.request], [], [], 0)
        if not readable:
            return False
        try:
            self.request.setblocking(False)
            return self.request.recv(1) == b""
        except (ssl.SSLWantReadError, BlockingIOError):
            return False
        except OSError:
            return True
        finally:
            self.request.setblocking(True)

    def start_chunked(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.flush()
        self.end_stream = lambda: self.safe_write(b"0\r\n\r\n")

        def send(data):
            self.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

        return send

    def start_websocket(self, events):
        self.send_response(101)
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", websocket_accept(self.headers.get("Sec-WebSocket-Key", "")))
        protocols = [p.strip() for p in self.headers.get("Sec-WebSocket-Protocol", "").split(",") if p.strip()]
        if protocols:
            self.send_header("Sec-WebSocket-Protocol", protocols[0])
        self.end_headers()
        self.wfile.flush()
        self.end_stream = lambda: self.safe_write(websocket_frame(b"", 0x8))

        def read_client():
            while True:
                try:
                    frame = read_websocket_frame(self.rfile)
                except (OSError, ValueError, struct.error):
                    frame = None
                if frame is None or frame[0] == 0x8:
                    events.put(("end", None))
                    return
                if frame[0] == 0x9:
                    self.safe_write(websocket_frame(frame[1], 0xA))

        threading.Thread(target=read_client, daemon=True).start()
        return lambda data: self.write(websocket_frame(data))

    def write(self, data):
        with self.write_lock:
            try:
                self.wfile.write(data)
                self.wfile.flush()
            except OSError as error:
                raise ClientGone() from error

    def safe_write(self, data):
        with contextlib.suppress(ClientGone):
            self.write(data)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, tls, kube, allowed_names, verbose=False):
        super().__init__(address, Handler)
        self.socket = tls.wrap_socket(self.socket, server_side=True, do_handshake_on_connect=False)
        self.kube = kube
        self.access = Access(kube)
        self.rbac = RbacGeneration()
        self.allowed_names = set(allowed_names)
        self.verbose = verbose


def read_env(path):
    with open(path) as f:
        return dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line and not line.startswith("#"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cert", required=True, help="serving certificate (SAN <service>.<namespace>.svc)")
    parser.add_argument("--key", required=True)
    parser.add_argument("--client-ca", required=True, help="CA of the aggregator's client certificate")
    parser.add_argument("--allowed-names", required=True, help="accepted client common names, comma-separated")
    parser.add_argument("--stack-env", required=True, help="stack.env: KUBE_API_URL, KUBE_CA_FILE, ADMIN_TOKEN")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    env = read_env(args.stack_env)
    kube = Kube(env["KUBE_API_URL"], env["KUBE_CA_FILE"], env["ADMIN_TOKEN"])
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(args.cert, args.key)
    tls.load_verify_locations(args.client_ca)
    tls.verify_mode = ssl.CERT_OPTIONAL  # /healthz without one; everything else checks it
    server = Server(("127.0.0.1", args.port), tls, kube, args.allowed_names.split(","), args.verbose)
    server.rbac.follow(kube)
    log(f"serving {GROUP_VERSION} on https://127.0.0.1:{args.port} for {env['KUBE_API_URL']}")
    server.serve_forever()


if __name__ == "__main__":
    socket.setdefaulttimeout(None)
    main()
