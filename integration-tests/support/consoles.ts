/**
 * Which console each identity of the e2e ring signs in to: the local console shell (every identity,
 * CONSOLE_SHELL_URL, set by the global set-up), or real OpenShift consoles, one bridge per identity.
 * Pure: only the environment is read.
 */

/** The identities that sign in to the console (the service accounts only call APIs). */
export type ConsoleIdentity = 'admin' | 'alice' | 'bob';

/**
 * A real console's bridge signs every request in as one identity (off-cluster, with
 * `--user-auth=disabled --k8s-auth=bearer-token`), so a run against real consoles takes one bridge
 * per identity: the admin's at BRIDGE_BASE_ADDRESS, the others' at BRIDGE_BASE_ADDRESS_<NAME>.
 */
export const BRIDGE_ADDRESS_VARIABLES: Record<ConsoleIdentity, string> = {
  admin: 'BRIDGE_BASE_ADDRESS',
  alice: 'BRIDGE_BASE_ADDRESS_ALICE',
  bob: 'BRIDGE_BASE_ADDRESS_BOB',
};

const withoutTrailingSlash = (url: string) => url.replace(/\/$/, '');

/** Whether the specs run against real consoles (any BRIDGE_BASE_ADDRESS* set) or the local shell. */
export const isShell = (env: NodeJS.ProcessEnv = process.env) =>
  !Object.values(BRIDGE_ADDRESS_VARIABLES).some((variable) => env[variable]);

/**
 * The console `identity` signs in to: the local shell (every identity, CONSOLE_SHELL_URL), or the
 * real console of that identity; undefined when real consoles are used and none is given for it.
 */
export const consoleUrlOf = (
  identity: ConsoleIdentity,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined => {
  if (isShell(env)) {
    if (!env.CONSOLE_SHELL_URL) throw new Error('CONSOLE_SHELL_URL is not set: no console shell');
    return withoutTrailingSlash(env.CONSOLE_SHELL_URL);
  }
  const url = env[BRIDGE_ADDRESS_VARIABLES[identity]];
  return url ? withoutTrailingSlash(url) : undefined;
};

/** Why a test that signs in as `identity` cannot run here, if it cannot. */
export const missingConsoleReason = (
  identity: ConsoleIdentity,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined =>
  consoleUrlOf(identity, env) === undefined
    ? `no real console signs in as ${identity}: set ${BRIDGE_ADDRESS_VARIABLES[identity]} to its bridge`
    : undefined;
