import { compareWorkspaces } from './workspace-preview';

describe('compareWorkspaces', () => {
  it('names the namespaces that become and stop being workspaces, sorted', () => {
    expect(compareWorkspaces(['team-b', 'team-a', 'lab'], ['team-a', 'sandbox', 'lab'])).toEqual({
      joining: ['sandbox'],
      leaving: ['team-b'],
      staying: 2,
    });
  });
  it('changes nothing for the same list', () => {
    expect(compareWorkspaces(['a'], ['a'])).toEqual({ joining: [], leaving: [], staying: 1 });
  });
});
