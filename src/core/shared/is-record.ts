/** Whether a value parsed from the wire is an object whose fields may be read (arrays included). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
