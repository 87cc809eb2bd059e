/**
 * @jest-environment node
 *
 * The e2e ring's error check against what the real console 4.22 logged on the local stack (issue
 * 14): its own errors are not the plugin's; the plugin's are; a failure a spec provokes is neither.
 */
import type { BrowserProblem, ExpectedFailure } from './console-errors';
import {
  countedProblems,
  describeProblem,
  isPluginProblem,
  matchesFailure,
} from './console-errors';

const CONSOLE = 'http://localhost:9000';
const failedLoad = (status: string, path: string): BrowserProblem => ({
  kind: 'console error',
  text: `Failed to load resource: the server responded with a status of ${status}`,
  url: `${CONSOLE}${path}`,
});
const CONSOLE_SCRIPT = `${CONSOLE}/static/main-0123abcd.js`;

// What the console logs by itself on a plain kube-apiserver, with or without the plugin.
const CONSOLE_NOISE: [string, BrowserProblem][] = [
  [
    'the current user',
    failedLoad('404 (Not Found)', '/api/kubernetes/apis/user.openshift.io/v1/users/~'),
  ],
  [
    'the cluster infrastructure',
    failedLoad(
      '404 (Not Found)',
      '/api/kubernetes/apis/config.openshift.io/v1/infrastructures/cluster',
    ),
  ],
  [
    'OLM',
    failedLoad(
      '404 (Not Found)',
      '/api/kubernetes/apis/operators.coreos.com/v1alpha1/clusterserviceversions',
    ),
  ],
  [
    'OLM package manifests',
    failedLoad(
      '404 (Not Found)',
      '/api/kubernetes/apis/packages.operators.coreos.com/v1/namespaces/team-a/packagemanifests',
    ),
  ],
  [
    'image streams',
    failedLoad(
      '404 (Not Found)',
      '/api/kubernetes/apis/image.openshift.io/v1/namespaces/openshift/imagestreams',
    ),
  ],
  [
    "a non-admin's namespace watch",
    {
      kind: 'console error',
      text: "WebSocket connection to 'ws://localhost:9000/api/kubernetes/api/v1/namespaces?watch=true&resourceVersion=4021' failed: Error during WebSocket handshake: Unexpected response code: 403",
      url: CONSOLE_SCRIPT,
    },
  ],
  [
    "a non-admin's namespace list",
    failedLoad('403 (Forbidden)', '/api/kubernetes/api/v1/namespaces'),
  ],
  [
    "the console's own logged error",
    {
      kind: 'console error',
      text: 'Error fetching the cluster version: Not Found',
      url: CONSOLE_SCRIPT,
    },
  ],
  [
    "the console's own uncaught exception",
    {
      kind: 'page error',
      text: "Cannot read properties of undefined (reading 'status')",
      stack: `TypeError: Cannot read properties of undefined (reading 'status')\n    at u (${CONSOLE_SCRIPT}:1:2345)`,
    },
  ],
];

// What the plugin causes, and a real console must not hide.
const PLUGIN_PROBLEMS: [string, BrowserProblem][] = [
  [
    'a missing translation key',
    {
      kind: 'console error',
      text: 'Missing i18n key "cluster default" in namespace "plugin__mlflow-console-plugin" and language "en".',
      url: CONSOLE_SCRIPT,
    },
  ],
  [
    'an exception thrown in its code',
    {
      kind: 'page error',
      text: "Cannot read properties of undefined (reading 'conditions')",
      stack: `TypeError: Cannot read properties of undefined (reading 'conditions')\n    at f (${CONSOLE}/api/plugins/mlflow-console-plugin/exposed-AdminPage-chunk-12ab.min.js:1:99)`,
    },
  ],
  [
    'an error it logs',
    {
      kind: 'console error',
      text: 'Unexpected answer',
      url: `${CONSOLE}/api/plugins/mlflow-console-plugin/exposed-MlflowTab-chunk-34cd.min.js`,
    },
  ],
  [
    'a failed request to MLflow through its proxy',
    failedLoad(
      '502 (Bad Gateway)',
      '/api/proxy/plugin/mlflow-console-plugin/mlflow/mlflow/ajax-api/2.0/mlflow/experiments/search',
    ),
  ],
  [
    'a failed write of the MLflow instance',
    failedLoad('409 (Conflict)', '/api/kubernetes/apis/mlflow.opendatahub.io/v1/mlflows/mlflow'),
  ],
  [
    'a failed read of a namespaced object it reads',
    failedLoad(
      '403 (Forbidden)',
      '/api/kubernetes/apis/rbac.authorization.k8s.io/v1/namespaces/team-a/rolebindings',
    ),
  ],
  [
    'a refused watch of an object it reads',
    {
      kind: 'console error',
      text: "WebSocket connection to 'ws://localhost:9000/api/kubernetes/apis/datasciencecluster.opendatahub.io/v2/datascienceclusters?watch=true' failed: Error during WebSocket handshake: Unexpected response code: 403",
      url: CONSOLE_SCRIPT,
    },
  ],
  // The console opens none: a dialog is a script injected through the plugin (the hostile-names spec).
  ['a dialog', { kind: 'dialog', text: '1' }],
];

const CONFLICT: ExpectedFailure = {
  method: 'PATCH',
  status: 409,
  path: /^\/api\/kubernetes\/apis\/mlflow\.opendatahub\.io\/v1\/mlflows\/mlflow$/,
};

describe('against a real console', () => {
  it.each(CONSOLE_NOISE)('does not count the console’s own error about %s', (_, problem) => {
    expect(isPluginProblem(problem)).toBe(false);
    expect(countedProblems([problem], { realConsole: true, expected: [] })).toEqual([]);
  });

  it.each(PLUGIN_PROBLEMS)('counts %s', (_, problem) => {
    expect(isPluginProblem(problem)).toBe(true);
    expect(countedProblems([problem], { realConsole: true, expected: [] })).toEqual([problem]);
  });

  it('picks the plugin’s problem out of the console’s noise', () => {
    const missingKey = PLUGIN_PROBLEMS[0][1];
    const problems = [...CONSOLE_NOISE.map(([, p]) => p), missingKey];
    expect(countedProblems(problems, { realConsole: true, expected: [] })).toEqual([missingKey]);
  });
});

describe('in the console shell', () => {
  it('counts every problem, the console’s kind included', () => {
    const problems = [...CONSOLE_NOISE, ...PLUGIN_PROBLEMS].map(([, p]) => p);
    expect(countedProblems(problems, { realConsole: false, expected: [] })).toEqual(problems);
  });
});

describe('a failure the spec provokes', () => {
  const conflictLogged = failedLoad(
    '409 (Conflict)',
    '/api/kubernetes/apis/mlflow.opendatahub.io/v1/mlflows/mlflow',
  );

  it.each([true, false])('is not counted once declared (real console: %s)', (realConsole) => {
    expect(countedProblems([conflictLogged], { realConsole, expected: [CONFLICT] })).toEqual([]);
  });

  it('excuses only that failure: another status or another object still counts', () => {
    const otherStatus = failedLoad(
      '422 (Unprocessable Entity)',
      '/api/kubernetes/apis/mlflow.opendatahub.io/v1/mlflows/mlflow',
    );
    const otherObject = failedLoad(
      '409 (Conflict)',
      '/api/kubernetes/apis/datasciencecluster.opendatahub.io/v2/datascienceclusters/default-dsc',
    );
    expect(
      countedProblems([otherStatus, otherObject], { realConsole: false, expected: [CONFLICT] }),
    ).toEqual([otherStatus, otherObject]);
  });

  it('is recognised among the responses by method, path and status', () => {
    const url = `${CONSOLE}/api/kubernetes/apis/mlflow.opendatahub.io/v1/mlflows/mlflow?fieldManager=x`;
    expect(matchesFailure({ method: 'PATCH', url, status: 409 }, CONFLICT)).toBe(true);
    expect(matchesFailure({ method: 'PUT', url, status: 409 }, CONFLICT)).toBe(false);
    expect(matchesFailure({ method: 'PATCH', url, status: 200 }, CONFLICT)).toBe(false);
  });
});

it('describes a problem with where it came from', () => {
  expect(describeProblem(failedLoad('409 (Conflict)', '/x'))).toBe(
    `console error: Failed to load resource: the server responded with a status of 409 (Conflict) (${CONSOLE}/x)`,
  );
});
