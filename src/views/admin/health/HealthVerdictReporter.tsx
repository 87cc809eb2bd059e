import { useHealthVerdict } from './useHealthVerdict';
import type { HealthVerdictProps } from './useHealthVerdict';

/**
 * The health's verdict without the card, for the tabs that do not show it: the status beside the
 * page's title rolls it up on every tab.
 */
const HealthVerdictReporter = (props: HealthVerdictProps) => {
  useHealthVerdict(props);
  return null;
};

export default HealthVerdictReporter;
