/**
 * Core's two boundaries, checked on the sources: (1) src/core runs anywhere, a browser included: no Node built-in,
 * no `vscode`, no Node-only global; (2) the front ends (src/vscode, src/cli, src/node) reach core only through
 * src/core/index.ts, its public surface.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '../../../src');
const CORE = path.join(SRC, 'core');
const CORE_ENTRY = new Set([CORE, path.join(CORE, 'index'), path.join(CORE, 'index.ts')]);

/** Modules core must not import: Node's built-ins (with or without "node:") and the editor. */
const FORBIDDEN = new Set([...builtinModules, 'vscode']);
/** Globals that exist in Node only. */
const NODE_GLOBALS = new Set(['Buffer', 'process', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate']);

function sources(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

const parse = (file: string) => ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** Every module specifier a file imports, re-exports, requires or imports dynamically. */
function imports(file: string): string[] {
  return ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** Node-only globals a file uses (identifiers that are not property names or declarations of their own). */
function nodeGlobals(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const p = node.parent;
      const ownName = (ts.isPropertyAccessExpression(p) && p.name === node) || ((ts.isPropertyAssignment(p) || ts.isVariableDeclaration(p) || ts.isParameter(p)) && p.name === node);
      if (!ownName) found.push(`${node.text} (line ${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}

describe('core boundaries', function () {
  this.timeout(30_000); // parses every source file

  it('src/core imports no Node built-in and not vscode, and uses no Node-only global', () => {
    const bad: string[] = [];
    for (const file of sources(CORE)) {
      for (const spec of imports(file)) if (spec.startsWith('node:') || FORBIDDEN.has(spec)) bad.push(`${path.relative(SRC, file)}: import '${spec}'`);
      for (const g of nodeGlobals(file)) bad.push(`${path.relative(SRC, file)}: ${g}`);
    }
    assert.deepEqual(bad, []);
  });

  it('src/vscode, src/cli and src/node import core only through src/core/index.ts', () => {
    const bad: string[] = [];
    for (const front of ['vscode', 'cli', 'node']) {
      for (const file of sources(path.join(SRC, front))) {
        for (const spec of imports(file)) {
          if (!spec.startsWith('.')) continue;
          const target = path.resolve(path.dirname(file), spec);
          if ((target === CORE || target.startsWith(CORE + path.sep)) && !CORE_ENTRY.has(target)) bad.push(`${path.relative(SRC, file)}: '${spec}'`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the checks see what they look for', () => {
    const probe = path.join(SRC, 'core', 'export', 'ids.ts');
    assert.ok(imports(probe).includes('../util/sha256'), 'imports are read');
    assert.ok(imports(path.join(SRC, 'node', 'atomic-file.ts')).includes('node:fs'));
    assert.ok(nodeGlobals(path.join(SRC, 'node', 'atomic-file.ts')).some((g) => g.startsWith('Buffer') || g.startsWith('process')));
  });
});
