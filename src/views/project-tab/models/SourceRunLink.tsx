import { Link } from 'react-router';

import { runPlace } from '@/core/place/tab-place';
import { useMlflowRun } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';

interface SourceRunLinkProps {
  namespace: string;
  runId: string;
  /** Known when the caller has it (logged models); otherwise the run is asked for. */
  experimentId?: string;
}

/**
 * The run that produced a model, as a link to its place in the tab: by name once MLflow gave the
 * run, and as plain text when the run is not in this workspace (or may not be read).
 */
export const SourceRunLink = ({ namespace, runId, experimentId }: SourceRunLinkProps) => {
  const { t } = useMlflowTranslation();
  const { place, pathOf } = useTabPlace();
  const run = useMlflowRun(namespace, runId);
  const runExperiment = experimentId ?? run.data?.info.experiment_id;
  const label = run.data?.info.run_name ?? runId;
  if (run.error && experimentId === undefined) {
    return (
      <span title={run.error.message}>{t('{{runId}} (not in this workspace)', { runId })}</span>
    );
  }
  if (!runExperiment) return <span>{label}</span>;
  return <Link to={pathOf(runPlace(place, runExperiment, runId))}>{label}</Link>;
};
