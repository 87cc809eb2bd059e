/**
 * Lines' colours, in order: PatternFly's non-status border colours (their strongest, "clicked"),
 * which follow the theme. A run keeps its colour across a chart's lines, legend and bars.
 */
const LINE_COLORS = ['blue', 'green', 'purple', 'orange', 'teal', 'red', 'yellow', 'gray'].map(
  (name) => `var(--pf-t--global--border--color--nonstatus--${name}--clicked)`,
);

export const colorOf = (index: number): string => LINE_COLORS[index % LINE_COLORS.length];
