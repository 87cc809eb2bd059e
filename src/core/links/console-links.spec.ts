import type { ConsoleLink } from '@/core/k8s/types';

import {
  buildConsoleLink,
  defaultApplicationMenuSection,
  deriveConsoleLinkAction,
  findMlflowConsoleLinks,
  isHttpsUrl,
  isPluginConsoleLink,
  MLFLOW_ICON_DATA_URI,
  pluginLinkManager,
} from './console-links';

const MLFLOW_URL = 'https://data-science-gateway.apps.cluster.example.com/mlflow';

const link = (
  name: string,
  href: string,
  extra: Partial<ConsoleLink['metadata']> = {},
  location: ConsoleLink['spec']['location'] = 'ApplicationMenu',
): ConsoleLink => ({
  metadata: { name, ...extra },
  spec: { text: name, href, location, applicationMenu: { section: 'OpenShift AI' } },
});

/** The operator's link as the stack's demo (and a real cluster) has it. */
const operatorLink = link('mlflow', MLFLOW_URL, { labels: { app: 'mlflow' } });
const pluginLink = buildConsoleLink({ href: MLFLOW_URL, section: 'OpenShift AI' });
const unrelated = link('grafana', 'https://grafana.example.com');
/**
 * The chart's link as `helm install mlflow-ui charts/mlflow-console-plugin --set consoleLink...`
 * makes it (labels of templates/_helpers.tpl, plus app: mlflow; scripts/chart/test-chart.sh checks
 * the rendered ones), with an href other than the instance's status.url.
 */
const chartLink = link('mlflow-console-plugin', 'https://mlflow.apps.example.com/', {
  labels: {
    'app.kubernetes.io/name': 'mlflow-console-plugin',
    'app.kubernetes.io/instance': 'mlflow-ui',
    'app.kubernetes.io/part-of': 'mlflow-console-plugin',
    'app.kubernetes.io/managed-by': 'Helm',
    app: 'mlflow',
  },
  annotations: { 'meta.helm.sh/release-name': 'mlflow-ui' },
});

describe('findMlflowConsoleLinks', () => {
  it('recognises the operator link by name, label or href, and the plugin link apart', () => {
    const byLabel = link('ml', 'https://other.example.com', { labels: { app: 'mlflow' } });
    const byHref = link('custom', `${MLFLOW_URL}/`);
    expect(
      findMlflowConsoleLinks([unrelated, operatorLink, byLabel, byHref, pluginLink], MLFLOW_URL),
    ).toEqual({ others: [operatorLink, byLabel, byHref], plugin: pluginLink });
  });

  it('ignores links outside the Applications menu', () => {
    const help = link('mlflow', MLFLOW_URL, {}, 'HelpMenu');
    expect(findMlflowConsoleLinks([help], MLFLOW_URL)).toEqual({ others: [], plugin: undefined });
  });

  it('does not count a link merely named like the plugin’s without its label', () => {
    const impostor = link('mlflow-console-plugin', MLFLOW_URL);
    expect(findMlflowConsoleLinks([impostor], MLFLOW_URL)).toEqual({
      others: [impostor],
      plugin: undefined,
    });
  });
});

describe('the plugin link ownership rule', () => {
  it('recognises the chart’s link as the plugin’s, managed by its Helm release', () => {
    expect(isPluginConsoleLink(chartLink)).toBe(true);
    expect(pluginLinkManager(chartLink)).toEqual({ kind: 'helm', release: 'mlflow-ui' });
  });

  it('takes the release from the instance label when Helm’s annotation is missing', () => {
    const metadata = { ...chartLink.metadata, annotations: undefined };
    expect(pluginLinkManager({ ...chartLink, metadata })).toEqual({
      kind: 'helm',
      release: 'mlflow-ui',
    });
  });

  it('says the page manages the links it builds, and the ones it built before part-of', () => {
    expect(isPluginConsoleLink(pluginLink)).toBe(true);
    expect(pluginLinkManager(pluginLink)).toEqual({ kind: 'page' });
    const older = link('mlflow-console-plugin', MLFLOW_URL, {
      labels: { 'app.kubernetes.io/managed-by': 'mlflow-console-plugin', app: 'mlflow' },
    });
    expect(isPluginConsoleLink(older)).toBe(true);
  });

  it('never offers Add over the chart’s link (that create would get 409)', () => {
    expect(deriveConsoleLinkAction([chartLink], MLFLOW_URL)).toEqual({
      kind: 'ours',
      link: chartLink,
    });
  });

  it('reports the chart’s link beside the operator’s, never adding a third', () => {
    expect(deriveConsoleLinkAction([operatorLink, chartLink], MLFLOW_URL)).toEqual({
      kind: 'present',
      links: [operatorLink],
      plugin: chartLink,
    });
  });
});

describe('deriveConsoleLinkAction', () => {
  it('never offers a duplicate of the operator’s link', () => {
    expect(deriveConsoleLinkAction([operatorLink], MLFLOW_URL)).toEqual({
      kind: 'present',
      links: [operatorLink],
      plugin: undefined,
    });
  });

  it('offers removal of the plugin’s own link only', () => {
    expect(deriveConsoleLinkAction([pluginLink, unrelated], MLFLOW_URL)).toEqual({
      kind: 'ours',
      link: pluginLink,
    });
  });

  it('offers to add a link when none exists and MLflow has an https URL', () => {
    expect(deriveConsoleLinkAction([unrelated], MLFLOW_URL)).toEqual({
      kind: 'can-add',
      href: MLFLOW_URL,
    });
  });

  it.each([undefined, 'http://mlflow.example.com', 'javascript:alert(1)'])(
    'offers nothing without an https URL (%s)',
    (url) => {
      expect(deriveConsoleLinkAction([], url)).toEqual({ kind: 'no-url', url });
    },
  );
});

describe('buildConsoleLink', () => {
  it('builds the plugin’s labelled Applications-menu link with the drawn icon', () => {
    expect(buildConsoleLink({ href: MLFLOW_URL, section: ' Data science ' })).toEqual({
      apiVersion: 'console.openshift.io/v1',
      kind: 'ConsoleLink',
      metadata: {
        name: 'mlflow-console-plugin',
        labels: {
          'app.kubernetes.io/managed-by': 'mlflow-console-plugin',
          'app.kubernetes.io/part-of': 'mlflow-console-plugin',
          app: 'mlflow',
        },
      },
      spec: {
        text: 'MLflow',
        href: MLFLOW_URL,
        location: 'ApplicationMenu',
        applicationMenu: { section: 'Data science', imageURL: MLFLOW_ICON_DATA_URI },
      },
    });
  });

  it('falls back to the default section when given none', () => {
    expect(
      buildConsoleLink({ href: MLFLOW_URL, section: '  ' }).spec.applicationMenu?.section,
    ).toBe('OpenShift AI');
  });

  it('refuses a non-https href', () => {
    expect(() => buildConsoleLink({ href: 'http://mlflow', section: 'x' })).toThrow(/non-https/);
  });

  it('draws its icon as an SVG data URI', () => {
    expect(MLFLOW_ICON_DATA_URI).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = atob(MLFLOW_ICON_DATA_URI.split(',')[1]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});

describe('defaultApplicationMenuSection', () => {
  it('uses the operator component’s section title', () => {
    expect(defaultApplicationMenuSection({ spec: { sectionTitle: 'Open Data Hub' } })).toBe(
      'Open Data Hub',
    );
    expect(defaultApplicationMenuSection(undefined)).toBe('OpenShift AI');
  });
});

describe('isHttpsUrl', () => {
  it('accepts https only', () => {
    expect(isHttpsUrl('https://x.example.com/mlflow')).toBe(true);
    expect(isHttpsUrl('http://x')).toBe(false);
    expect(isHttpsUrl('not a url')).toBe(false);
  });
});
