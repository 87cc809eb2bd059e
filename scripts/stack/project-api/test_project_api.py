#!/usr/bin/env python3
"""Unit tests of the Project API stand-in's logic (no servers needed; the integration ring's
project-api.spec.ts checks it behind the real kube-apiserver).

usage: python3 -m unittest discover -s scripts/stack/project-api
"""

import email.message
import io
import os
import sys
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the clone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import project_api as api  # noqa: E402


def namespace(name, phase="Active", rv="1", **annotations):
    return {
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {"name": name, "resourceVersion": rv, "annotations": annotations},
        "spec": {"finalizers": ["kubernetes"]},
        "status": {"phase": phase},
    }


def event(kind, name, **kw):
    return {"type": kind, "object": namespace(name, **kw)}


class ProjectObjects(unittest.TestCase):
    def test_a_project_mirrors_its_namespace(self):
        project = api.to_project(namespace("team-a", rv="42", **{"openshift.io/display-name": "Team A"}))
        self.assertEqual(project["apiVersion"], "project.openshift.io/v1")
        self.assertEqual(project["kind"], "Project")
        self.assertEqual(project["metadata"]["name"], "team-a")
        self.assertEqual(project["metadata"]["resourceVersion"], "42")
        self.assertEqual(project["spec"], {"finalizers": ["kubernetes"]})
        self.assertEqual(project["status"], {"phase": "Active"})

    def test_a_table_has_oc_columns(self):
        projects = [api.to_project(namespace("team-a", **{"openshift.io/display-name": "Team A"}))]
        result = api.table(projects, "7")
        self.assertEqual([c["name"] for c in result["columnDefinitions"]], ["Name", "Display Name", "Status"])
        self.assertEqual(result["rows"][0]["cells"], ["team-a", "Team A", "Active"])
        self.assertEqual(result["rows"][0]["object"]["kind"], "PartialObjectMetadata")
        self.assertNotIn("object", api.table(projects, "7", include_object="None")["rows"][0])

    def test_discovery_names_projects_cluster_scoped_get_list_watch(self):
        resources = api.discovery("/apis/project.openshift.io/v1")["resources"]
        self.assertEqual(
            resources,
            [
                {
                    "name": "projects",
                    "singularName": "project",
                    "namespaced": False,
                    "kind": "Project",
                    "verbs": ["get", "list", "watch"],
                }
            ],
        )
        self.assertIsNone(api.discovery("/apis/other.io/v1"))

    def test_forbidden_reads_as_openshifts(self):
        body = api.forbidden("bob", "get", "team-b")
        self.assertEqual(body["code"], 403)
        self.assertEqual(
            body["message"],
            'projects.project.openshift.io "team-b" is forbidden: User "bob" cannot '
            'get resource "projects" in API group "project.openshift.io" in the '
            'namespace "team-b"',
        )


class Watching(unittest.TestCase):
    def setUp(self):
        self.allowed = {"team-a"}
        self.sent = []
        self.watch = api.ProjectWatch(lambda name: name in self.allowed, self.sent.append)

    def types(self):
        return [(e["type"], e["object"]["metadata"].get("name")) for e in self.sent]

    def test_visible_namespaces_become_project_events_and_others_are_dropped(self):
        self.watch.on_event(event("ADDED", "team-a"))
        self.watch.on_event(event("ADDED", "team-b"))
        self.watch.on_event(event("MODIFIED", "team-a", phase="Terminating"))
        self.watch.on_event(event("DELETED", "team-a"))
        self.watch.on_event(event("DELETED", "team-b"))
        self.assertEqual(self.types(), [("ADDED", "team-a"), ("MODIFIED", "team-a"), ("DELETED", "team-a")])
        self.assertEqual(self.sent[1]["object"]["status"]["phase"], "Terminating")
        self.assertTrue(all(e["object"]["kind"] == "Project" for e in self.sent))

    def test_a_namespace_the_user_stops_seeing_is_deleted_and_one_they_start_seeing_added(self):
        self.watch.on_event(event("ADDED", "team-a"))
        self.allowed = {"team-b"}
        self.watch.on_event(event("MODIFIED", "team-a"))
        self.watch.on_event(event("MODIFIED", "team-b"))
        self.assertEqual(self.types(), [("ADDED", "team-a"), ("DELETED", "team-a"), ("ADDED", "team-b")])

    def test_an_rbac_change_adds_and_deletes_against_what_was_shown(self):
        watch = api.ProjectWatch(lambda name: True, self.sent.append, visible={"team-a"})
        watch.rbac_changed([namespace("team-a"), namespace("team-b")], {"team-b"})
        self.assertEqual(self.types(), [("ADDED", "team-b"), ("DELETED", "team-a")])
        self.sent.clear()
        watch.rbac_changed([namespace("team-a"), namespace("team-b")], {"team-b"})
        self.assertEqual(self.sent, [])

    def test_bookmarks_and_errors_pass_through(self):
        self.watch.on_event({"type": "BOOKMARK", "object": {"kind": "Namespace", "metadata": {"resourceVersion": "9"}}})
        self.watch.on_event({"type": "ERROR", "object": {"kind": "Status", "code": 410}})
        self.assertEqual(self.sent[0]["object"]["kind"], "Project")
        self.assertEqual(self.sent[0]["object"]["metadata"]["resourceVersion"], "9")
        self.assertEqual(self.sent[1], {"type": "ERROR", "object": {"kind": "Status", "code": 410}})


class FakeKube:
    """Answers SubjectAccessReviews from a table of (namespace or None) -> allowed."""

    def __init__(self, allowed):
        self.allowed = allowed
        self.reviews = []

    def call(self, method, path, body=None):
        attributes = body["spec"]["resourceAttributes"]
        self.reviews.append((body["spec"]["user"], attributes.get("namespace")))
        return {"status": {"allowed": self.allowed.get(attributes.get("namespace"), False)}}


class Visibility(unittest.TestCase):
    def test_a_user_sees_the_namespaces_they_may_get(self):
        kube = FakeKube({"team-a": True})
        seen = api.Access(kube).visible(api.User("alice", ["team-a-users"]), ["team-a", "team-b", "default"])
        self.assertEqual(seen, {"team-a"})
        self.assertIn(("alice", None), kube.reviews)

    def test_a_user_who_may_get_every_namespace_is_asked_once(self):
        kube = FakeKube({None: True})
        seen = api.Access(kube).visible(api.User("admin", ["system:masters"]), ["team-a", "team-b"])
        self.assertEqual(seen, {"team-a", "team-b"})
        self.assertEqual(kube.reviews, [("admin", None)])

    def test_the_user_comes_from_the_aggregators_headers(self):
        headers = email.message.Message()
        headers["X-Remote-User"] = "system:serviceaccount:team-a:trainer"
        headers["X-Remote-Group"] = "system:serviceaccounts"
        headers["X-Remote-Group"] = "system:authenticated"
        headers["X-Remote-Extra-Authentication.kubernetes.io%2fcredential-Id"] = "JTI=1"
        user = api.User.from_headers(headers)
        self.assertEqual(user.name, "system:serviceaccount:team-a:trainer")
        self.assertEqual(user.groups, ["system:serviceaccounts", "system:authenticated"])
        self.assertEqual(user.extra, {"authentication.kubernetes.io/credential-id": ["JTI=1"]})
        self.assertIsNone(api.User.from_headers(email.message.Message()))


class WebSocketFrames(unittest.TestCase):
    def test_the_accept_key_is_rfc_6455s(self):
        self.assertEqual(api.websocket_accept("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")

    def test_frames_of_every_length_encoding_read_back(self):
        for size in (5, 300, 70_000):
            payload = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
            self.assertEqual(api.read_websocket_frame(io.BytesIO(api.websocket_frame(payload))), (1, payload))

    def test_a_masked_client_close_frame_is_read(self):
        mask = b"\x01\x02\x03\x04"
        payload = b"\x03\xe8"
        frame = bytes([0x88, 0x80 | len(payload)]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.assertEqual(api.read_websocket_frame(io.BytesIO(frame)), (8, payload))
        self.assertIsNone(api.read_websocket_frame(io.BytesIO(b"")))


if __name__ == "__main__":
    unittest.main()
