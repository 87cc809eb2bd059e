/** The console page of a Pod's Logs tab: a plugin cannot read logs cheaply, the console can. */
export const podLogsPath = (namespace: string, name: string): string =>
  `/k8s/ns/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}/logs`;
