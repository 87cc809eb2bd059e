/**
 * Feature flags. The console sets a `console.flag/model` flag once discovery shows the model's kind,
 * and keeps discovery fresh, so a CRD installed later turns the flag on. The shell re-checks every
 * few seconds. useFlag gives undefined until the first answer, like the console's pending flags.
 */
import { useSyncExternalStore } from 'react';

import { modelFor } from './k8s-model';

export interface ModelFlag {
  flag: string;
  model: { group?: string; version?: string; kind: string };
}

const FLAG_POLL_MS = 5_000;

// A flag not resolved yet is absent: reading it gives undefined, as the console's useFlag does,
// though the SDK's type says boolean.
let flags: Record<string, boolean> = {};
const listeners = new Set<() => void>();

const setFlags = (next: Record<string, boolean>): void => {
  const changed = Object.entries(next).some(([k, v]) => flags[k] !== v);
  if (!changed) return;
  flags = { ...flags, ...next };
  listeners.forEach((l) => {
    l();
  });
};

export const getFlags = (): Record<string, boolean | undefined> => flags;

export const subscribeFlags = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useFlag = (flag: string): boolean =>
  useSyncExternalStore(subscribeFlags, () => flags[flag]);

const checkModel = async ({ model }: ModelFlag): Promise<boolean> => {
  const { group, version, kind } = model;
  if (version) return Boolean(await modelFor({ group, version, kind }, { fresh: true }));
  // A model without a version: any version the group serves.
  const groupInfo = await fetch(`/api/kubernetes/apis`, { credentials: 'same-origin' });
  if (!groupInfo.ok) throw new Error(`Discovery of /apis failed: ${String(groupInfo.status)}`);
  const { groups = [] } = (await groupInfo.json()) as {
    groups?: { name: string; versions?: { version: string }[] }[];
  };
  const versions = groups.find((g) => g.name === group)?.versions ?? [];
  for (const v of versions) {
    if (await modelFor({ group, version: v.version, kind }, { fresh: true })) return true;
  }
  return false;
};

/**
 * Starts resolving the given model flags (from the plugins' console.flag/model extensions);
 * resolves once every flag has a first value. Returns a function that stops the polling.
 */
export const startModelFlags = (
  modelFlags: ModelFlag[],
): { ready: Promise<void>; stop: () => void } => {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const checkAll = async (): Promise<void> => {
    const next: Record<string, boolean> = {};
    await Promise.all(
      modelFlags.map(async (f) => {
        try {
          next[f.flag] = await checkModel(f);
        } catch (e) {
          // Discovery failed (apiserver down): keep the last value and try again.
          console.warn(`[console-shell] could not check flag ${f.flag}`, e);
        }
      }),
    );
    if (!stopped) setFlags(next);
  };
  const loop = async (): Promise<void> => {
    await checkAll();
    if (!stopped) timer = setTimeout(() => void loop(), FLAG_POLL_MS);
  };
  const ready = checkAll().then(() => {
    if (!stopped) timer = setTimeout(() => void loop(), FLAG_POLL_MS);
  });
  return {
    ready,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
};
