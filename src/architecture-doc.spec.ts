/** @jest-environment node */
import { existsSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

// ARCHITECTURE.md names the functions and files a click goes through; a rename must not leave it
// describing code that no longer exists, and a step must not name code the step before it does
// not reach.
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

// ---- The worked examples: "### <title>" sections of numbered steps -----------------------------

interface Step {
  label: string;
  /** The name and file the step opens with (`**Label.** `name` (`file`)`), if it does. */
  subject?: { name: string; file: string };
}

interface Example {
  title: string;
  steps: Step[];
}

const examplesPart = doc.slice(doc.indexOf('## Two requests, from click to wire'));
const examples: Example[] = examplesPart
  .split(/^## (?!#)/m)[1]
  .split(/^### /m)
  .slice(1)
  .map((section) => ({
    title: section.split('\n')[0],
    steps: section
      .split(/^(?=\d+\. \*\*)/m)
      .slice(1)
      .map((text) => {
        const label = /^(\d+)\. \*\*([^*.]+)\.?\*\*/.exec(text)?.slice(1).join(' ') ?? '';
        const opening = /^\d+\. \*\*[^*]+\*\*\s+`([\w$]+)`\s+\(`([\w./-]+)`/.exec(text);
        return {
          label,
          subject: opening ? { name: opening[1], file: opening[2] } : undefined,
        };
      }),
  }));

/** Step N+1 opens with a name, and so does step N: N's code must call or render N+1's. */
const links = examples.flatMap(({ title, steps }) =>
  steps.flatMap((step, index) => {
    const next = steps.at(index + 1);
    return step.subject && next?.subject
      ? [{ example: title, from: step.subject, to: next.subject, label: next.label }]
      : [];
  }),
);

// ---- A static call graph: declarations, references and imports, with the TypeScript parser ----

const tsconfig: unknown = ts.readConfigFile(join(root, 'tsconfig.json'), (file) =>
  ts.sys.readFile(file),
).config;
const { options: compilerOptions } = ts.parseJsonConfigFileContent(tsconfig, ts.sys, root);

const parse = (file: string) =>
  ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

/** The top-level function, component or class named `name` in the file: its whole declaration. */
const declarationOf = (source: ts.SourceFile, name: string): ts.Node | undefined => {
  for (const statement of source.statements) {
    if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name?.text === name
    ) {
      return statement;
    }
    if (ts.isVariableStatement(statement)) {
      const found = statement.declarationList.declarations.find(
        (declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === name,
      );
      if (found?.initializer)
        return wrappedComponent(source, found.initializer) ?? found.initializer;
    }
  }
  return undefined;
};

/** `memo(Inner)`: the declaration of Inner, where the component's body is. */
const wrappedComponent = (source: ts.SourceFile, initializer: ts.Expression) => {
  if (!ts.isCallExpression(initializer) || initializer.expression.getText(source) !== 'memo') {
    return undefined;
  }
  const [inner] = initializer.arguments;
  return ts.isIdentifier(inner) ? declarationOf(source, inner.text) : undefined;
};

/** Whether `name` occurs in the node as a value: called, rendered (JSX), or passed on. */
const references = (node: ts.Node, name: string): boolean => {
  let found = false;
  const visit = (child: ts.Node) => {
    // A type (`typeof name`, `ReturnType<...>`) neither calls nor renders anything.
    if (found || ts.isTypeNode(child)) return;
    if (
      ts.isIdentifier(child) &&
      child.text === name &&
      // `x.name` or `{ name: ... }` is another object's member, not the declaration named `name`.
      !(ts.isPropertyAccessExpression(child.parent) && child.parent.name === child) &&
      !(ts.isPropertyAssignment(child.parent) && child.parent.name === child)
    ) {
      found = true;
      return;
    }
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
};

const resolve = (specifier: string, fromFile: string) =>
  ts.resolveModuleName(specifier, fromFile, compilerOptions, ts.sys).resolvedModule
    ?.resolvedFileName;

/** The file that declares `name` for a module, following `export ... from` (barrels) on the way. */
const declaringFile = (
  file: string,
  name: string,
  seen = new Set<string>(),
): string | undefined => {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const source = parse(file);
  if (declarationOf(source, name)) return file;
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly) continue;
    if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.exportClause;
    const reexports =
      clause === undefined ||
      (ts.isNamedExports(clause) &&
        clause.elements.some((element) => element.name.text === name && !element.propertyName));
    const target = reexports ? resolve(statement.moduleSpecifier.text, file) : undefined;
    const declaring = target && declaringFile(target, name, seen);
    if (declaring) return declaring;
  }
  return undefined;
};

/** Where the file gets `name` from: its own declaration, or a value import (not `import type`). */
const bindingOf = (file: string, name: string): string | undefined => {
  const source = parse(file);
  if (declarationOf(source, name)) return file;
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
      continue;
    }
    const clause = statement.importClause;
    if (!clause || clause.phaseModifier === ts.SyntaxKind.TypeKeyword) continue;
    const named =
      clause.namedBindings && ts.isNamedImports(clause.namedBindings)
        ? clause.namedBindings.elements.some(
            (element) => element.name.text === name && !element.isTypeOnly,
          )
        : false;
    if (!named && clause.name?.text !== name) continue;
    const target = resolve(statement.moduleSpecifier.text, file);
    return target && (declaringFile(target, name) ?? target);
  }
  return undefined;
};

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

  it('has two worked examples, each a chain of at least four steps in code', () => {
    expect(examples.map(({ title }) => title)).toEqual([
      'A DataScienceCluster patch',
      'An MLflow request',
    ]);
    for (const { title } of examples) {
      expect(links.filter((link) => link.example === title).length).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(links)('$example, step $label: $from.name calls or renders $to.name', ({ from, to }) => {
    const fromFile = join(root, from.file);
    const toFile = join(root, to.file);
    const declaration = declarationOf(parse(fromFile), from.name);
    expect({ [`${from.name} declared in ${from.file}`]: declaration !== undefined }).toEqual({
      [`${from.name} declared in ${from.file}`]: true,
    });
    expect(declarationOf(parse(toFile), to.name)).toBeDefined();
    expect({ [`${from.name} refers to ${to.name}`]: references(declaration!, to.name) }).toEqual({
      [`${from.name} refers to ${to.name}`]: true,
    });
    const bound = bindingOf(fromFile, to.name);
    expect(bound && relative(root, bound)).toBe(to.file);
  });
});
