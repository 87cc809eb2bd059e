/** The ids of the stack's demo data, looked up by name as a spec needs them. */
import { mlflowPost } from './stack';

/** The id of the demo experiment `name` in `workspace` (as alice); fails when it is not seeded. */
export const seededExperimentId = async (name: string, workspace = 'team-a'): Promise<string> => {
  const { experiments } = await mlflowPost<{ experiments?: { experiment_id: string }[] }>(
    'alice',
    workspace,
    'experiments/search',
    { max_results: 1, filter: `name = '${name}'` },
  );
  const found = experiments?.at(0);
  if (!found) throw new Error(`demo experiment ${name} not seeded in ${workspace}`);
  return found.experiment_id;
};
