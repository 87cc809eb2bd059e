/**
 * Marks the DOM the plugin renders itself (a page's body, the tab's panel, its modals), so that
 * a check of the page (the e2e ring's accessibility scan) can tell it from the console's around it.
 */
export const PLUGIN_DOM_MARK = 'mlflow-plugin';

/** Spread onto the root element of a view or modal the plugin renders. */
export const pluginDomProps = { 'data-test': PLUGIN_DOM_MARK } as const;

/** What finds every root marked by pluginDomProps. */
export const PLUGIN_DOM_SELECTOR = `[data-test="${PLUGIN_DOM_MARK}"]`;
