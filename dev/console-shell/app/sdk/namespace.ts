/**
 * useActiveNamespace: the console's active namespace comes from the URL (/k8s/ns/<ns>/..., a
 * project's or namespace's page) and otherwise from the last one chosen; '#ALL_NS#' means all.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';

export const ALL_NAMESPACES_KEY = '#ALL_NS#';
const STORAGE_KEY = 'console-shell.active-namespace';

let lastNamespace: string = localStorage.getItem(STORAGE_KEY) ?? ALL_NAMESPACES_KEY;
const listeners = new Set<() => void>();

export const namespaceFromPath = (pathname: string): string | undefined =>
  /^\/k8s\/ns\/([^/]+)/.exec(pathname)?.[1] ??
  /^\/k8s\/cluster\/(?:projects|namespaces)\/([^/]+)/.exec(pathname)?.[1];

const setLast = (ns: string): void => {
  lastNamespace = ns;
  localStorage.setItem(STORAGE_KEY, ns);
  listeners.forEach((l) => {
    l();
  });
};

export const useActiveNamespace = (): [string, (ns: string) => void] => {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const last = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => lastNamespace,
  );
  const fromPath = namespaceFromPath(pathname);
  const setActive = useCallback(
    (ns: string) => {
      setLast(ns);
      // On a namespaced page, switching the namespace switches the page, as in the console.
      const m = /^\/k8s\/ns\/[^/]+(\/.*)?$/.exec(pathname);
      if (m) {
        const rest = (m[1] as string | undefined) ?? '';
        void navigate(
          ns === ALL_NAMESPACES_KEY ? `/k8s/all-namespaces${rest}` : `/k8s/ns/${ns}${rest}`,
        );
      }
    },
    [navigate, pathname],
  );
  return [fromPath ?? last, setActive];
};

/** The shell remembers the namespace of the page being visited. */
export const rememberNamespace = (pathname: string): void => {
  const ns = namespaceFromPath(pathname);
  if (ns && ns !== lastNamespace) setLast(ns);
};
