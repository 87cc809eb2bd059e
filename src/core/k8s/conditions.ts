import type { Condition } from './types';

/** The condition of the given type, if the object reports one. */
export const findCondition = (
  conditions: readonly Condition[] | undefined,
  type: string,
): Condition | undefined => conditions?.find((condition) => condition.type === type);
