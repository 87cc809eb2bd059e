import { consoleUrlOf, isShell, missingConsoleReason } from './consoles';
import { tabPath } from './tab-url';

describe('which console an identity signs in to', () => {
  const shell = { CONSOLE_SHELL_URL: 'http://127.0.0.1:9000/' };

  it('is the one console shell for everyone when no bridge is given', () => {
    expect(isShell(shell)).toBe(true);
    expect((['admin', 'alice', 'bob'] as const).map((id) => consoleUrlOf(id, shell))).toEqual([
      'http://127.0.0.1:9000',
      'http://127.0.0.1:9000',
      'http://127.0.0.1:9000',
    ]);
    expect(missingConsoleReason('bob', shell)).toBeUndefined();
  });

  it("is each identity's own bridge against real consoles", () => {
    const real = {
      ...shell,
      BRIDGE_BASE_ADDRESS: 'https://console-admin.example.com/',
      BRIDGE_BASE_ADDRESS_ALICE: 'https://console-alice.example.com',
    };
    expect(isShell(real)).toBe(false);
    expect(consoleUrlOf('admin', real)).toBe('https://console-admin.example.com');
    expect(consoleUrlOf('alice', real)).toBe('https://console-alice.example.com');
    expect(consoleUrlOf('bob', real)).toBeUndefined();
    expect(missingConsoleReason('bob', real)).toBe(
      'no real console signs in as bob: set BRIDGE_BASE_ADDRESS_BOB to its bridge',
    );
  });

  it('counts a bridge for alice alone as real consoles, where the admin has none', () => {
    const real = { BRIDGE_BASE_ADDRESS_ALICE: 'https://console-alice.example.com' };
    expect(isShell(real)).toBe(false);
    expect(missingConsoleReason('admin', real)).toMatch(/set BRIDGE_BASE_ADDRESS to its bridge$/);
  });
});

describe('tabPath', () => {
  it('writes the place as the tab links to it, defaults left out', () => {
    expect(tabPath('team-a')).toBe('/k8s/cluster/projects/team-a/mlflow');
    expect(tabPath('team-a', { section: 'prompts' })).toBe(
      '/k8s/cluster/projects/team-a/mlflow?section=prompts',
    );
    expect(
      tabPath('team-a', { experimentId: '7', runId: 'abc', artifactPath: 'plots/a b.png' }),
    ).toBe('/k8s/cluster/projects/team-a/mlflow?experiment=7&run=abc&artifact=plots%2Fa+b.png');
  });
});
