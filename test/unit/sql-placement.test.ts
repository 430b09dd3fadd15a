/**
 * SQL lives in repositories (docs/architecture.md): a route, a rule, a job or a service asks a repository
 * by name and never holds a statement or a fragment of one. Found here by reading every string the
 * server's code writes, so a comment that names a table is no offence and a statement built in pieces is.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SERVER_SRC = path.join(__dirname, '../../server/src');

// Data scripts and the driver are SQL by nature: the demo seeds and db/ (connection, migrations).
const EXEMPT_FOLDERS = ['seed', 'db'].map((folder) => path.join(SERVER_SRC, folder) + path.sep);

const isRepository = (file: string) => /(^|[-/])repository\.ts$/.test(file);
/** A module of fragments its domain's repositories share; repositories alone may import it. */
const isSqlModule = (file: string) => file.endsWith('-sql.ts');

// Upper-case SQL as the code base writes it; prose and Chinese text never read like this.
const SQL = new RegExp(
  [
    String.raw`\bSELECT\b[\s\S]*\bFROM\b`,
    String.raw`\b(INSERT INTO|DELETE FROM|ON CONFLICT|WHERE|JOIN|ORDER BY|GROUP BY|LIKE|CASE WHEN|IS (NOT )?NULL)\b`,
    String.raw`\bUPDATE\s+\w+\s+SET\b`,
    String.raw`::(int|integer|text|date|timestamptz|uuid)\b`,
  ].join('|'),
);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function parse(file: string) {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The first line of each string or template in `file` that reads as SQL (or matches `pattern`). */
function sqlIn(file: string, pattern = SQL): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const texts = ts.isStringLiteralLike(node)
      ? [node.text]
      : ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
        : [];
    const text = texts.join(' ');
    if (texts.length > 0 && pattern.test(text)) {
      const { line } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(SERVER_SRC, file)}:${line + 1}: ${text.trim().split('\n')[0]!.slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}

/** The server files `file` imports by relative path. */
function importsOf(file: string): string[] {
  return parse(file)
    .statements.filter(ts.isImportDeclaration)
    .map((declaration) => (declaration.moduleSpecifier as ts.StringLiteral).text)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.resolve(path.dirname(file), specifier) + '.ts');
}

const files = sourceFiles(SERVER_SRC).filter((file) => !EXEMPT_FOLDERS.some((folder) => file.startsWith(folder)));

test('the server writes SQL only in repository files and the fragment modules they share', () => {
  const misplaced = files.filter((file) => !isRepository(file) && !isSqlModule(file)).flatMap((file) => sqlIn(file));
  expect(misplaced).toEqual([]);
});

test('only repositories import a domain’s SQL fragments', () => {
  const leaks = files
    .filter((file) => !isRepository(file) && !isSqlModule(file))
    .flatMap((file) =>
      importsOf(file)
        .filter(isSqlModule)
        .map((imported) => `${path.relative(SERVER_SRC, file)} imports ${path.relative(SERVER_SRC, imported)}`),
    );
  expect(leaks).toEqual([]);
});

test('lists page by keyset: no statement reads and throws away rows with OFFSET', () => {
  // A page at OFFSET n reads the n rows before it; a list that grows with the years must start after
  // the last row shown instead (schemas/keyset.ts), so its 500th page costs what its first does.
  expect(files.flatMap((file) => sqlIn(file, /\bOFFSET\b/))).toEqual([]);
});

test('the check reads the server’s code: repositories hold SQL it recognises', () => {
  // Guards the guard: were the pattern or the file walk broken, the tests above would pass on anything.
  const repositories = files.filter(isRepository);
  expect(repositories.length).toBeGreaterThan(30);
  expect(repositories.filter((file) => sqlIn(file).length > 0).length).toBeGreaterThan(30);
});
