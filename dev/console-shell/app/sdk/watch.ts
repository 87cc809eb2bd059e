/**
 * useK8sWatchResource(s) on the real apiserver, shaped like the console's implementation
 * (frontend/packages/console-dynamic-plugin-sdk/src/app/k8s/actions/k8s.ts):
 * - a list is listed in pages of 250, then watched from the list's resourceVersion; the console
 *   watches over a websocket, and so does the shell (the server passes it to the apiserver); only
 *   when no websocket can be opened does it fall back to a streaming HTTP watch (JSON lines), which
 *   holds one of the browser's six connections to the host for as long as it runs;
 * - a single object (`name`) is fetched, re-fetched every 30 s, and watched through its list
 *   endpoint with fieldSelector=metadata.name=<name> (so the user needs `list`/`watch` for live
 *   updates, as in the console; without them the 30 s poll still runs);
 * - one watch per distinct query, shared by every component that asks for it (reference counted);
 * - result [data, loaded, loadError]: a list's data is [] until loaded; loadError is the HttpError of
 *   the failed request (response.status, json = the apiserver's Status); a missing model (no such
 *   kind in discovery, e.g. the CRD is not installed) gives loaded=true with a NoModelError.
 */
import type {
  K8sGroupVersionKind,
  K8sModel,
  K8sResourceCommon,
  ResourcesObject,
  WatchK8sResource,
  WatchK8sResources,
} from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useMemo, useReducer, useState } from 'react';

import { checkAccess } from './access-review';
import { HttpError, NoModelError } from './http-error';
import { modelFor, parseReference, resourceURL, selectorToString } from './k8s-model';
import { k8sGet, k8sList } from './k8s-resource';

type Data = K8sResourceCommon | K8sResourceCommon[] | null | undefined;
type Result = [Data, boolean, unknown];

const PAGE_SIZE = 250;
const OBJECT_POLL_MS = 30_000;
// As the console: a failed list is retried after 15 s.
const LIST_RETRY_MS = 15_000;
const WATCH_RETRY_MS = 15_000;
const NOTIFY_DEBOUNCE_MS = 50;

// Results before anything arrived: stable identities, so consumers' effects do not re-run.
const EMPTY_LIST: K8sResourceCommon[] = [];
const EMPTY_OBJECT = {} as K8sResourceCommon;

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

interface Query {
  ns?: string;
  name?: string;
  labelSelector?: WatchK8sResource['selector'];
  fieldSelector?: string;
  limit?: number;
}

interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: K8sResourceCommon & { code?: number; message?: string };
}

interface StreamEnd {
  resourceVersion?: string;
  expired: boolean;
}

const keyOf = (o: K8sResourceCommon): string =>
  `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

class Watch {
  data: Data;
  loaded = false;
  loadError: unknown = '';
  refs = 0;
  private readonly listeners = new Set<() => void>();
  private readonly controller = new AbortController();
  private readonly items = new Map<string, K8sResourceCommon>();
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly model: K8sModel,
    private readonly query: Query,
    private readonly isList: boolean,
  ) {
    this.data = isList ? EMPTY_LIST : null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(now = false): void {
    if (this.isList) this.data = [...this.items.values()];
    if (now) {
      this.listeners.forEach((l) => {
        l();
      });
      return;
    }
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      this.listeners.forEach((l) => {
        l();
      });
    }, NOTIFY_DEBOUNCE_MS);
  }

  start(): void {
    if (this.isList) void this.runList();
    else void this.runObject();
  }

  stop(): void {
    this.controller.abort();
    clearTimeout(this.notifyTimer);
    this.listeners.clear();
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** A call, not a property: TypeScript would keep a narrowed `aborted` across awaits. */
  private stopped(): boolean {
    return this.controller.signal.aborted;
  }

  private watchURL(resourceVersion?: string, extraFieldSelector?: string): string {
    const params = new URLSearchParams({ watch: 'true', allowWatchBookmarks: 'true' });
    const { labelSelector, ns } = this.query;
    const label = labelSelector ? selectorToString(labelSelector) : '';
    if (label) params.set('labelSelector', label);
    const fieldSelector = extraFieldSelector ?? this.query.fieldSelector;
    if (fieldSelector) params.set('fieldSelector', fieldSelector);
    if (resourceVersion) params.set('resourceVersion', resourceVersion);
    return `${resourceURL(this.model, { ns })}?${params.toString()}`;
  }

  /**
   * Runs one watch request: calls onEvent per event and resolves with the last resourceVersion
   * when the apiserver ends the watch, or with `expired` when the version is too old (410).
   */
  private async stream(url: string, onEvent: (e: WatchEvent) => void): Promise<StreamEnd> {
    const overSocket = await this.streamOverWebSocket(url, onEvent);
    return overSocket ?? this.streamOverHttp(url, onEvent);
  }

  /** The watch as the console runs it; undefined when the socket could not be opened at all. */
  private streamOverWebSocket(
    url: string,
    onEvent: (e: WatchEvent) => void,
  ): Promise<StreamEnd | undefined> {
    return new Promise((resolve) => {
      const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
      const socket = new WebSocket(`${scheme}//${window.location.host}${url}`);
      let opened = false;
      let resourceVersion: string | undefined;
      const finish = (end: StreamEnd | undefined) => {
        this.signal.removeEventListener('abort', onAbort);
        socket.onmessage = null;
        socket.onclose = null;
        resolve(end);
      };
      const onAbort = () => {
        socket.close();
        finish({ resourceVersion, expired: false });
      };
      this.signal.addEventListener('abort', onAbort);
      socket.onopen = () => {
        opened = true;
      };
      socket.onmessage = (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as WatchEvent;
        if (event.type === 'ERROR') {
          socket.close();
          // 410 Gone: the version is too old; anything else: start over from a fresh list too.
          finish({ resourceVersion, expired: true });
          return;
        }
        resourceVersion = event.object.metadata?.resourceVersion ?? resourceVersion;
        if (event.type !== 'BOOKMARK') onEvent(event);
      };
      // Refused before opening (no `watch` permission, an older shell server): let HTTP say why.
      socket.onclose = () => {
        finish(opened ? { resourceVersion, expired: false } : undefined);
      };
    });
  }

  private async streamOverHttp(url: string, onEvent: (e: WatchEvent) => void): Promise<StreamEnd> {
    const response = await fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal: this.signal,
    });
    if (!response.ok || !response.body) {
      throw new HttpError(response.statusText, response.status, response);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let resourceVersion: string | undefined;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (!line) continue;
        const event = JSON.parse(line) as WatchEvent;
        if (event.type === 'ERROR') {
          await reader.cancel();
          // 410 Gone: the version is too old; anything else: start over from a fresh list too.
          return { resourceVersion, expired: true };
        }
        resourceVersion = event.object.metadata?.resourceVersion ?? resourceVersion;
        if (event.type !== 'BOOKMARK') onEvent(event);
      }
    }
    return { resourceVersion, expired: false };
  }

  private async listAll(): Promise<string | undefined> {
    const { ns, labelSelector, fieldSelector, limit } = this.query;
    let continueToken = '';
    const fresh = new Map<string, K8sResourceCommon>();
    let resourceVersion: string | undefined;
    do {
      const queryParams: Record<string, unknown> = {
        limit: limit ?? PAGE_SIZE,
        ...(ns ? { ns } : {}),
        ...(labelSelector ? { labelSelector } : {}),
        ...(fieldSelector ? { fieldSelector } : {}),
        ...(continueToken ? { continue: continueToken } : {}),
      };
      const page = (await k8sList({
        model: this.model,
        queryParams,
        raw: true,
        requestInit: { signal: this.signal },
      })) as {
        items?: K8sResourceCommon[];
        metadata?: { continue?: string; resourceVersion?: string };
      };
      (page.items ?? []).forEach((i) => fresh.set(keyOf(i), i));
      continueToken = page.metadata?.continue ?? '';
      resourceVersion = page.metadata?.resourceVersion;
    } while (continueToken && !this.stopped());
    this.items.clear();
    fresh.forEach((v, k) => this.items.set(k, v));
    return resourceVersion;
  }

  private async runList(): Promise<void> {
    while (!this.stopped()) {
      let resourceVersion: string | undefined;
      try {
        resourceVersion = await this.listAll();
        if (this.stopped()) return;
        this.loaded = true;
        this.loadError = '';
        this.notify(true);
      } catch (e) {
        if (this.stopped()) return;
        this.loadError = e;
        this.notify(true);
        await sleep(LIST_RETRY_MS, this.signal);
        continue;
      }
      if (this.model.verbs && !this.model.verbs.includes('watch')) {
        await sleep(WATCH_RETRY_MS, this.signal);
        continue;
      }
      // Watch until the version expires or the watch fails; a stream the apiserver simply ends
      // (its request timeout) is resumed from the last version seen.
      try {
        for (;;) {
          const r = await this.stream(this.watchURL(resourceVersion), (e) => {
            if (e.type === 'DELETED') this.items.delete(keyOf(e.object));
            else this.items.set(keyOf(e.object), e.object);
            this.notify();
          });
          if (this.stopped() || r.expired) break;
          resourceVersion = r.resourceVersion ?? resourceVersion;
        }
      } catch (e) {
        if (this.stopped()) return;
        // The watch could not be opened or broke (apiserver restarted, no `watch` permission):
        // poll by listing again after a while, as the console falls back to polling.
        console.warn(`[console-shell] watch of ${this.model.kind} failed, relisting`, e);
        await sleep(WATCH_RETRY_MS, this.signal);
      }
    }
  }

  private async getObject(): Promise<void> {
    try {
      const obj = await k8sGet<K8sResourceCommon>({
        model: this.model,
        name: this.query.name,
        ns: this.model.namespaced ? this.query.ns : undefined,
        requestInit: { signal: this.signal },
      });
      if (this.stopped()) return;
      this.data = obj;
      this.loaded = true;
      this.loadError = '';
    } catch (e) {
      if (this.stopped()) return;
      this.loadError = e;
    }
    this.notify(true);
  }

  private async runObject(): Promise<void> {
    const poller = setInterval(() => void this.getObject(), OBJECT_POLL_MS);
    this.signal.addEventListener('abort', () => {
      clearInterval(poller);
    });
    await this.getObject();
    if (this.model.verbs && !this.model.verbs.includes('watch')) return;
    if (this.model.namespaced && !this.query.ns) {
      console.error(
        'Namespace required to watch namespaced resource: ',
        this.model.kind,
        this.query.name,
      );
      return;
    }
    // The console opens the watch regardless and lets it fail; the shell asks first, so that a user
    // without `watch` (a project admin on a cluster-scoped kind) gets the 30 s poll without a
    // failing request in the browser's console every few seconds.
    try {
      const review = await checkAccess({
        group: this.model.apiGroup,
        resource: this.model.plural,
        verb: 'watch',
        namespace: this.model.namespaced ? this.query.ns : undefined,
      });
      if (!review.status?.allowed) return;
    } catch {
      // No answer: try the watch anyway.
    }
    if (this.stopped()) return;
    const byName = `metadata.name=${this.query.name ?? ''}`;
    let resourceVersion: string | undefined;
    while (!this.stopped()) {
      try {
        const r = await this.stream(this.watchURL(resourceVersion, byName), (e) => {
          if (e.type === 'DELETED') {
            // Ask again at once: the answer (404) becomes loadError.
            void this.getObject();
            return;
          }
          this.data = e.object;
          this.loaded = true;
          this.loadError = '';
          this.notify();
        });
        resourceVersion = r.expired ? undefined : (r.resourceVersion ?? resourceVersion);
      } catch {
        if (this.stopped()) return;
        resourceVersion = undefined;
        await sleep(WATCH_RETRY_MS, this.signal);
      }
    }
  }
}

const watches = new Map<string, Watch>();

const acquire = (id: string, create: () => Watch): Watch => {
  let w = watches.get(id);
  if (!w) {
    w = create();
    watches.set(id, w);
    w.start();
  }
  w.refs += 1;
  return w;
};

const release = (id: string): void => {
  const w = watches.get(id);
  if (!w) return;
  w.refs -= 1;
  if (w.refs <= 0) {
    w.stop();
    watches.delete(id);
  }
};

// --- models ---------------------------------------------------------------------------------------

type ModelState =
  | { status: 'pending' }
  | { status: 'ok'; model: K8sModel }
  | { status: 'missing' }
  | { status: 'error'; error: unknown };

const gvkOf = (resource: WatchK8sResource): K8sGroupVersionKind | undefined => {
  if (resource.groupVersionKind) return resource.groupVersionKind;
  // The deprecated `kind` ('group~version~Kind' or a core kind) still works in the console.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const ref = resource.kind;
  if (ref) return parseReference(ref) ?? { version: 'v1', kind: ref };
  return undefined;
};
const gvkKey = (gvk: K8sGroupVersionKind): string =>
  `${gvk.group && gvk.group !== 'core' ? gvk.group : 'core'}~${gvk.version}~${gvk.kind}`;

const useModels = (gvks: K8sGroupVersionKind[]): Partial<Record<string, ModelState>> => {
  const [models, setModels] = useState<Partial<Record<string, ModelState>>>({});
  const keys = gvks.map(gvkKey).join('|');
  useEffect(() => {
    let cancelled = false;
    gvks.forEach((gvk) => {
      const key = gvkKey(gvk);
      modelFor(gvk).then(
        (model) => {
          if (!cancelled) {
            setModels((m) => ({
              ...m,
              [key]: model ? { status: 'ok', model } : { status: 'missing' },
            }));
          }
        },
        (error: unknown) => {
          if (!cancelled) setModels((m) => ({ ...m, [key]: { status: 'error', error } }));
        },
      );
    });
    return () => {
      cancelled = true;
    };
    // gvks is described completely by keys.
  }, [keys]);
  return models;
};

const queryOf = (r: WatchK8sResource): Query => ({
  ...(r.namespace ? { ns: r.namespace } : {}),
  ...(r.name ? { name: r.name } : {}),
  ...(r.selector && Object.keys(r.selector).length ? { labelSelector: r.selector } : {}),
  ...(r.fieldSelector ? { fieldSelector: r.fieldSelector } : {}),
  ...(r.limit ? { limit: r.limit } : {}),
});

const watchId = (model: K8sModel, r: WatchK8sResource): string =>
  `${gvkKey({ group: model.apiGroup, version: model.apiVersion, kind: model.kind })}---${JSON.stringify(
    queryOf(r),
  )}---${r.isList ? 'list' : 'object'}`;

/** The shared implementation of both hooks: one result per key. */
const useWatches = (
  resources: Record<string, WatchK8sResource | null | undefined>,
): Record<string, Result> => {
  const json = JSON.stringify(resources);
  // Deep-compare the argument: callers build it inline on every render.
  const stable = useMemo(
    () => JSON.parse(json) as Record<string, WatchK8sResource | null | undefined>,
    [json],
  );
  const gvks = useMemo(
    () =>
      Object.values(stable)
        .map((r) => (r ? gvkOf(r) : undefined))
        .filter((g): g is K8sGroupVersionKind => Boolean(g)),
    [stable],
  );
  const models = useModels(gvks);

  const ids: Record<string, string | undefined> = {};
  for (const [key, r] of Object.entries(stable)) {
    const gvk = r ? gvkOf(r) : undefined;
    const m = gvk ? models[gvkKey(gvk)] : undefined;
    ids[key] = r && m?.status === 'ok' ? watchId(m.model, r) : undefined;
  }
  const idsJson = JSON.stringify(ids);

  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const current = JSON.parse(idsJson) as Record<string, string | undefined>;
    const unsubscribers: (() => void)[] = [];
    const acquired: string[] = [];
    for (const [key, id] of Object.entries(current)) {
      const r = stable[key];
      if (!id || !r) continue;
      const gvk = gvkOf(r);
      const m = gvk ? models[gvkKey(gvk)] : undefined;
      if (m?.status !== 'ok') continue;
      const w = acquire(id, () => new Watch(m.model, queryOf(r), Boolean(r.isList)));
      acquired.push(id);
      unsubscribers.push(w.subscribe(rerender));
    }
    rerender();
    return () => {
      unsubscribers.forEach((u) => {
        u();
      });
      acquired.forEach(release);
    };
    // The watches are fully described by idsJson.
  }, [idsJson]);

  const results: Record<string, Result> = {};
  for (const [key, r] of Object.entries(stable)) {
    if (!r) {
      results[key] = [undefined, true, undefined];
      continue;
    }
    const empty = r.isList ? EMPTY_LIST : EMPTY_OBJECT;
    const gvk = gvkOf(r);
    const m = gvk ? models[gvkKey(gvk)] : undefined;
    const id = ids[key];
    const w = id ? watches.get(id) : undefined;
    if (m?.status === 'missing') results[key] = [empty, true, new NoModelError()];
    else if (m?.status === 'error') results[key] = [empty, false, m.error];
    else if (!w) results[key] = [empty, false, undefined];
    else results[key] = [w.data, w.loaded, w.loadError];
  }
  return results;
};

// The SDK lets the caller name the resource type R; the data is whatever the apiserver sent, so the
// shell can no more check it is an R than the console can: hence the casts below. The load error is
// `unknown` (the SDK says `any`), so that the shell's own pages look before they use it.
type ShellWatchResult<R> = [R, boolean, unknown];
type ShellWatchResults<R extends ResourcesObject> = {
  [K in keyof R]: { data: R[K]; loaded: boolean; loadError: unknown };
};

export const useK8sWatchResource = <R extends K8sResourceCommon | K8sResourceCommon[]>(
  initResource: WatchK8sResource | null,
): ShellWatchResult<R> => {
  const results = useWatches({ resource: initResource });
  const [data, loaded, loadError] = results.resource;
  return useMemo<ShellWatchResult<R>>(
    () => [data as R, loaded, loadError],
    [data, loaded, loadError],
  );
};

export const useK8sWatchResources = <R extends ResourcesObject>(
  initResources: WatchK8sResources<R>,
): ShellWatchResults<R> => {
  const results = useWatches(initResources);
  return Object.fromEntries(
    Object.entries(results).map(([key, [data, loaded, loadError]]) => [
      key,
      { data, loaded, loadError },
    ]),
  ) as ShellWatchResults<R>;
};
