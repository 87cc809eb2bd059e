/**
 * The console 4.22's share scope as the shell models it: PatternFly dynamic modules only where the
 * console was seen to provide them; the singletons always.
 */
import {
  CONSOLE_PROVIDED_PATTERNFLY,
  isPatternflyDynamicModule,
  limitShareScope,
  notProvided,
} from '../../dev/console-shell/app/share-scope';

const BUTTON = '@patternfly/react-core/dist/dynamic/components/Button';
const TABLE = '@patternfly/react-table/dist/dynamic/components/Table';
const ANGLE_LEFT = '@patternfly/react-icons/dist/dynamic/icons/angle-left-icon';
const ANGLE_RIGHT = '@patternfly/react-icons/dist/dynamic/icons/angle-right-icon';

describe('the console share scope model', () => {
  it('tells PatternFly dynamic modules from the rest', () => {
    expect(isPatternflyDynamicModule(BUTTON)).toBe(true);
    expect(isPatternflyDynamicModule(ANGLE_LEFT)).toBe(true);
    expect(isPatternflyDynamicModule('@patternfly/react-core')).toBe(false);
    expect(isPatternflyDynamicModule('@patternfly/react-topology')).toBe(false);
    expect(isPatternflyDynamicModule('react')).toBe(false);
    expect(isPatternflyDynamicModule('@openshift-console/dynamic-plugin-sdk')).toBe(false);
  });

  it('names the PatternFly modules not provided, never a singleton', () => {
    expect(notProvided(['react', BUTTON, ANGLE_LEFT, TABLE], [BUTTON, TABLE])).toEqual([
      ANGLE_LEFT,
    ]);
  });

  it('takes out of the scope what the console does not provide, and keeps the rest', () => {
    const version = { '6.4.0': { eager: true } };
    const scope: Record<string, unknown> = {
      react: { '18.3.1': {} },
      'react-router': { '7.0.0': {} },
      [BUTTON]: version,
      [ANGLE_LEFT]: version,
      [ANGLE_RIGHT]: version,
    };
    expect(limitShareScope(scope, [BUTTON, ANGLE_RIGHT])).toEqual([ANGLE_LEFT]);
    expect(Object.keys(scope).sort()).toEqual(
      ['react', 'react-router', ANGLE_RIGHT, BUTTON].sort(),
    );
  });

  it('models the console 4.22 as measured: 54 PatternFly modules, not angle-left-icon', () => {
    expect(CONSOLE_PROVIDED_PATTERNFLY).toHaveLength(54);
    expect(CONSOLE_PROVIDED_PATTERNFLY).toContain(ANGLE_RIGHT);
    expect(CONSOLE_PROVIDED_PATTERNFLY).toContain(TABLE);
    expect(CONSOLE_PROVIDED_PATTERNFLY).not.toContain(ANGLE_LEFT);
    expect(CONSOLE_PROVIDED_PATTERNFLY.every(isPatternflyDynamicModule)).toBe(true);
  });
});
