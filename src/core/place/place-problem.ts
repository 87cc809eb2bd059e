/** What a place's parser says about a query parameter it could not use. */

/** One query parameter that could not be used, and what was used instead. */
export interface PlaceProblem {
  param: string;
  value: string;
  kind:
    | 'unknown-section'
    | 'bad-page-size'
    | 'bad-sort'
    | 'bad-lifecycle'
    | 'bad-column'
    | 'bad-id'
    | 'run-without-experiment'
    | 'artifact-without-run'
    | 'unknown-experiment-view'
    | 'bad-name'
    | 'bad-version'
    | 'version-without-prompt'
    | 'bad-choice'
    | 'trace-without-experiment'
    | 'bad-time'
    | 'reversed-range'
    | 'window-with-range';
}

export type PlaceProblemKind = PlaceProblem['kind'];
