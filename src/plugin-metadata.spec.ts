import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  consolePlugin: {
    name: string;
    exposedModules: Record<string, string>;
    dependencies: Record<string, string>;
  };
};
const extensions = JSON.parse(readFileSync(join(root, 'console-extensions.json'), 'utf8')) as {
  type: string;
  properties: Record<string, unknown>;
}[];

const codeRefsOf = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(codeRefsOf);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$codeRef === 'string') return [record.$codeRef];
    return Object.values(record).flatMap(codeRefsOf);
  }
  return [];
};

const moduleFile = (relative: string) =>
  ['.ts', '.tsx'].map((ext) => join(root, 'src', relative + ext)).find((file) => existsSync(file));

describe('plugin metadata', () => {
  it('names the plugin like the package and targets console 4.22 or later', () => {
    expect(pkg.consolePlugin.name).toBe(pkg.name);
    expect(pkg.consolePlugin.dependencies['@console/pluginAPI']).toBe('>=4.22.0-0');
  });

  it.each(Object.entries(pkg.consolePlugin.exposedModules))(
    'exposed module %s points to a file that exists',
    (_name, relative) => {
      expect(moduleFile(relative)).toBeDefined();
    },
  );

  it.each(extensions.flatMap((extension) => codeRefsOf(extension.properties)))(
    'code reference %s names an exposed module and an export it has',
    (codeRef) => {
      const [moduleName, exportName = 'default'] = codeRef.split('.');
      const relative = pkg.consolePlugin.exposedModules[moduleName];
      expect(relative).toBeDefined();
      const source = readFileSync(moduleFile(relative)!, 'utf8');
      const exportPattern =
        exportName === 'default'
          ? /export default /
          : new RegExp(`export (const|function|class) ${exportName}\\b`);
      expect(source).toMatch(exportPattern);
    },
  );

  it('exposes no module that no extension uses', () => {
    const used = new Set(
      extensions
        .flatMap((extension) => codeRefsOf(extension.properties))
        .map((ref) => ref.split('.')[0]),
    );
    expect(Object.keys(pkg.consolePlugin.exposedModules).filter((name) => !used.has(name))).toEqual(
      [],
    );
  });
});
