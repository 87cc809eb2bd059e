/**
 * The OpenShift AI releases that ship MLflow, oldest first, with the MLflow each installs
 * (red-hat-data-services/mlflow-operator, config/component_metadata.yaml of the release branch).
 * A feature the installed release lacks names the first release that has it.
 */
export interface ReleaseLine {
  id: 'rhoai-3.4' | 'rhoai-3.5' | 'rhoai-3.6';
  /** The product as the admin knows it. */
  product: string;
  /** The MLflow minor it ships. */
  mlflow: string;
}

export const RELEASE_LINES: readonly ReleaseLine[] = [
  { id: 'rhoai-3.4', product: 'OpenShift AI 3.4', mlflow: '3.10' },
  { id: 'rhoai-3.5', product: 'OpenShift AI 3.5', mlflow: '3.14' },
  { id: 'rhoai-3.6', product: 'OpenShift AI 3.6', mlflow: '3.17' },
];

export type ReleaseId = ReleaseLine['id'];

export const releaseLine = (id: ReleaseId): ReleaseLine =>
  RELEASE_LINES.find((line) => line.id === id) ?? RELEASE_LINES[RELEASE_LINES.length - 1];

/** A dotted version as numbers ("3.10.1" → [3, 10, 1]); undefined when it is no version. */
export const parseVersion = (text: string | undefined): number[] | undefined => {
  const match = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text ?? '');
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 0];
};

/** Whether version a is at least version b (missing parts count as 0). */
export const versionAtLeast = (a: readonly number[], b: readonly number[]): boolean => {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
};
