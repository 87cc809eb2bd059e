// The bench's command line: which figures to take, how many samples, what to skip or keep.
//
// usage: npm run bench -- [--keep] [--runs N] [--skip-build] [--skip-seed] [--js-only] [--only F,..]
//                         [--no-workloads]
//   --keep        leave the bench stack running afterwards (a later run reuses it and its data)
//   --runs N      samples per figure (default 5; the figure is their median)
//   --skip-build  measure the build already in .bench/dist
//   --skip-seed   do not check/complete the seeded data
//   --js-only     only the JavaScript figures (no seed, no timings): a minute with a running stack
//   --only F,..   only the named workload figures of bench/workloads (and the JavaScript figures)
//   --no-workloads  the base figures alone, none of bench/workloads

/**
 * The options of `args` (process.argv without node and the script). `workloads` are the known
 * workload modules; `unknownWorkloads` lists the --only names none of them has.
 */
export const parseOptions = (args, workloads) => {
  const flag = (name) => args.includes(name);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const jsOnly = flag('--js-only');
  const only = option('--only', '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  // No --only: the base figures too. With it, only the named workloads (and the JS figures).
  const baseFigures = only.length === 0;
  return {
    runs: Number(option('--runs', '5')),
    keep: flag('--keep'),
    jsOnly,
    skipBuild: flag('--skip-build'),
    skipSeed: flag('--skip-seed'),
    baseFigures,
    unknownWorkloads: only.filter((name) => !workloads.some((w) => w.figure === name)),
    selectedWorkloads:
      jsOnly || flag('--no-workloads')
        ? []
        : workloads.filter((w) => baseFigures || only.includes(w.figure)),
  };
};
