import {
  pathRelative,
  pathWithinMaxLength,
  pathWithoutBackslash,
  pathWithoutDotDot,
  secretNamePresent,
  secretNameSupported,
  validateArtifactRootSettings,
} from './mlflowconfig-validation';

describe('MLflowConfig rules', () => {
  it('asks for a Secret name, and only the one the MLflow server reads', () => {
    expect(secretNamePresent('')).toBe(false);
    expect(secretNameSupported('mlflow-artifact-connection')).toBe(true);
    expect(secretNameSupported('my-bucket-secret')).toBe(false);
  });

  it.each(['', 'experiments', 'a/b/c', 'a/..b', '..a/b', 'a../b', 'a/b..'])(
    'accepts the relative path %p',
    (path) => {
      expect(pathRelative(path)).toBe(true);
      expect(pathWithoutDotDot(path)).toBe(true);
    },
  );

  it.each(['/abs', '/'])('refuses the absolute path %p', (path) => {
    expect(pathRelative(path)).toBe(false);
  });

  it.each(['..', '../x', 'a/..', 'a/../b', 'a/b/../../c'])('refuses the %p segment', (path) => {
    expect(pathWithoutDotDot(path)).toBe(false);
  });

  it('counts characters up to 512 and refuses backslashes', () => {
    expect(pathWithinMaxLength('a'.repeat(512))).toBe(true);
    expect(pathWithinMaxLength('a'.repeat(513))).toBe(false);
    expect(pathWithoutBackslash('a\\b')).toBe(false);
  });

  it('lists each broken rule once, and none for a valid config', () => {
    expect(
      validateArtifactRootSettings({ secretName: 'mlflow-artifact-connection', path: 'runs' }),
    ).toEqual([]);
    expect(
      validateArtifactRootSettings({ secretName: 'other', path: '/../x' }).map((r) => r.rule),
    ).toEqual(['secret-name', 'path-relative', 'path-no-dot-dot']);
    expect(validateArtifactRootSettings({ secretName: '', path: '' }).map((r) => r.rule)).toEqual([
      'secret-required',
    ]);
  });
});
