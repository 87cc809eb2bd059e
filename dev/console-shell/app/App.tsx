/**
 * The shell's frame: masthead (identity, theme), the admin perspective's nav, and the routes of the
 * plugins' console.page/route extensions next to the shell's few built-in pages.
 */
import { useExtensions, usePluginInfo, usePluginStore } from '@openshift/dynamic-plugin-sdk';
import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { Alert, Bullseye, Page, PageSection, Spinner } from '@patternfly/react-core';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';

import { ErrorBoundary } from './components/ErrorBoundary';
import { ShellMasthead } from './components/ShellMasthead';
import { ShellNav } from './components/ShellNav';
import { isModelFlag, isRoute } from './extensions';
import type { RouteExtension } from './extensions';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { QuickStartsPage } from './pages/QuickStartsPage';
import { ResourceDetailsPage } from './pages/ResourceDetailsPage';
import { ServiceAccountsPage } from './pages/ServiceAccountsPage';
import { getFlags, startModelFlags, subscribeFlags } from './sdk/flags';
import { rememberNamespace } from './sdk/namespace';
import { OverlayContainer } from './sdk/overlay';
import type { Session } from './session';

interface AppProps {
  session: Session;
  pluginsLoading: Promise<unknown>;
  manifestErrors: Record<string, string>;
}

/** Resolves the plugins' model flags and keeps the PluginStore's flags in step (extension gating). */
const useModelFlags = (): boolean => {
  const store = usePluginStore();
  const flagExtensions = useExtensions(isModelFlag);
  const [ready, setReady] = useState(false);
  const key = JSON.stringify(flagExtensions.map((e) => e.properties));
  useEffect(() => {
    const modelFlags = JSON.parse(key) as { flag: string; model: { kind: string } }[];
    const { ready: first, stop } = startModelFlags(modelFlags);
    void first.then(() => {
      setReady(true);
    });
    return stop;
  }, [key]);
  useEffect(() => {
    const push = () => {
      const flags = getFlags();
      store.setFeatureFlags(
        Object.fromEntries(Object.entries(flags).filter(([, v]) => typeof v === 'boolean')),
      );
    };
    push();
    return subscribeFlags(push);
  }, [store]);
  return ready;
};

const routePaths = (path: string | string[], exact?: boolean): string[] =>
  (Array.isArray(path) ? path : [path]).map((p) => (exact ? p : `${p.replace(/\/$/, '')}/*`));

const Loading = () => (
  <Bullseye>
    <Spinner aria-label="Loading" />
  </Bullseye>
);

/**
 * A route's page, fetched the first time the route is shown, as the console does: its code is not
 * loaded with the plugin, so the first visit pays for it (and the bench measures that).
 */
const lazyPages = new Map<string, LazyExoticComponent<ComponentType>>();
const lazyPage = (route: LoadedExtension<RouteExtension>) => {
  let page = lazyPages.get(route.uid);
  if (!page) {
    page = lazy(async () => ({ default: await route.properties.component() }));
    lazyPages.set(route.uid, page);
  }
  return page;
};

const ShellRoutes = ({ ready }: { ready: boolean }) => {
  const routes = useExtensions(isRoute);
  const location = useLocation();
  useEffect(() => {
    rememberNamespace(location.pathname);
  }, [location.pathname]);
  const pluginRoutes = useMemo(
    () =>
      routes
        .filter((r) => !r.properties.perspective || r.properties.perspective === 'admin')
        .flatMap((r) =>
          routePaths(r.properties.path, r.properties.exact).map((path) => {
            const Component = lazyPage(r);
            return (
              <Route
                key={`${r.uid}-${path}`}
                path={path}
                element={
                  <ErrorBoundary key={location.pathname}>
                    <Suspense fallback={<Loading />}>
                      <Component />
                    </Suspense>
                  </ErrorBoundary>
                }
              />
            );
          }),
        ),
    [routes, location.pathname],
  );
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/k8s/cluster/projects" replace />} />
      <Route path="/k8s/cluster/projects" element={<ProjectsPage kind="Project" />} />
      <Route path="/k8s/cluster/namespaces" element={<ProjectsPage kind="Namespace" />} />
      <Route
        path="/k8s/cluster/projects/:name/:tab?"
        element={<ResourceDetailsPage kind="Project" />}
      />
      <Route
        path="/k8s/cluster/namespaces/:name/:tab?"
        element={<ResourceDetailsPage kind="Namespace" />}
      />
      <Route path="/k8s/ns/:ns/serviceaccounts" element={<ServiceAccountsPage />} />
      <Route path="/quickstart" element={<QuickStartsPage />} />
      {pluginRoutes}
      {/* Until the plugins and their routes are in, an unknown path may still become a page. */}
      <Route path="*" element={ready ? <NotFoundPage /> : <Loading />} />
    </Routes>
  );
};

export const App = ({ session, pluginsLoading, manifestErrors }: AppProps) => {
  const [pluginsSettled, setPluginsSettled] = useState(false);
  useEffect(() => {
    void pluginsLoading.finally(() => {
      setPluginsSettled(true);
    });
  }, [pluginsLoading]);
  const flagsReady = useModelFlags();
  const pluginInfo = usePluginInfo();
  const failed = [
    ...Object.entries(manifestErrors).map(([name, message]) => ({ name, message })),
    ...pluginInfo.flatMap((p) =>
      p.status === 'failed' ? [{ name: p.manifest.name, message: p.errorMessage }] : [],
    ),
  ];
  // The console renders once its flags are known; plugin pages read them on first render.
  const ready = pluginsSettled && flagsReady;

  return (
    <BrowserRouter>
      <Page
        masthead={<ShellMasthead session={session} />}
        sidebar={<ShellNav />}
        isManagedSidebar
        mainContainerId="content"
      >
        {failed.map((f) => (
          <PageSection key={f.name}>
            <Alert variant="danger" isInline title={`Plugin ${f.name} could not be loaded`}>
              {f.message}
            </Alert>
          </PageSection>
        ))}
        {ready ? <ShellRoutes ready={ready} /> : <Loading />}
        <OverlayContainer />
      </Page>
    </BrowserRouter>
  );
};
