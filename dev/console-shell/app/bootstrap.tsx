/**
 * Starts the shell the way the console starts its plugins (frontend/public/plugins.ts): initialise
 * the webpack share scope, hand it to a PluginStore, load each plugin from its manifest at
 * /api/plugins/<name>/plugin-manifest.json and enable it.
 */
import { PluginStore, PluginStoreProvider } from '@openshift/dynamic-plugin-sdk';
import { createRoot } from 'react-dom/client';

// Puts the console's shared modules that the shell does not use itself into the share scope.
import './console-shared-modules';
import { App } from './App';
import { initI18n, loadPluginLocales } from './i18n';
import { initialLanguage } from './language';
import { startTimestampTick } from './sdk/components';
import type { Session } from './session';
import { CONSOLE_PROVIDED_PATTERNFLY, limitShareScope } from './share-scope';
import { applyTheme, initialTheme } from './theme';

const main = async (): Promise<void> => {
  applyTheme(initialTheme());
  const session = (await (
    await fetch('/shell/session', { credentials: 'same-origin' })
  ).json()) as Session;

  await __webpack_init_sharing__('default');
  const scope = __webpack_share_scopes__.default;
  // react-router 7 is react-router-dom too: the console serves both names from one module.
  scope['react-router-dom'] = scope['react-router'];
  // PatternFly: only the modules the console 4.22 provides (share-scope.ts).
  limitShareScope(scope, CONSOLE_PROVIDED_PATTERNFLY);
  const store = new PluginStore({
    loaderOptions: {
      sharedScope: scope,
      entryCallbackSettings: { name: '__load_plugin_entry__' },
      fetchImpl: (url, requestInit) =>
        fetch(url, { ...requestInit, cache: 'no-cache', credentials: 'same-origin' }),
      // The console resolves a plugin's dependency on the console itself to its own version.
      customDependencyResolutions: { '@console/pluginAPI': '4.22.0' },
    },
  });
  await initI18n(initialLanguage());

  const loadErrors: Record<string, string> = {};
  const loading = Promise.all(
    session.plugins.map(async (name) => {
      try {
        await loadPluginLocales(name);
        await store.loadPlugin(`/api/plugins/${name}/plugin-manifest.json`);
        store.enablePlugins([name]);
      } catch (e) {
        loadErrors[name] = e instanceof Error ? e.message : String(e);
        console.error(`[console-shell] plugin ${name} could not be loaded`, e);
      }
    }),
  );

  const container = document.getElementById('app');
  if (!container) throw new Error('no #app element');
  // As the console's app start: timestamps move on every 10 s from now on.
  startTimestampTick();
  createRoot(container).render(
    <PluginStoreProvider store={store}>
      <App session={session} pluginsLoading={loading} manifestErrors={loadErrors} />
    </PluginStoreProvider>,
  );
};

void main();
