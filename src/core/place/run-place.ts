/** The run open (and the artifact shown in it), and the runs picked for comparison. */
import type { ExperimentSlice } from './experiment-place';
import { FLAG, ID, oneOf, TEXT } from './place-codecs';
import { listParam, optionalParam, param } from './place-fields';
import type { PlaceSchema } from './place-schema';

/** A run's sections, as MLflow's own run page has them (query param `runSection`). */
export const RUN_SECTIONS = ['overview', 'metrics', 'artifacts'] as const;
export type RunSection = (typeof RUN_SECTIONS)[number];

export interface RunSlice {
  runId?: string;
  /** The section of the run shown; unset: the one the rest of the link implies (`runSectionOf`). */
  runSection?: RunSection;
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
  runSection: optionalParam('runSection', oneOf(RUN_SECTIONS), {
    invalid: 'bad-choice',
    within: 'runId',
    unwrittenAlone: true,
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

/**
 * The section a run's link shows. Links written before runs had sections name none: a zoomed
 * chart was a metric's, an artifact the artifacts', so those open where they showed it.
 */
export const runSectionOf = ({
  runSection,
  artifactPath,
  chartZoom,
}: Pick<RunSlice, 'runSection' | 'artifactPath'> & { chartZoom?: unknown }): RunSection =>
  runSection ?? (chartZoom ? 'metrics' : artifactPath !== undefined ? 'artifacts' : 'overview');
