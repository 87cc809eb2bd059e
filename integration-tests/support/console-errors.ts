/**
 * Which of the problems a browser reports during an e2e spec are the plugin's.
 *
 * In the console shell every problem counts: the shell itself logs nothing on a healthy page. A real
 * console (BRIDGE_BASE_ADDRESS) logs its own errors on a plain kube-apiserver (the current user
 * from user.openshift.io, infrastructures/cluster, OLM, image streams, a non-admin's namespace
 * watch refused with 403): there a problem counts only when it is the plugin's: it names the
 * plugin, comes from the plugin's files, is a failed request to the plugin's proxy or to an
 * object the plugin reads or writes, or is a JavaScript dialog. Either way a failure the spec provokes on purpose (declared as
 * an ExpectedFailure, and asserted by the spec) is not counted.
 *
 * Pure: no browser here, only what the browser reported.
 */
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

import {
  ClusterRoleModel,
  ConsoleLinkModel,
  ConsoleOperatorConfigModel,
  ConsolePluginModel,
  DataScienceClusterModel,
  MLflowConfigModel,
  MLflowModel,
  MLflowOperatorModel,
  PLUGIN_NAME,
  RoleBindingModel,
  SecretModel,
  ServiceAccountModel,
  StorageClassModel,
} from '../../src/core/k8s/models';

/** One thing the browser reported: an uncaught exception, a console error, a dialog. */
export interface BrowserProblem {
  kind: 'page error' | 'console error' | 'dialog';
  text: string;
  /** The script that logged it; for a failed request, the URL requested (as Chromium reports it). */
  url?: string;
  /** An uncaught exception's stack. */
  stack?: string;
}

/** A request the spec makes fail on purpose, e.g. a save that must meet a 409 Conflict. */
export interface ExpectedFailure {
  /** The status, or any of several (a proxy may answer 502 or 503 for a server that is down). */
  status: number | number[];
  /** Matched against the request's path (without the query). */
  path: RegExp;
  method?: string;
  /**
   * Allowed but not required: for a failure that only one of two correct paths meets (the plugin
   * may notice a change through its watch and not send the request that would fail).
   */
  optional?: boolean;
}

/** A response with an error status, as the browser received it. */
export interface FailedResponse {
  method: string;
  url: string;
  status: number;
}

const PLUGIN_FILES = `/api/plugins/${PLUGIN_NAME}/`;
const PLUGIN_PROXY = `/api/proxy/plugin/${PLUGIN_NAME}/`;

// The objects the plugin reads or writes. Not Namespaces and Projects: the console itself watches
// them on every page (and a non-admin's namespace watch is refused), and the plugin never asks for
// them through the API itself.
const PLUGIN_MODELS: K8sModel[] = [
  DataScienceClusterModel,
  MLflowModel,
  MLflowOperatorModel,
  MLflowConfigModel,
  ConsoleLinkModel,
  ConsolePluginModel,
  ConsoleOperatorConfigModel,
  RoleBindingModel,
  ClusterRoleModel,
  ServiceAccountModel,
  SecretModel,
  StorageClassModel,
];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLUGIN_OBJECT_PATHS = PLUGIN_MODELS.map(
  ({ apiGroup, plural }) =>
    new RegExp(
      `^/api/kubernetes/${apiGroup ? `apis/${escapeRegExp(apiGroup)}` : 'api'}/[^/]+/` +
        `(namespaces/[^/]+/)?${escapeRegExp(plural)}(/|$)`,
    ),
);

// "Failed to load resource: the server responded with a status of 409 (Conflict)": Chromium gives
// the URL as the message's location, not in its text.
const FAILED_LOAD = /^Failed to load resource: the server responded with a status of (\d{3})\b/;
// "WebSocket connection to 'wss://…' failed: Error during WebSocket handshake: Unexpected response
// code: 403": the URL is in the text.
const FAILED_SOCKET = /^WebSocket connection to '([^']+)' failed:.*?(?:response code: (\d{3}))?$/;

const pathOf = (url: string): string | undefined => {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
};

/** The request a problem reports as failed, if it reports one: its path and status. */
const failedRequestOf = (
  problem: BrowserProblem,
): { path?: string; status?: number } | undefined => {
  if (problem.kind !== 'console error') return undefined;
  const load = FAILED_LOAD.exec(problem.text);
  if (load) return { path: problem.url ? pathOf(problem.url) : undefined, status: Number(load[1]) };
  const socket = FAILED_SOCKET.exec(problem.text);
  if (socket) return { path: pathOf(socket[1]), status: socket[2] ? Number(socket[2]) : undefined };
  return undefined;
};

const isPluginPath = (path: string) =>
  path.startsWith(PLUGIN_PROXY) ||
  path.startsWith(PLUGIN_FILES) ||
  PLUGIN_OBJECT_PATHS.some((pattern) => pattern.test(path));

/** Whether a real console's problem is the plugin's (see the top of this file). */
export const isPluginProblem = (problem: BrowserProblem): boolean => {
  // The console opens no JavaScript dialogs: one is the plugin's, or a script injected through it.
  if (problem.kind === 'dialog') return true;
  const failed = failedRequestOf(problem);
  if (failed) return failed.path !== undefined && isPluginPath(failed.path);
  return (
    problem.text.includes(PLUGIN_NAME) ||
    Boolean(problem.url?.includes(PLUGIN_FILES)) ||
    Boolean(problem.stack?.includes(PLUGIN_FILES))
  );
};

const statusesOf = ({ status }: ExpectedFailure): number[] =>
  Array.isArray(status) ? status : [status];

/** Whether a problem only reports a failure the spec provoked on purpose. */
export const isExpectedFailure = (
  problem: BrowserProblem,
  expected: ExpectedFailure[],
): boolean => {
  const failed = failedRequestOf(problem);
  if (!failed?.path) return false;
  const { path, status } = failed;
  return expected.some(
    (e) => e.path.test(path) && (status === undefined || statusesOf(e).includes(status)),
  );
};

/** Whether a response is one of the failures the spec provoked. */
export const matchesFailure = (response: FailedResponse, failure: ExpectedFailure): boolean => {
  const path = pathOf(response.url);
  return (
    path !== undefined &&
    failure.path.test(path) &&
    statusesOf(failure).includes(response.status) &&
    (failure.method === undefined || failure.method.toUpperCase() === response.method.toUpperCase())
  );
};

/**
 * The problems that fail a spec: in the shell all of them, in a real console the plugin's; never
 * one that only reports an expected failure.
 */
export const countedProblems = (
  problems: BrowserProblem[],
  { realConsole, expected }: { realConsole: boolean; expected: ExpectedFailure[] },
): BrowserProblem[] =>
  problems.filter(
    (problem) =>
      !isExpectedFailure(problem, expected) && (!realConsole || isPluginProblem(problem)),
  );

/** One line per problem, as a failing assertion shows it. */
export const describeProblem = ({ kind, text, url }: BrowserProblem): string =>
  `${kind}: ${text}${url ? ` (${url})` : ''}`;
