import type { MLflowOperatorComponentWithSpec } from '@/core/instance/instance-types';
import { PLUGIN_NAME } from '@/core/k8s/models';
import type { ConsoleLink } from '@/core/k8s/types';
import { MANAGED_BY_LABEL } from '@/core/storage/uri-credentials';

/** The name of the Applications-menu link this plugin creates (and the only one it deletes). */
export const PLUGIN_CONSOLE_LINK_NAME = 'mlflow-console-plugin';

/** The operator names its link after the MLflow resource and labels it app: mlflow. */
export const OPERATOR_CONSOLE_LINK_NAME = 'mlflow';

/** The section the operator files MLflow under when its component CR does not say. */
export const DEFAULT_APPLICATION_MENU_SECTION = 'OpenShift AI';

/**
 * A small icon drawn for the plugin (not MLflow's logo): a rounded tile with a rising line chart.
 * ConsoleLink icons must be https URLs or data URIs; shown at 24x24.
 */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">' +
  '<rect x="1" y="1" width="22" height="22" rx="5" fill="#0066cc"/>' +
  '<path d="M5 17l4-5 3 3 6-8" stroke="#ffffff" stroke-width="2.2" fill="none" ' +
  'stroke-linecap="round" stroke-linejoin="round"/>' +
  '<circle cx="18" cy="7" r="1.6" fill="#ffffff"/></svg>';

export const MLFLOW_ICON_DATA_URI = `data:image/svg+xml;base64,${btoa(ICON_SVG)}`;

export const isHttpsUrl = (url: string | undefined): url is string => {
  if (!url) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

const normalizeUrl = (url: string) => url.replace(/\/+$/, '');

/**
 * The labels that say a link is the plugin's, whoever made it. One rule for the admin page and the
 * Helm chart: the name `mlflow-console-plugin` plus `app.kubernetes.io/part-of: mlflow-console-plugin`
 * (the chart's standard label; the page sets it too). `app.kubernetes.io/managed-by` then says who
 * manages it: `mlflow-console-plugin` (the admin page) or `Helm` (the chart).
 */
export const PART_OF_LABEL = 'app.kubernetes.io/part-of';
export const HELM_MANAGER = 'Helm';
/** The chart's release, from the annotation Helm puts on every object it owns. */
const HELM_RELEASE_ANNOTATION = 'meta.helm.sh/release-name';
const INSTANCE_LABEL = 'app.kubernetes.io/instance';

export const isPluginConsoleLink = (link: ConsoleLink): boolean => {
  if (link.metadata?.name !== PLUGIN_CONSOLE_LINK_NAME) return false;
  const labels = link.metadata.labels;
  // managed-by alone: links the page made before it also set part-of.
  return labels?.[PART_OF_LABEL] === PLUGIN_NAME || labels?.[MANAGED_BY_LABEL] === PLUGIN_NAME;
};

/** Who manages the plugin's link: the admin page may delete only its own; Helm recreates the chart's. */
export type PluginLinkManager = { kind: 'page' } | { kind: 'helm'; release?: string };

export const pluginLinkManager = (link: ConsoleLink): PluginLinkManager =>
  link.metadata?.labels?.[MANAGED_BY_LABEL] === HELM_MANAGER
    ? {
        kind: 'helm',
        release:
          link.metadata.annotations?.[HELM_RELEASE_ANNOTATION] ??
          link.metadata.labels[INSTANCE_LABEL],
      }
    : { kind: 'page' };

/**
 * Whether an Applications-menu link leads to MLflow: the operator's `mlflow`, any link labelled
 * app: mlflow, the plugin's own, or one whose href is the instance's URL.
 */
export const isMlflowConsoleLink = (link: ConsoleLink, mlflowUrl?: string): boolean => {
  if (link.spec.location !== 'ApplicationMenu') return false;
  return (
    link.metadata?.name === OPERATOR_CONSOLE_LINK_NAME ||
    link.metadata?.labels?.app === 'mlflow' ||
    isPluginConsoleLink(link) ||
    (mlflowUrl !== undefined && normalizeUrl(link.spec.href) === normalizeUrl(mlflowUrl))
  );
};

export interface MlflowConsoleLinks {
  /** Links that lead to MLflow and that the plugin did not create (normally the operator's). */
  others: ConsoleLink[];
  /** The plugin's own link, if it created one. */
  plugin?: ConsoleLink;
}

export const findMlflowConsoleLinks = (
  links: readonly ConsoleLink[],
  mlflowUrl?: string,
): MlflowConsoleLinks => {
  const mlflowLinks = links.filter((link) => isMlflowConsoleLink(link, mlflowUrl));
  return {
    others: mlflowLinks.filter((link) => !isPluginConsoleLink(link)),
    plugin: mlflowLinks.find(isPluginConsoleLink),
  };
};

export type ConsoleLinkAction =
  /** Someone else's link already leads to MLflow: adding ours would be a duplicate. */
  | { kind: 'present'; links: ConsoleLink[]; plugin?: ConsoleLink }
  /** Only the plugin's link exists: it may be removed. */
  | { kind: 'ours'; link: ConsoleLink }
  /** No link yet, and MLflow has an https URL to point at. */
  | { kind: 'can-add'; href: string }
  /** No link, but no https URL to point at yet. */
  | { kind: 'no-url'; url?: string };

export const deriveConsoleLinkAction = (
  links: readonly ConsoleLink[],
  mlflowUrl: string | undefined,
): ConsoleLinkAction => {
  const { others, plugin } = findMlflowConsoleLinks(links, mlflowUrl);
  if (others.length > 0) return { kind: 'present', links: others, plugin };
  if (plugin) return { kind: 'ours', link: plugin };
  return isHttpsUrl(mlflowUrl)
    ? { kind: 'can-add', href: mlflowUrl }
    : { kind: 'no-url', url: mlflowUrl };
};

/** The section to suggest: the operator's own section title, else OpenShift AI. */
export const defaultApplicationMenuSection = (
  operatorComponent: MLflowOperatorComponentWithSpec | undefined,
): string => {
  const title = operatorComponent?.spec?.sectionTitle?.trim() ?? '';
  return title.length > 0 ? title : DEFAULT_APPLICATION_MENU_SECTION;
};

/** The plugin's Applications-menu link to MLflow. `href` must be https (the CRD insists too). */
export const buildConsoleLink = ({
  href,
  section,
}: {
  href: string;
  section: string;
}): ConsoleLink => {
  if (!isHttpsUrl(href)) throw new Error('Refusing a ConsoleLink to a non-https URL');
  return {
    apiVersion: 'console.openshift.io/v1',
    kind: 'ConsoleLink',
    metadata: {
      name: PLUGIN_CONSOLE_LINK_NAME,
      labels: { [MANAGED_BY_LABEL]: PLUGIN_NAME, [PART_OF_LABEL]: PLUGIN_NAME, app: 'mlflow' },
    },
    spec: {
      text: 'MLflow',
      href,
      location: 'ApplicationMenu',
      applicationMenu: {
        section: section.trim() || DEFAULT_APPLICATION_MENU_SECTION,
        imageURL: MLFLOW_ICON_DATA_URI,
      },
    },
  };
};
