/**
 * Console paths of Project → MLflow at a place of the tab, written by the plugin's own
 * serializePlace: a spec opens the URL the tab itself would link to, not one spelled by hand.
 */
import { DEFAULT_PLACE, serializePlace } from '../../src/core/place/tab-place';
import type { TabPlace } from '../../src/core/place/tab-place';

/** The project's MLflow tab path at `place` (the defaults for what it leaves out). */
export const tabPath = (namespace: string, place: Partial<TabPlace> = {}): string => {
  const query = serializePlace({ ...DEFAULT_PLACE, ...place }).toString();
  return `/k8s/cluster/projects/${namespace}/mlflow${query ? `?${query}` : ''}`;
};
