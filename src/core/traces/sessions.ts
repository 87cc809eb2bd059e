/**
 * Conversations: the traces a chat application tags with MLflow's session metadata
 * (`mlflow.trace.session`, and `mlflow.trace.user` when it records who), grouped into sessions,
 * each one's turns in the order they were asked. MLflow 3.17 searches metadata with
 * `metadata.\`mlflow.trace.session\` != ''` and `= '<id>'` (checked against the stack's server).
 */
import type { TraceInfo } from '@/core/mlflow';

import { filterLiteral } from './trace-filter';

export const SESSION_METADATA = 'mlflow.trace.session';
export const USER_METADATA = 'mlflow.trace.user';

export interface TraceSession {
  sessionId: string;
  /** Its traces, oldest first. */
  turns: TraceInfo[];
  /** Epoch milliseconds of its first and last turn. */
  firstTime?: number;
  lastTime?: number;
  /** Who chatted, when the application recorded it (the users, if more than one). */
  users: string[];
}

/** Every trace that belongs to a session. */
export const ANY_SESSION_FILTER = `metadata.\`${SESSION_METADATA}\` != ''`;

/** The traces of one session, or undefined for an id MLflow's filter cannot quote. */
export const sessionFilter = (sessionId: string): string | undefined => {
  const literal = filterLiteral(sessionId);
  return literal === undefined ? undefined : `metadata.\`${SESSION_METADATA}\` = ${literal}`;
};

const byTime = (a: TraceInfo, b: TraceInfo) => (a.requestTime ?? 0) - (b.requestTime ?? 0);

/** Traces grouped by session, the most recently active session first; others left out. */
export const groupSessions = (traces: readonly TraceInfo[]): TraceSession[] => {
  const groups = new Map<string, TraceInfo[]>();
  traces.forEach((trace) => {
    const sessionId = trace.metadata[SESSION_METADATA];
    if (!sessionId) return;
    groups.set(sessionId, [...(groups.get(sessionId) ?? []), trace]);
  });
  return [...groups.entries()]
    .map(([sessionId, group]): TraceSession => {
      const turns = [...group].sort(byTime);
      const users = new Set(turns.flatMap((turn) => turn.metadata[USER_METADATA] ?? []));
      return {
        sessionId,
        turns,
        firstTime: turns.at(0)?.requestTime,
        lastTime: turns.at(-1)?.requestTime,
        users: [...users],
      };
    })
    .sort((a, b) => (b.lastTime ?? 0) - (a.lastTime ?? 0));
};
