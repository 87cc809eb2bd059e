/**
 * A form message in the task's words, followed by the resource's field names as detail: they
 * are what the apiserver, `oc` and the YAML call the same thing.
 */
export const withFieldDetail = (text: string, fields: readonly string[]): string =>
  `${text} (${fields.join(', ')})`;
