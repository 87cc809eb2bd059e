// The workload figures (bench/workloads): each selected workload's sample once per round, then
// each figure as the median of its samples, plus whatever more the workload sums up.
import { median } from '../lib.mjs';
import { timeSample } from '../measure.mjs';
import { fmtMs, sampleList, verdict } from './budgets.mjs';

export const createWorkloadFigures = ({ workloads, browser, shellUrl, env, contexts }) => {
  const samples = new Map(workloads.map((w) => [w.figure, []]));

  const sampleRound = async () => {
    for (const workload of workloads) {
      samples
        .get(workload.figure)
        .push(
          await timeSample(workload.figure, () =>
            workload.sample({ browser, shellUrl, env, context: contexts.get(workload.figure) }),
          ),
        );
    }
  };

  /** The figures for the final JSON and the table's rows, in the workloads' order. */
  const summarize = () => {
    const figures = {};
    const rows = [];
    for (const workload of workloads) {
      const list = samples.get(workload.figure);
      const value = Math.round(median(list.map((s) => s.ms)));
      figures[workload.figure] = value;
      rows.push([
        workload.title,
        fmtMs(value),
        sampleList(list),
        workload.budgetText ?? '',
        workload.budget === undefined ? '' : verdict(value <= workload.budget),
      ]);
      const more = workload.summarize?.(list, figures);
      if (more) {
        Object.assign(figures, more.figures);
        rows.push(...more.rows);
      }
    }
    return { figures, rows };
  };

  return { samples, sampleRound, summarize };
};
