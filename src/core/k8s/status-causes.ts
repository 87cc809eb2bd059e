/** The causes of an apiserver refusal (a Status body), for the forms' server-validation parsers. */
import { isRecord } from '@/core/shared/is-record';

export interface StatusCause {
  field?: string;
  message?: string;
}

/** Said beside a schema error: the CEL rules wait for it; the error itself is the news. */
const RULES_NOT_CHECKED = 'some validation rules were not checked';

/**
 * The Status body's causes (from the HttpError's `json` or the body itself) without the
 * "rules not checked" note, and its message for a refusal that has no causes.
 */
export const statusCausesOf = (error: unknown): { causes: StatusCause[]; message?: string } => {
  const body = isRecord(error) && isRecord(error.json) ? error.json : error;
  if (!isRecord(body)) return { causes: [] };
  const details = body.details;
  const causes =
    isRecord(details) && Array.isArray(details.causes) ? (details.causes as StatusCause[]) : [];
  return {
    causes: causes.filter(({ message = '' }) => !message.includes(RULES_NOT_CHECKED)),
    message: typeof body.message === 'string' ? body.message : undefined,
  };
};
