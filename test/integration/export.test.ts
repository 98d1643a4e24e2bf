/**
 * "Export facts", "Export facts for workspace" and the Facts view, in a real VS Code. Every article here is written
 * for these tests (no corpus text). Files are written under sub-folders of the test workspace and removed afterwards.
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import * as vscode from 'vscode';
import type { NewsFactsApi } from '../../src/vscode/api';
import type { ExportedFile, WorkspaceExportResult } from '../../src/vscode/exportFacts';

const EXT_ID = 'news-facts.news-facts';

const AID = [
  'OSLO, March 12, 2024 — The Nordic Council said on Tuesday it would provide 50 billion euros to Ukraine over the next four years.',
  '',
  'Norway paid $370 million to the World Food Programme in 2023, the foreign ministry in Oslo said.',
  '',
  'Finland has not announced any new funding since January.',
  '',
].join('\n');

const ARTICLES: Record<string, string> = {
  'alpha.txt': 'The city council approved €2 million for new bicycle lanes on Monday, the mayor said.\n',
  'beta.news': 'LIMA, May 2, 2023 — Peru received $40 million from the World Bank last week for flood defences.\n',
  'sub/gamma.txt': 'Canada pledged 15 million Canadian dollars to Haiti in 2022, according to Ottawa.\n',
  'delta.txt': 'The regulator fined Acme Corp £3.5 million in April 2021 for misleading customers.\n',
};

let api: NewsFactsApi;
let folder: vscode.Uri;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls `cond` until it holds or `ms` have passed; returns whether it held. */
async function until(cond: () => boolean, ms = 5000): Promise<boolean> {
  for (const t0 = Date.now(); !cond(); await sleep(10)) if (Date.now() - t0 > ms) return false;
  return true;
}
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

async function settle(): Promise<void> {
  await sleep(100);
  await api.whenIdle();
}
async function write(rel: string, data: string | Uint8Array): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder, rel);
  await vscode.workspace.fs.writeFile(uri, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  return uri;
}
async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
  await settle();
  return editor;
}
async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsFacts').update(key, value, vscode.ConfigurationTarget.Workspace);
  await settle();
}
const rel = (uri: vscode.Uri) => path.relative(folder.fsPath, uri.fsPath).split(path.sep).join('/');

function validator() {
  const schemaPath = path.join(vscode.extensions.getExtension(EXT_ID)!.extensionPath, 'schema', 'news-facts.schema.json');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
  /** Schema errors of `doc` as text; '' when it is valid. */
  return (doc: unknown): string => (validate(doc) ? '' : JSON.stringify(validate.errors));
}

suite('News Facts export and Facts view', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<NewsFactsApi>(EXT_ID);
    assert.ok(ext, 'extension is installed');
    api = await ext.activate();
    folder = vscode.workspace.workspaceFolders![0].uri;
    console.log(`workspace folder scheme: ${folder.scheme}`);
    // VS Code for the web (the test host is code-server) saves an edited file one second after the last change by
    // default (files.autoSave "afterDelay"; the desktop default is "off"). These tests keep unsaved edits on purpose
    // and check that the article on disk never changes: under load a test outlasts that second and the editor saves the
    // edit itself (onDidSaveTextDocument fires for the article; the extension never saves). So autosave is off here.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    for (const dir of ['exp', 'out', 'ws', 'same', 'many', 'links']) {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, dir), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  test('commands, views and the JSON Schema are contributed', async () => {
    const cmds = await vscode.commands.getCommands(true);
    assert.ok(cmds.includes('newsFacts.exportFacts') && cmds.includes('newsFacts.exportWorkspaceFacts'));
    assert.ok(cmds.includes('newsFacts.factsList.focus'), 'Facts view registered');
    const pkg = vscode.extensions.getExtension(EXT_ID)!.packageJSON;
    assert.deepStrictEqual(pkg.contributes.jsonValidation, [{ fileMatch: '*.facts.json', url: './schema/news-facts.schema.json' }]);
    const title = pkg.contributes.menus['editor/title'].find((m: { command: string }) => m.command === 'newsFacts.exportFacts');
    assert.ok(title?.when?.includes('newsFacts.isArticle'), 'editor title button only for articles');
  });

  test('exports the active article as JSON next to it and opens it beside; the article is untouched', async () => {
    const uri = await write('exp/aid.txt', AID);
    const before = fs.readFileSync(uri.fsPath);
    const editor = await open(uri);
    await setSetting('export.format', 'json');
    try {
      const out = await vscode.commands.executeCommand<ExportedFile>('newsFacts.exportFacts');
      assert.ok(out, 'exported');
      assert.strictEqual(rel(out.file), 'exp/aid.facts.json');
      const shown = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === out.file.fsPath);
      await until(() => !!shown());
      const beside = shown();
      assert.ok(beside, `facts file shown: ${vscode.window.visibleTextEditors.map((e) => e.document.uri.fsPath)}`);
      assert.notStrictEqual(beside.viewColumn, editor.viewColumn, 'in another column');
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'focus stays on the article');

      const doc = JSON.parse(fs.readFileSync(out.file.fsPath, 'utf8'));
      assert.strictEqual(validator()(doc), '', 'valid against the schema');
      assert.strictEqual(doc.schema, 'news-facts/1');
      assert.strictEqual(doc.document.path, 'aid.txt');
      assert.strictEqual(doc.document.sha256, sha(before), 'saved article: checksum of the file bytes');
      assert.strictEqual(doc.document.chars, AID.length);
      assert.ok(doc.facts.length >= 2, `facts found: ${doc.facts.length}`);
      assert.strictEqual(out.facts, doc.facts.length);
      for (const f of doc.facts) assert.strictEqual(AID.slice(f.evidence.start, f.evidence.end), f.evidence.text, 'evidence offsets point at the sentence');
      const byId = new Map(doc.mentions.map((m: { id: string }) => [m.id, m]));
      const fifty = doc.facts.find((f: { amount: string | null }) => f.amount && (byId.get(f.amount) as { amount: number }).amount === 50e9);
      assert.ok(fifty, 'a fact with 50 billion euros');
      assert.match(fifty.evidence.text, /Nordic Council/);
      const m = byId.get(fifty.amount) as { start: number; end: number; text: string };
      assert.strictEqual(AID.slice(m.start, m.end), m.text, 'mention offsets point at the amount');

      assert.ok(before.equals(fs.readFileSync(uri.fsPath)), 'article bytes unchanged');
      assert.strictEqual(editor.document.isDirty, false);
    } finally {
      await setSetting('export.format', undefined);
    }
  });

  test('CSV via the setting; unsaved edits and the per-article reference date are exported', async () => {
    const uri = await write('exp/edited.txt', AID);
    const before = fs.readFileSync(uri.fsPath);
    let saved = 0; // times the editor saved the article
    const onSave = vscode.workspace.onDidSaveTextDocument((d) => void (d.uri.fsPath === uri.fsPath && saved++));
    const editor = await open(uri);
    // not the dateline's day (2024-03-12), so only the article's own date can give the values checked below
    await vscode.commands.executeCommand('newsFacts.setReferenceDate', uri, '2022-05-01');
    const added = 'Iceland gave 9 million dollars to Malawi last year.';
    await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), added + '\n'));
    await settle();
    await setSetting('export.format', 'csv');
    try {
      const out = await vscode.commands.executeCommand<ExportedFile>('newsFacts.exportFacts', uri);
      assert.ok(out && out.format === 'csv');
      assert.strictEqual(rel(out.file), 'exp/edited.facts.csv');
      const raw = fs.readFileSync(out.file.fsPath, 'utf8');
      const rows: Array<Record<string, string>> = parse(raw, { columns: true, bom: true });
      assert.strictEqual(rows.length, out.facts);
      const text = editor.document.getText();
      for (const r of rows) assert.strictEqual(text.slice(Number(r.start), Number(r.end)), r.sentence, 'CSV offsets point into the editor text');
      const iceland = rows.find((r) => r.sentence.includes('Iceland'));
      assert.ok(iceland, `the unsaved sentence is exported: ${rows.map((r) => r.sentence)}`);
      assert.strictEqual(iceland.amount, '9000000');
      assert.strictEqual(iceland.date_start, '2021-01-01', '"last year" resolved against the article reference date');

      // JSON of the same unsaved text: checksum of what was exported, not of the file on disk
      const json = await vscode.commands.executeCommand<ExportedFile>('newsFacts.exportFacts', uri, { format: 'json', open: false });
      const doc = JSON.parse(fs.readFileSync(json!.file.fsPath, 'utf8'));
      assert.strictEqual(doc.document.sha256, sha(Buffer.from(text, 'utf8')));
      assert.notStrictEqual(doc.document.sha256, sha(before));
      assert.deepStrictEqual(doc.document.reference_date, { value: '2022-05-01', source: 'setting' });

      assert.strictEqual(saved, 0, 'the editor did not save the article (autosave is off)');
      assert.ok(before.equals(fs.readFileSync(uri.fsPath)), 'the article on disk is unchanged');
      assert.ok(editor.document.isDirty, 'and its unsaved edit is still only in the editor');
    } finally {
      onSave.dispose();
      await setSetting('export.format', undefined);
      await vscode.commands.executeCommand('newsFacts.setReferenceDate', uri, '');
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('newsFacts.export.folder: relative to the workspace folder, sub-folders mirrored', async () => {
    const uri = await write('exp/aid.txt', AID);
    await open(uri);
    await setSetting('export.folder', 'out/facts');
    try {
      const out = await vscode.commands.executeCommand<ExportedFile>('newsFacts.exportFacts', uri, { format: 'json', open: false });
      assert.strictEqual(rel(out!.file), 'out/facts/exp/aid.facts.json');
      const doc = JSON.parse(fs.readFileSync(out!.file.fsPath, 'utf8'));
      assert.strictEqual(doc.document.path, '../../../exp/aid.txt', 'path relative to the facts file');
    } finally {
      await setSetting('export.folder', undefined);
    }
  });

  // Issue 8, item 4: a workspace's own settings may not send facts files outside the workspace folder.
  /** Exports exp/aid.txt once alone and once with the workspace; returns what each gave. */
  async function exportBoth() {
    const uri = await write('exp/aid.txt', AID);
    fs.rmSync(path.join(folder.fsPath, 'exp', 'aid.facts.json'), { force: true });
    await open(uri);
    const single = await vscode.commands.executeCommand<ExportedFile>('newsFacts.exportFacts', uri, { format: 'json', open: false });
    const all = await vscode.commands.executeCommand<WorkspaceExportResult>('newsFacts.exportWorkspaceFacts', { format: 'json' });
    return { single, all };
  }
  /** Removes `dir` afterwards if the test created it (a failing run must not leave files behind, not even in /etc). */
  function created(dir: string): () => void {
    const existed = fs.existsSync(dir);
    return () => void (!existed && fs.rmSync(dir, { recursive: true, force: true }));
  }
  const escapes = (value: string) => path.resolve(folder.fsPath, value);

  test('newsFacts.export.folder "../../etc" in the workspace settings is refused: nothing written, there or anywhere', async () => {
    const cleanUp = created(path.join(escapes('../../etc'), 'exp'));
    const cleanUpToo = created(path.join(escapes('../../etc'), 'aid.facts.json'));
    await setSetting('export.folder', '../../etc');
    try {
      const { single, all } = await exportBoth();
      assert.strictEqual(single, undefined, 'the single export is refused');
      assert.strictEqual(all, undefined, 'the workspace export is refused before it starts');
      assert.ok(!fs.existsSync(path.join(escapes('../../etc'), 'exp', 'aid.facts.json')), 'nothing written outside');
      assert.ok(!fs.existsSync(path.join(folder.fsPath, 'exp', 'aid.facts.json')), 'and not silently next to the article either');
    } finally {
      await setSetting('export.folder', undefined);
      cleanUp();
      cleanUpToo();
    }
  });

  test('newsFacts.export.folder: an absolute path in the workspace settings is refused; the same path in the user settings is honoured', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-abs-export-'));
    try {
      await setSetting('export.folder', elsewhere);
      const refused = await exportBoth();
      assert.strictEqual(refused.single, undefined);
      assert.strictEqual(refused.all, undefined);
      assert.deepStrictEqual(fs.readdirSync(elsewhere), [], 'nothing written there from a workspace setting');

      await setSetting('export.folder', undefined);
      await vscode.workspace.getConfiguration('newsFacts').update('export.folder', elsewhere, vscode.ConfigurationTarget.Global);
      await settle();
      const uri = await write('exp/aid.txt', AID);
      const out = await vscode.commands.executeCommand<ExportedFile>('newsFacts.exportFacts', uri, { format: 'json', open: false });
      assert.strictEqual(out?.file.fsPath, path.join(elsewhere, 'exp', 'aid.facts.json'), 'user settings may name any folder');
    } finally {
      await setSetting('export.folder', undefined);
      await vscode.workspace.getConfiguration('newsFacts').update('export.folder', undefined, vscode.ConfigurationTarget.Global);
      await settle();
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('newsFacts.export.folder: a relative folder inside the workspace works for both exports', async () => {
    await setSetting('export.folder', 'out/inside');
    try {
      const { single, all } = await exportBoth();
      assert.strictEqual(single && rel(single.file), 'out/inside/exp/aid.facts.json');
      assert.ok(all?.written.some((w) => rel(w.file) === 'out/inside/exp/aid.facts.json'), 'the workspace export writes there too');
    } finally {
      await setSetting('export.folder', undefined);
    }
  });

  // Issue 8, item 1 (editor side): the facts file of an article may be a symbolic link to the article itself.
  test('refuses to write over an article through a symbolic link; the link and the article stay', async () => {
    const uri = await write('exp/linked.txt', AID);
    const link = path.join(folder.fsPath, 'exp', 'linked.facts.json');
    fs.rmSync(link, { force: true });
    fs.symlinkSync(uri.fsPath, link);
    try {
      await open(uri);
      const out = await vscode.commands.executeCommand<ExportedFile>('newsFacts.exportFacts', uri, { format: 'json', open: false });
      assert.strictEqual(out, undefined, 'refused');
      assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
      assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), AID, 'the article is untouched');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const all = await vscode.commands.executeCommand<WorkspaceExportResult>('newsFacts.exportWorkspaceFacts', { format: 'json' });
      assert.match(all?.failed.find((f) => rel(f.article) === 'exp/linked.txt')?.error ?? '', /refusing to write .*symbolic link to/);
      assert.ok(fs.lstatSync(link).isSymbolicLink() && fs.readFileSync(uri.fsPath, 'utf8') === AID);
    } finally {
      fs.rmSync(link, { force: true });
    }
  });

  // Issue 8, symlink summary: links inside the workspace are not followed, and the summary says how many.
  test('the workspace export skips symbolic links and counts them in its summary', async () => {
    await write('links/real.txt', ARTICLES['alpha.txt']);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-linked-'));
    fs.writeFileSync(path.join(outside, 'far.txt'), ARTICLES['delta.txt']);
    fs.symlinkSync(outside, path.join(folder.fsPath, 'links', 'far-folder'));
    fs.symlinkSync(path.join(folder.fsPath, 'links', 'real.txt'), path.join(folder.fsPath, 'links', 'alias.txt'));
    try {
      const result = await vscode.commands.executeCommand<WorkspaceExportResult>('newsFacts.exportWorkspaceFacts', { format: 'json' });
      assert.ok(result);
      assert.strictEqual(result.symlinksSkipped, 2);
      assert.match(result.summary, /, 2 symlinks skipped/);
      assert.ok(!result.written.some((w) => /far\.txt|alias\.txt/.test(w.article.fsPath)), 'links are not followed');
      assert.ok(!fs.existsSync(path.join(outside, 'far.facts.json')), 'nothing written outside through a link');
    } finally {
      fs.rmSync(path.join(folder.fsPath, 'links'), { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  // Issue 8, item 10: the editor's CSV neutralises formulas; only the user's own settings can turn that off.
  test('CSV export neutralises formulas; newsFacts.export.csvFormulas "keep" only counts from the user settings', async () => {
    const uri = await write('exp/formula.txt', '=HYPERLINK("https://evil.example/","Click") Chile pledged $40 million to Haiti on 3 March 2025.\n');
    const sentence = async () => {
      const out = await vscode.commands.executeCommand<ExportedFile>('newsFacts.exportFacts', uri, { format: 'csv', open: false });
      const rows: Array<Record<string, string>> = parse(fs.readFileSync(out!.file.fsPath, 'utf8'), { columns: true, bom: true });
      return rows[0].sentence;
    };
    const cfg = () => vscode.workspace.getConfiguration('newsFacts');
    try {
      await open(uri);
      assert.match(await sentence(), /^'=HYPERLINK\(/, 'neutralised by default');
      // application scope: VS Code refuses the workspace value (or ignores it)
      await cfg().update('export.csvFormulas', 'keep', vscode.ConfigurationTarget.Workspace).then(undefined, () => undefined);
      await settle();
      assert.match(await sentence(), /^'=HYPERLINK\(/, 'a workspace cannot turn the protection off');
      await cfg().update('export.csvFormulas', 'keep', vscode.ConfigurationTarget.Global);
      await settle();
      assert.match(await sentence(), /^=HYPERLINK\(/, 'the user can');
    } finally {
      await cfg().update('export.csvFormulas', undefined, vscode.ConfigurationTarget.Workspace).then(undefined, () => undefined);
      await cfg().update('export.csvFormulas', undefined, vscode.ConfigurationTarget.Global);
      await settle();
    }
  });

  test('the Facts view lists the facts, follows the editor and edits, and reveals the evidence', async () => {
    const uri = await write('exp/aid.txt', AID);
    const editor = await open(uri);
    await vscode.commands.executeCommand('newsFacts.factsList.focus');
    await settle();
    const facts = api.getFacts();
    assert.ok(facts.length >= 2, `fact nodes: ${facts.map((f) => f.label)}`);
    const fifty = facts.find((f) => f.label.includes('50 bn EUR'));
    assert.ok(fifty, `compact amount in a label: ${facts.map((f) => f.label)}`);
    assert.match(fifty.label, /^.+ → .+ → 50 bn EUR → .*Ukraine/, fifty.label);
    const norway = facts.find((f) => f.label.includes('370 m USD'));
    assert.ok(norway, `370 m USD: ${facts.map((f) => f.label)}`);
    assert.match(norway.label, /^Norway → pay → 370 m USD/);
    assert.match(norway.label, / · 2023$/, 'the year of the fact');
    assert.ok(norway.tooltip.includes('World Food Programme'), `tooltip has the evidence sentence: ${norway.tooltip}`);
    assert.match(norway.tooltip, /Confidence \d\.\d\d/);
    assert.strictEqual(AID.slice(norway.evidence.start, norway.evidence.end), norway.evidence.text);

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(norway.command!.command, ...(norway.command!.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.getText(active.selection), norway.evidence.text, 'click selects the evidence sentence');

    const computed = api.factsComputations();
    await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), 'Sweden pledged 80 million euros to Moldova.\n'));
    await settle();
    const after = api.getFacts();
    assert.strictEqual(after.length, facts.length + 1, `one more fact after the edit: ${after.map((f) => f.label)}`);
    assert.ok(after.some((f) => f.label.includes('80 m EUR') && f.label.includes('Moldova')), after.map((f) => f.label).join(' | '));
    assert.strictEqual(api.factsComputations(), computed + 1, 'facts extracted once for the new version');
    api.getFacts();
    assert.strictEqual(api.factsComputations(), computed + 1, 'and not again while nothing changed');

    // A threshold above the pronoun-read Nordic Council fact hides it, and the view says so; 0 lists all again.
    try {
      await setSetting('facts.minConfidence', 0.95);
      const strong = api.getFacts();
      assert.ok(strong.length < after.length && strong.some((f) => f.label.includes('370 m USD')), strong.map((f) => f.label).join(' | '));
      assert.match(api.getFactsMessage() ?? '', /below 95% confidence hidden \(setting newsFacts\.facts\.minConfidence\)/);
      await setSetting('facts.minConfidence', 0);
      assert.strictEqual(api.getFacts().length, after.length);
      assert.strictEqual(api.getFactsMessage(), undefined);
    } finally {
      await setSetting('facts.minConfidence', undefined);
    }

    const other = await write('ws/alpha.txt', ARTICLES['alpha.txt']);
    await open(other);
    const third = api.getFacts();
    assert.ok(third.length >= 1 && third.every((f) => !f.label.includes('Norway')), `follows the active editor: ${third.map((f) => f.label)}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('exports every article of the workspace, with per-file errors for binary, too large and excluded files', async () => {
    for (const [name, text] of Object.entries(ARTICLES)) await write(`ws/${name}`, text);
    await write('ws/binary.txt', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0x24, 0x35]));
    await write('ws/large.txt', 'The fund paid $1 million to the school. '.repeat(60));
    await write('ws/notes/skip.txt', 'The club paid $4 million to the coach in 2020.\n');
    await setSetting('exclude', ['**/notes/**']);
    await setSetting('maxFileSizeKB', 1);
    let result: WorkspaceExportResult | undefined;
    try {
      result = await vscode.commands.executeCommand<WorkspaceExportResult>('newsFacts.exportWorkspaceFacts', { format: 'json' });
    } finally {
      await setSetting('exclude', undefined);
      await setSetting('maxFileSizeKB', undefined);
    }
    assert.ok(result, 'a result');
    console.log(`      summary: ${result.summary}`);
    const mine = (uris: vscode.Uri[]) => uris.map(rel).filter((r) => r.startsWith('ws/')).sort();
    assert.deepStrictEqual(mine(result.written.map((w) => w.article)), Object.keys(ARTICLES).map((n) => `ws/${n}`).sort());
    const failed = new Map(result.failed.map((f) => [rel(f.article), f.error]));
    assert.match(failed.get('ws/binary.txt') ?? '', /NUL bytes/);
    assert.match(failed.get('ws/large.txt') ?? '', /above the limit of 1 KB/);
    assert.ok(!failed.has('ws/notes/skip.txt') && !result.written.some((w) => rel(w.article) === 'ws/notes/skip.txt'), 'excluded file skipped');
    assert.ok(!fs.existsSync(path.join(folder.fsPath, 'ws/notes/skip.facts.json')));
    assert.strictEqual(result.cancelled, false);
    assert.match(result.summary, new RegExp(`^Exported ${result.written.length} articles?, ${result.failed.length} failed$`));

    const validate = validator();
    for (const w of result.written.filter((x) => rel(x.article).startsWith('ws/'))) {
      assert.strictEqual(w.file.fsPath, w.article.fsPath.replace(/\.(txt|news)$/, '.facts.json'));
      const doc = JSON.parse(fs.readFileSync(w.file.fsPath, 'utf8'));
      assert.strictEqual(validate(doc), '', `${rel(w.file)} valid against the schema`);
      const text = ARTICLES[rel(w.article).slice(3)];
      assert.strictEqual(doc.document.sha256, sha(Buffer.from(text, 'utf8')));
      assert.ok(doc.facts.length >= 1, `${rel(w.article)} has a fact`);
      for (const f of doc.facts) assert.strictEqual(text.slice(f.evidence.start, f.evidence.end), f.evidence.text);
    }
    assert.strictEqual(fs.readFileSync(path.join(folder.fsPath, 'ws/alpha.txt'), 'utf8'), ARTICLES['alpha.txt'], 'articles unchanged');
  });

  test('the CLI and the editor write byte-identical facts files for the same article (JSON and CSV)', async () => {
    const cli = path.join(vscode.extensions.getExtension(EXT_ID)!.extensionPath, 'dist', 'cli.js');
    // a plain article, and one with a byte order mark and CRLF line ends (the editor hides the one, keeps the other)
    const articles = { 'same/plain.txt': AID, 'same/sub/bom-crlf.news': '\ufeff' + AID.replace(/\n/g, '\r\n') };
    const uris = await Promise.all(Object.entries(articles).map(([name, text]) => write(name, text)));
    const targetOf = (uri: vscode.Uri, format: string) => uri.fsPath.replace(/\.(txt|news)$/, `.facts.${format}`);
    for (const format of ['json', 'csv'] as const) {
      // The CLI writes beside each article, as the editor does, so `document.path` (relative to the facts file) is
      // the same; each file is read and removed before the editor writes its own.
      const fromCli = new Map<string, Buffer>();
      for (const uri of uris) {
        const r = spawnSync(process.execPath, [cli, 'extract', uri.fsPath, '--format', format], { encoding: 'utf8' });
        assert.strictEqual(r.status, 0, r.stderr);
        fromCli.set(uri.fsPath, fs.readFileSync(targetOf(uri, format)));
        fs.rmSync(targetOf(uri, format));
      }
      const same = (uri: vscode.Uri, how: string) =>
        assert.ok(fs.readFileSync(targetOf(uri, format)).equals(fromCli.get(uri.fsPath)!), `${how}: ${rel(uri)} as ${format}, byte for byte`);

      for (const uri of uris) {
        await open(uri); // analysed by the editor, as shown (and saved: the checksum is the file's)
        const out = await vscode.commands.executeCommand<ExportedFile>('newsFacts.exportFacts', uri, { format, open: false });
        assert.strictEqual(out?.file.fsPath, targetOf(uri, format));
        same(uri, 'Export Facts');
        fs.rmSync(targetOf(uri, format));
      }
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const result = await vscode.commands.executeCommand<WorkspaceExportResult>('newsFacts.exportWorkspaceFacts', { format });
      for (const uri of uris) {
        assert.ok(result?.written.some((w) => w.article.fsPath === uri.fsPath), `${rel(uri)} exported with the workspace`);
        same(uri, 'Export Facts for Workspace');
      }
    }
    assert.strictEqual(fs.readFileSync(uris[1].fsPath, 'utf8'), articles['same/sub/bom-crlf.news'], 'the article is only read');
  });

  test('the workspace export can be cancelled between files; written files stay', async () => {
    const n = 200;
    for (let i = 0; i < n; i++) {
      await write(
        `many/article-${String(i).padStart(3, '0')}.txt`,
        `Report ${i}. The provincial government paid ${i + 1} million dollars to the hospital trust in ${2000 + (i % 20)}, officials said.\n\n` +
          `A charity later gave a further ${i + 2} million euros to the same trust, its director said on Friday.\n`,
      );
    }
    const running = vscode.commands.executeCommand<WorkspaceExportResult>('newsFacts.exportWorkspaceFacts', { format: 'json' });
    let p = api.exportProgress();
    for (let i = 0; i < 1000 && !(p && p.done >= 5); i++) {
      await sleep(5);
      p = api.exportProgress();
    }
    assert.ok(p && p.done >= 5, `export under way: ${JSON.stringify(p)}`);
    assert.ok(api.cancelWorkspaceExport(), 'a running export was cancelled');
    const result = await running;
    console.log(`      summary: ${result.summary}`);
    assert.strictEqual(result.cancelled, true);
    assert.match(result.summary, /cancelled after \d+ of \d+/);
    const writtenMany = result.written.filter((w) => rel(w.article).startsWith('many/'));
    assert.ok(writtenMany.length >= 1 && writtenMany.length < n, `some but not all written: ${writtenMany.length}`);
    const onDisk = fs.readdirSync(path.join(folder.fsPath, 'many')).filter((f) => f.endsWith('.facts.json'));
    assert.strictEqual(onDisk.length, writtenMany.length, 'exactly the files reported as written are on disk');
    assert.ok(!fs.readdirSync(path.join(folder.fsPath, 'many')).some((f) => f.endsWith('.tmp')), 'no temporary file left');
    assert.strictEqual(api.exportProgress(), undefined, 'no export running any more');
    assert.strictEqual(api.cancelWorkspaceExport(), false);
  });
});
