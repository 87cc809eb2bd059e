/** The run open (and the artifact shown in it), and the runs picked for comparison. */
import type { ExperimentSlice } from './experiment-place';
import { FLAG, ID, TEXT } from './place-codecs';
import { listParam, optionalParam, param } from './place-fields';
import type { PlaceSchema } from './place-schema';

export interface RunSlice {
  runId?: string;
  /** The run's artifact shown (file) or opened (folder), relative to its artifact root. */
  artifactPath?: string;
  /** Runs picked for comparison in the runs table (`compare`, one per run). */
  compareRunIds: string[];
  /** Whether the comparison of compareRunIds is open instead of the runs table. */
  comparing: boolean;
}

/** Runs are an experiment's: without it, a run or a compared run is reported. */
export const RUN_SCHEMA: PlaceSchema<RunSlice, Pick<ExperimentSlice, 'experimentId'>> = {
  runId: optionalParam('run', ID, {
    invalid: 'bad-id',
    within: 'experimentId',
    orphan: 'run-without-experiment',
  }),
  artifactPath: optionalParam('artifact', TEXT, {
    within: 'runId',
    orphan: 'artifact-without-run',
  }),
  compareRunIds: listParam('compare', ID, {
    invalid: 'bad-id',
    within: 'experimentId',
    orphan: 'run-without-experiment',
  }),
  comparing: param('comparing', FLAG, false, { within: 'experimentId' }),
};
