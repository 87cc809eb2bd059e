/** ConsoleLinks as the e2e specs read, delete and put back the operator's `mlflow` link. */

export interface ConsoleLink {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: unknown[];
  };
  spec: {
    href: string;
    location: string;
    applicationMenu?: { section?: string };
  };
}

/** The link as its creator wrote it: what the apiserver adds (uid, resourceVersion, ...) left out. */
export const asWritten = ({ apiVersion, kind, metadata, spec }: ConsoleLink): ConsoleLink => ({
  apiVersion,
  kind,
  metadata: {
    name: metadata.name,
    ...(metadata.labels ? { labels: metadata.labels } : {}),
    ...(metadata.annotations ? { annotations: metadata.annotations } : {}),
    ...(metadata.ownerReferences ? { ownerReferences: metadata.ownerReferences } : {}),
  },
  spec,
});
