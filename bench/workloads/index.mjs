// Figures that come with their own data: each workload module seeds what it needs (idempotently, in
// the bench stack) and times one sample in a fresh browser context. `npm run bench` runs them all
// after the base figures; `npm run bench -- --only <figure>[,<figure>]` runs only those (no 10,000-
// experiment seed, no base timings; the JavaScript figures are always printed).
//
// A workload module's default export:
//   figure      the key in the final JSON (e.g. 'compare10Ms'), the median of the samples' `ms`
//   title       the table's row label (what is timed, from what to what)
//   budget      a number the median must not exceed, or undefined (informational)
//   budgetText  how the budget reads in the table (e.g. '<= 1500 ms')
//   seed(env)                          -> context passed to every sample (ids, names)
//   sample({ browser, shellUrl, env, context }) -> { ms, requests?, extra? }
//   summarize(samples, figures)?       -> { [figure]: value } more figures for the final JSON,
//                                          each with [label, value, budgetText, met|undefined] rows
//                                          in `rows`: { figures: {...}, rows: [[...], ...] }
// Add a workload by importing it below and listing it in WORKLOADS.

import artifactPreviewMs from './artifactPreviewMs.mjs';
import chartZoomMs from './chartZoomMs.mjs';
import compare10Ms from './compare10Ms.mjs';
import tracesFirstRowsMs from './tracesFirstRowsMs.mjs';

export const WORKLOADS = [compare10Ms, artifactPreviewMs, tracesFirstRowsMs, chartZoomMs];
