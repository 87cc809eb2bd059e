/** Server-wide questions: server-info and the workspaces the caller may use. */
import type { CallOptions, MlflowClient } from './transport';
import { asArray, asString, parseWorkspace } from './wire';
import type { ServerInfo, Workspace } from './wire';

/** GET /ajax-api/3.0/mlflow/server-info: whether the server runs with workspaces (needs no auth). */
export const getServerInfo = async (
  client: MlflowClient,
  { signal }: CallOptions = {},
): Promise<ServerInfo> => {
  const body = await client.request({
    method: 'GET',
    path: '/ajax-api/3.0/mlflow/server-info',
    signal,
  });
  return {
    workspacesEnabled: body.workspaces_enabled === true,
    storeType: asString(body.store_type),
  };
};

/** GET /ajax-api/3.0/mlflow/workspaces: the namespaces the caller may use as workspaces. */
export const listWorkspaces = async (
  client: MlflowClient,
  { signal }: CallOptions = {},
): Promise<Workspace[]> => {
  const body = await client.request({
    method: 'GET',
    path: '/ajax-api/3.0/mlflow/workspaces',
    signal,
  });
  return asArray(body.workspaces).map(parseWorkspace);
};
