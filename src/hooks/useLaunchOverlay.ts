import { useOverlay } from '@openshift-console/dynamic-plugin-sdk';

/**
 * Opens a modal over the console from code that is not rendered inside the page, such as an
 * action provider's callback. The console's useOverlay, reached through src/hooks like every SDK call.
 */
export const useLaunchOverlay = (): ReturnType<typeof useOverlay> => useOverlay();
