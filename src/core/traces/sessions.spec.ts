import type { TraceInfo } from '@/core/mlflow';

import { groupSessions, sessionFilter } from './sessions';

const turn = (
  traceId: string,
  requestTime: number,
  metadata: Record<string, string>,
): TraceInfo => ({
  traceId,
  requestTime,
  state: 'OK',
  tags: {},
  metadata,
  assessments: [],
});

describe('sessions', () => {
  it('groups the traces of each session, turns oldest first, latest session first', () => {
    const sessions = groupSessions([
      turn('t3', 30, { 'mlflow.trace.session': 'chat-1', 'mlflow.trace.user': 'alice' }),
      turn('t1', 10, { 'mlflow.trace.session': 'chat-1', 'mlflow.trace.user': 'alice' }),
      turn('t2', 20, { 'mlflow.trace.session': 'chat-2' }),
      turn('t4', 40, {}),
    ]);
    expect(sessions.map((session) => session.sessionId)).toEqual(['chat-1', 'chat-2']);
    expect(sessions[0]).toMatchObject({ firstTime: 10, lastTime: 30, users: ['alice'] });
    expect(sessions[0]?.turns.map((trace) => trace.traceId)).toEqual(['t1', 't3']);
    expect(sessions[1]?.users).toEqual([]);
  });

  it('searches one session by its id, quoted, and refuses one it cannot quote', () => {
    expect(sessionFilter('chat-1')).toBe("metadata.`mlflow.trace.session` = 'chat-1'");
    expect(sessionFilter("it's")).toBe(`metadata.\`mlflow.trace.session\` = "it's"`);
    expect(sessionFilter(`it's "x"`)).toBeUndefined();
  });
});
