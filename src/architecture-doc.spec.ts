import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

// ARCHITECTURE.md names the functions and files a click goes through; a rename must not leave it
// describing code that no longer exists.
const root = join(__dirname, '..');
const doc = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');

/** "`name` (`path/to/file`)": a name the document places in a file. */
const placedNames = [...doc.matchAll(/`([A-Za-z_$][\w$]*)`\s+\(`([\w.-]+\/[\w./-]+)`/g)].map(
  ([, name, file]) => ({ name, file }),
);

/** Every file or folder of the project the document names (placeholders like <name> left out). */
const namedPaths = [
  ...new Set(
    [...doc.matchAll(/`((?:src|dev|charts|scripts|integration-tests|__mocks__)\/[\w./-]*)`/g)].map(
      ([, path]) => path,
    ),
  ),
];

const escapeRegExp = (text: string) => text.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');

describe('ARCHITECTURE.md', () => {
  it('places names in files and names paths (the checks below have something to check)', () => {
    expect(placedNames.length).toBeGreaterThan(20);
    expect(namedPaths.length).toBeGreaterThan(20);
  });

  it.each(placedNames)('$name is in $file', ({ name, file }) => {
    const path = join(root, file);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`\\b${escapeRegExp(name)}\\b`));
  });

  it.each(namedPaths)('%s exists', (path) => {
    expect(existsSync(join(root, path))).toBe(true);
  });
});
