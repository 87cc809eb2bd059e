/**
 * The console 4.22's share scope as the shell models it. The shell's build puts every PatternFly
 * dynamic module into its scope; the console provides only those its own code imports. Before any
 * plugin loads, the shell takes out the PatternFly modules the console was not seen to provide
 * (`console-share-scope.json`, with where that list came from), so a plugin fetches its own copy of
 * those, as it does in the console, and the bench counts their bytes.
 */
import consoleShareScope from './console-share-scope.json';

/** `@patternfly/<package>/dist/dynamic/...`: PatternFly shared one module per component or icon. */
export const isPatternflyDynamicModule = (name: string): boolean =>
  /^@patternfly\/[^/]+\/dist\/dynamic\//.test(name);

/** Of `names`, the PatternFly dynamic modules that are not in `provided`, in order. */
export const notProvided = (names: readonly string[], provided: readonly string[]): string[] => {
  const known = new Set(provided);
  return names.filter((name) => isPatternflyDynamicModule(name) && !known.has(name));
};

/**
 * Removes from `scope` (webpack's share scope: module name -> versions) every PatternFly dynamic
 * module that is not in `provided`; everything else (the singletons) stays. Returns the names
 * removed.
 */
export const limitShareScope = (
  scope: Record<string, unknown>,
  provided: readonly string[],
): string[] => {
  const removed = notProvided(Object.keys(scope), provided);
  for (const name of removed) {
    // The share scope is webpack's plain object: a missing name is a module nobody provides.
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
    delete scope[name];
  }
  return removed;
};

/** What the console 4.22 provides of PatternFly, as measured (see console-share-scope.json). */
export const CONSOLE_PROVIDED_PATTERNFLY: readonly string[] = consoleShareScope.provided;
