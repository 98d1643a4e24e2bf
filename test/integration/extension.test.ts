/**
 * Runs inside a real VS Code extension host. Every article here is written for these tests (no corpus text).
 * Engine output is read back from the extension's test API, so assertions compare the editor (decorations, tree,
 * hover, selection) with the analysis the engine produced, plus a few values any working engine must find.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsFactsApi } from '../../src/vscode/api';
import { ruleLine } from '../../src/vscode/format';

const EXT_ID = 'news-facts.news-facts';

const ARTICLE = [
  'BRUSSELS, April 4, 2025 — NATO allies agreed on Friday to provide more than €20 billion in military aid to Ukraine in the first quarter of 2025, Secretary-General Mark Rutte said.',
  '',
  'Rutte told reporters that Germany would contribute $1.5 billion and that the European Union had set aside a further 300 million euros for air defence.',
  '',
  '"We will not let Kyiv stand alone," Rutte said after the meeting at NATO headquarters. Ukrainian President Volodymyr Zelensky thanked the allies last week.',
  '',
  'The United States, which gave about $61 billion last year, has not announced new funding since January.',
  '',
].join('\n');

let api: NewsFactsApi;
let folder: vscode.Uri;

/** Hover markdown back to plain text. */
const plain = (hovers: vscode.Hover[]): string =>
  hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\(.)/g, '$1');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls `cond` until it holds or `ms` have passed; returns whether it held. */
async function until(cond: () => boolean, ms = 5000): Promise<boolean> {
  for (const t0 = Date.now(); !cond(); await sleep(10)) if (Date.now() - t0 > ms) return false;
  return true;
}
/** Lets editor events reach the extension, then waits until it has analysed everything shown. */
async function settle(): Promise<void> {
  await sleep(100);
  await api.whenIdle();
}
async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder, name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}
async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await settle();
  return editor;
}
async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsFacts').update(key, value, vscode.ConfigurationTarget.Workspace);
  await settle();
}
function textsOf(doc: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] {
  return ranges.map((r) => doc.getText(r));
}
function root(label: string) {
  const r = api.getTree().find((n) => n.label.startsWith(label));
  assert.ok(r, `tree has a "${label}" root: ${api.getTree().map((n) => n.label).join(', ')}`);
  return r;
}
const countOf = (label: string): number => Number(/: (\d+)$/.exec(root(label).label)?.[1]);

suite('News Facts in a real VS Code', () => {
  suiteSetup(async () => {
    console.log(`vscode.version = ${vscode.version} (uiKind ${vscode.env.uiKind}, remoteName ${vscode.env.remoteName ?? 'none'})`);
    const ws = vscode.workspace.workspaceFolders?.[0];
    assert.ok(ws, 'a workspace folder is open');
    folder = ws.uri;
    // The test host may default to saving edits after a delay; these tests keep their edits unsaved, whatever the
    // machine's speed (a slow round would otherwise save mid-test).
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opening a .news article activates the extension', async () => {
    const ext = vscode.extensions.getExtension<NewsFactsApi>(EXT_ID);
    assert.ok(ext, 'extension is installed');
    const events: string[] = ext.packageJSON.activationEvents;
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), `no eager activation: ${events}`);
    assert.ok(events.includes('onLanguage:news') && events.includes('onLanguage:plaintext'), `${events}`);
    // The workbench itself may hold a plaintext model (e.g. an input box), which already activates us; say so.
    const activeBefore = ext.isActive;
    console.log(`extension active before any article was opened: ${activeBefore}`);
    const uri = await write('aid.news', ARTICLE);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'news', '*.news files get the contributed language');
    for (let i = 0; i < 100 && !ext.isActive; i++) await sleep(100);
    assert.ok(ext.isActive, 'active once an article is open');
    api = ext.exports;
    await settle();
    assert.strictEqual(api.getState(uri)?.status, 'ready');
  });

  test('decorations are applied per type and cover exactly the mentions', async () => {
    const uri = await write('aid.news', ARTICLE);
    const editor = await open(uri);
    const analysis = api.getAnalysis(uri);
    assert.ok(analysis, 'analysed');
    const deco = api.getDecorations(uri);
    assert.ok(deco, 'decorations recorded');
    const money = textsOf(editor.document, deco.MONEY);
    const dates = textsOf(editor.document, deco.DATE);
    const actors = [...deco.person, ...deco.organization, ...deco.place, ...deco.group];
    assert.ok(money.some((t) => t.includes('20 billion')), `money decorations: ${JSON.stringify(money)}`);
    assert.ok(dates.length > 0, 'date decorations');
    assert.ok(actors.length > 0, 'actor decorations');
    assert.ok(textsOf(editor.document, deco.person).some((t) => t.includes('Rutte')), `person decorations: ${textsOf(editor.document, deco.person)}`);
    // every decoration is one engine mention, of the right type and kind, at the right place
    const expect = (key: string) =>
      analysis.mentions.filter((m) => (m.type === 'ACTOR' ? m.kind : m.type) === key).map((m) => m.text);
    for (const key of ['MONEY', 'DATE', 'person', 'organization', 'place', 'group'] as const) {
      assert.deepStrictEqual(textsOf(editor.document, deco[key]), expect(key), `${key} decorations match the analysis`);
    }
  });

  test('hover shows the resolved value, the number of occurrences and why the mention is marked', async () => {
    const uri = await write('aid.news', ARTICLE);
    const editor = await open(uri);
    const m = api.getAnalysis(uri)!.mentions.find((x) => x.type === 'MONEY' && x.text.includes('20 billion'));
    assert.ok(m && m.type === 'MONEY');
    const pos = editor.document.positionAt(m.start + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
    const text = plain(hovers);
    assert.ok(text.includes('**Money** — 20,000,000,000 EUR (more than)'), `hover has the resolved value: ${text}`);
    assert.ok(text.includes('“more than €20 billion” · occurs once in this article'), `hover counts occurrences: ${text}`);
    const why = ruleLine(m.rule);
    assert.ok(why && why.startsWith('Why marked: ') && why.includes(m.rule), `a rule line for "${m.rule}": ${why}`);
    assert.ok(text.includes(why), `hover says why it is marked (rule ${m.rule}): ${text}`);
    const analysis = api.getAnalysis(uri)!;
    const hoverAt = async (mentionText: string): Promise<string> => {
      const x = analysis.mentions.find((y) => y.text === mentionText);
      assert.ok(x, `a mention "${mentionText}": ${analysis.mentions.map((y) => y.text)}`);
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(x.start + 1));
      return plain(h);
    };
    const friday = await hoverAt('Friday');
    assert.ok(friday.includes('**Date** — 2025-04-04 (anchored on 2025-04-04 from the dateline)'), `date hover: ${friday}`);
    const q1 = await hoverAt('the first quarter of 2025');
    assert.ok(q1.includes('**Date** — 2025-01-01 → 2025-03-31 (2025-Q1)'), `quarter resolved: ${q1}`);
    const rutte = await hoverAt('Rutte');
    assert.ok(rutte.includes('**Actor** — Mark Rutte · person'), `actor hover names the canonical actor: ${rutte}`);
    // "Mark Rutte" in the first paragraph, "Rutte" in the second and third: one actor
    assert.ok(rutte.includes('“Rutte” · occurs 3 times in this article'), `Rutte occurs 3 times: ${rutte}`);
    const rutteRule = analysis.mentions.find((y) => y.text === 'Rutte')!.rule;
    assert.ok(rutte.includes(ruleLine(rutteRule)!), `actor hover says why it is marked (rule ${rutteRule}): ${rutte}`);
  });

  test('the sidebar tree lists types, distinct values with counts, and mentions', async () => {
    const uri = await write('aid.news', ARTICLE);
    await open(uri);
    const analysis = api.getAnalysis(uri)!;
    const n = (t: string) => analysis.mentions.filter((m) => m.type === t).length;
    assert.deepStrictEqual(
      api.getTree().map((r) => r.label),
      [`Money: ${n('MONEY')}`, `Dates: ${n('DATE')}`, `Actors: ${n('ACTOR')}`],
    );
    for (const label of ['Money', 'Dates', 'Actors']) {
      const r = root(label);
      const sum = r.children.reduce((s, g) => s + g.children.length, 0);
      assert.strictEqual(sum, countOf(label), `${label}: groups hold every mention`);
      for (const g of r.children) assert.ok(g.description?.includes(`${g.children.length}×`), `group count shown: ${g.label} ${g.description}`);
    }
    const rutte = root('Actors').children.find((g) => g.label === 'Mark Rutte');
    assert.ok(rutte, `one node for the canonical actor: ${root('Actors').children.map((g) => g.label)}`);
    assert.ok(rutte.children.length >= 2, 'Mark Rutte and Rutte grouped together');
    assert.ok(rutte.children.every((c) => /^\d+: .*Rutte/.test(c.label)), `mentions show line and preview: ${rutte.children.map((c) => c.label)}`);
  });

  test('clicking a mention in the tree reveals and selects it; reveal-in-sidebar selects the node', async () => {
    const uri = await write('aid.news', ARTICLE);
    const editor = await open(uri);
    const analysis = api.getAnalysis(uri)!;
    const last = analysis.mentions[analysis.mentions.length - 1];
    const label = last.type === 'MONEY' ? 'Money' : last.type === 'DATE' ? 'Dates' : 'Actors';
    const node = root(label)
      .children.flatMap((g) => g.children)
      .find((c) => c.command && c.command.arguments?.[1] === last.start);
    assert.ok(node?.command, 'mention node with a command');
    // put the cursor elsewhere first
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(node.command.command, ...(node.command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), uri.toString());
    assert.strictEqual(active.document.getText(active.selection), last.text, 'the mention is selected');

    assert.strictEqual(await vscode.commands.executeCommand('newsFacts.revealInSidebar', uri, last.start), true, 'revealed');
    await until(() => api.getTreeSelection().length > 0);
    assert.deepStrictEqual(api.getTreeSelection(), [node.label], 'the sidebar selects the mention node');
  });

  test('an edit updates decorations and the tree, refreshing only what changed', async () => {
    const uri = await write('edit.txt', ARTICLE);
    const editor = await open(uri);
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const moneyBefore = api.getDecorations(uri)!.MONEY.length;
    const treeMoneyBefore = countOf('Money');
    const refreshesBefore = api.treeRefreshes();
    const end = editor.document.positionAt(editor.document.getText().length);
    await editor.edit((b) => b.insert(end, '\nIt added a further £5 million.\n'));
    await settle();
    assert.strictEqual(api.getDecorations(uri)!.MONEY.length, moneyBefore + 1, 'new money decoration');
    assert.ok(textsOf(editor.document, api.getDecorations(uri)!.MONEY).some((t) => t.includes('5 million')));
    assert.strictEqual(countOf('Money'), treeMoneyBefore + 1, 'tree count follows the edit');
    const refreshes = api.treeRefreshes();
    assert.ok(refreshes.MONEY > refreshesBefore.MONEY, `money root refreshed: ${JSON.stringify(refreshes)}`);
    assert.strictEqual(refreshes.all, refreshesBefore.all, `whole tree not rebuilt: ${JSON.stringify(refreshes)}`);
    assert.strictEqual(api.getState(uri)?.status, 'ready');
    assert.strictEqual(editor.document.isDirty, true, 'only our edit touched the document');
  });

  test('typing fast: results for outdated versions are discarded, the last version wins', async function () {
    this.timeout(180_000); // a big article, and rounds repeat when the machine stalls the editor
    await setSetting('debounceMs', 0);
    try {
      // Big enough for the worker. Each round first gives the article another reference date, so the analysis under
      // way when the keystrokes arrive re-reads every date of ~1,500 paragraphs (hundreds of ms, however fast the
      // machine): the keystrokes land while it runs, unless the editor itself stalls (then the round repeats).
      const paragraphs = Array.from({ length: 1500 }, (_, i) => `${i}. ${ARTICLE.split('\n')[0]}`);
      const uri = await write('typing.txt', paragraphs.join('\n\n'));
      const editor = await open(uri);
      const insert = (n: number) => editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), ` Officials counted ${n} million dollars.`));
      const staleBefore = api.counters().stale;
      let rounds = 0;
      let day = '';
      for (; rounds < 20 && api.counters().stale === staleBefore; rounds++) {
        // the editor has caught up with the last result (decorations) before the round's keystrokes are timed
        await vscode.window.showTextDocument(editor.document, { preview: false });
        const runs = api.counters().runs;
        day = `2020-01-${String(10 + rounds)}`;
        await vscode.commands.executeCommand('newsFacts.setReferenceDate', uri, day);
        await insert(2 * rounds + 1);
        // an analysis has started (a counter, so a short 'analysing' state cannot be missed)
        assert.ok(await until(() => api.counters().runs > runs, 5000), 'an analysis started');
        await insert(2 * rounds + 2); // lands while it runs
        await settle();
      }
      console.log(`      stale result discarded after ${rounds} round${rounds === 1 ? '' : 's'}`);
      assert.ok(api.counters().stale > staleBefore, 'a result for an outdated version was discarded');
      const a = api.getAnalysis(uri)!;
      assert.strictEqual(a.chars, editor.document.getText().length, 'analysis is of the final text');
      assert.deepStrictEqual(a.referenceDate, { value: day, source: 'setting' }, 'and of the last reference date');
      const last = editor.document.getText().match(/counted (\d+) million dollars\.$/)![1];
      const moneyTexts = textsOf(editor.document, api.getDecorations(uri)!.MONEY);
      assert.strictEqual(moneyTexts[moneyTexts.length - 1], `${last} million dollars`, `last edit analysed: ${moneyTexts.slice(-3)}`);
    } finally {
      await setSetting('debounceMs', undefined);
    }
  });

  test('articles above the size limit get a message and "Analyse anyway", never a silent freeze', async () => {
    await setSetting('maxFileSizeKB', 1);
    try {
      const uri = await write('long.txt', ARTICLE.repeat(4));
      await open(uri);
      const st = api.getState(uri)!;
      assert.strictEqual(st.status, 'tooLarge');
      assert.match(st.message ?? '', /above the News Facts limit of 1 KB/);
      assert.strictEqual(api.getDecorations(uri)!.MONEY.length, 0, 'nothing decorated');
      assert.deepStrictEqual(api.getTree(), [], 'no zero counts as if analysed: the view says why instead');
      await vscode.commands.executeCommand('newsFacts.analyseAnyway', uri);
      await settle();
      assert.strictEqual(api.getState(uri)!.status, 'ready');
      assert.ok(api.getDecorations(uri)!.MONEY.length >= 4, 'analysed after "Analyse anyway"');
    } finally {
      await setSetting('maxFileSizeKB', undefined);
    }
  });

  test('settings take effect without a reload (types, decorations, exclude)', async () => {
    const uri = await write('settings.txt', ARTICLE);
    await open(uri);
    assert.ok(api.getDecorations(uri)!.DATE.length > 0);
    await setSetting('types', ['MONEY']);
    try {
      const d = api.getDecorations(uri)!;
      assert.ok(d.MONEY.length > 0, 'money still shown');
      assert.strictEqual(d.DATE.length + d.person.length + d.organization.length + d.place.length + d.group.length, 0, 'dates and actors hidden');
      assert.deepStrictEqual(api.getTree().map((r) => r.label.split(':')[0]), ['Money']);
    } finally {
      await setSetting('types', undefined);
    }
    assert.ok(api.getDecorations(uri)!.DATE.length > 0, 'dates back');

    await setSetting('decorations.enabled', false);
    try {
      const d = api.getDecorations(uri)!;
      assert.strictEqual(Object.values(d).reduce((s, r) => s + r.length, 0), 0, 'no inline decorations');
      assert.ok(countOf('Money') > 0, 'the sidebar still works');
    } finally {
      await setSetting('decorations.enabled', undefined);
    }

    await vscode.commands.executeCommand('newsFacts.toggleDecorations');
    await settle();
    assert.strictEqual(api.getDecorations(uri)!.MONEY.length, 0, 'toggle command hides the highlights');
    await vscode.commands.executeCommand('newsFacts.toggleDecorations');
    await settle();
    assert.ok(api.getDecorations(uri)!.MONEY.length > 0, 'and shows them again');

    await setSetting('exclude', ['**/settings.txt']);
    try {
      assert.strictEqual(api.getState(uri), undefined, 'excluded file is not an article any more');
      assert.strictEqual(api.getDecorations(uri)!.MONEY.length, 0, 'its decorations are cleared');
      assert.deepStrictEqual(api.getTree(), [], 'sidebar shows its welcome content');
    } finally {
      await setSetting('exclude', undefined);
    }
    assert.strictEqual(api.getState(uri)?.status, 'ready', 'analysed again once no longer excluded');
  });

  test('a per-article reference date reaches the engine', async () => {
    const uri = await write('refdate.txt', 'Officials said on Tuesday that the fund received $3 million last year.\n');
    await open(uri);
    await vscode.commands.executeCommand('newsFacts.setReferenceDate', uri, '2024-06-05');
    await settle();
    assert.deepStrictEqual(api.getAnalysis(uri)!.referenceDate, { value: '2024-06-05', source: 'setting' });
    await vscode.commands.executeCommand('newsFacts.setReferenceDate', uri, '');
    await settle();
    assert.deepStrictEqual(api.getAnalysis(uri)!.referenceDate, { value: null, source: 'none' }, 'cleared: no dateline to fall back on');
  });

  test('a reference-date setting reaches an article in a background tab when it is shown again', async () => {
    const bg = await write('background.txt', 'Officials said on Tuesday that the fund received $3 million last year.\n');
    const bgEditor = await open(bg);
    assert.deepStrictEqual(api.getAnalysis(bg)!.referenceDate, { value: null, source: 'none' });
    await open(await write('foreground.txt', ARTICLE)); // same column: background.txt is now a hidden tab
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document === bgEditor.document), 'background.txt is hidden');
    await setSetting('referenceDate', '2024-06-05');
    try {
      await vscode.window.showTextDocument(bgEditor.document, { preview: false });
      await settle();
      const a = api.getAnalysis(bg)!;
      assert.deepStrictEqual(a.referenceDate, { value: '2024-06-05', source: 'setting' }, 'analysed again with the new setting');
      const lastYear = a.mentions.find((m) => m.text === 'last year');
      assert.ok(lastYear?.type === 'DATE' && lastYear.start_date === '2023-01-01', `"last year" resolved against it: ${JSON.stringify(lastYear)}`);
    } finally {
      await setSetting('referenceDate', undefined);
    }
  });

  test('big articles are analysed in the worker thread', async () => {
    const paragraphs: string[] = [];
    for (let i = 0; paragraphs.join('\n\n').length < 120_000; i++) {
      paragraphs.push(`Donors pledged $${i + 1} million on ${['Monday', 'Tuesday', 'Wednesday'][i % 3]}, officials in Brussels said. ${ARTICLE.split('\n')[2]}`);
    }
    const uri = await write('big.txt', paragraphs.join('\n\n'));
    const before = api.counters().inWorker;
    await open(uri);
    assert.ok(api.counters().inWorker > before, 'went to the worker');
    assert.strictEqual(api.getState(uri)?.status, 'ready');
    assert.ok(api.getDecorations(uri)!.MONEY.length >= paragraphs.length, 'decorated from the worker result');
    const computed = api.factsComputations();
    const t0 = Date.now();
    const facts = api.getFacts();
    const ms = Date.now() - t0;
    assert.ok(facts.length >= paragraphs.length, `a fact per paragraph at least: ${facts.length}`);
    assert.ok(facts.some((f) => f.label.includes('7 m USD')), facts.slice(0, 10).map((f) => f.label).join(' | '));
    assert.strictEqual(api.factsComputations(), computed, 'the facts came from the worker, not extracted on the host');
    console.log(`      ${(paragraphs.join('\n\n').length / 1024).toFixed(0)} KB article: ${facts.length} facts from the worker, Facts view built in ${ms} ms on the host`);
  });

  test('a long analysis can be cancelled and leaves a clear state', async () => {
    const para = ARTICLE.split('\n')[0];
    const uri = await write('huge.txt', Array.from({ length: Math.ceil(1_500_000 / para.length) }, (_, i) => `${i}. ${para}`).join('\n\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    let cancelled = false;
    for (let i = 0; i < 200 && !cancelled; i++) {
      cancelled = api.cancel(uri);
      if (!cancelled) await sleep(10);
    }
    assert.ok(cancelled, 'an analysis was running');
    await settle();
    const st = api.getState(uri)!;
    assert.strictEqual(st.status, 'cancelled');
    assert.match(st.message ?? '', /cancelled.*Refresh/);
    assert.strictEqual(api.getDecorations(uri)?.MONEY.length ?? 0, 0, 'nothing half-done is shown');
    await vscode.commands.executeCommand('newsFacts.refresh');
    await settle();
    assert.strictEqual(api.getState(uri)!.status, 'ready', 'refresh analyses it again');
    const a = api.getAnalysis(uri)!;
    const t0 = Date.now();
    const facts = api.getFacts(); // the Facts view's nodes (+ their TreeItems), from the worker's facts
    const factsMs = Date.now() - t0;
    assert.strictEqual(facts.length, 2001, 'a capped list');
    assert.match(facts[2000].label, /^… [\d,]+ more facts — export to see all$/);
    console.log(`      1.5 MB article: ${a.mentions.length} mentions, engine ${a.stats.ms.toFixed(0)} ms in the worker, editor update on the host ${api.counters().lastApplyMs.toFixed(0)} ms (facts received included); Facts view ${facts[2000].label.replace(/ —.*/, '')} built in ${factsMs} ms`);
  });

  test('binary content is refused with a clear message', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'PK\u0003\u0004\u0000\u0000 $5 million' });
    await vscode.window.showTextDocument(doc);
    await settle();
    const st = api.getState(doc.uri)!;
    assert.strictEqual(st.status, 'binary');
    assert.match(st.message ?? '', /does not look like a text article/);
  });

  test('commands are contributed with when clauses', async () => {
    const cmds = await vscode.commands.getCommands(true);
    for (const c of ['showSidebar', 'refresh', 'toggleDecorations', 'setReferenceDate', 'revealInSidebar', 'filterTypes', 'analyseAnyway'])
      assert.ok(cmds.includes(`newsFacts.${c}`), c);
    assert.ok(cmds.includes('newsFacts.facts.focus'), 'sidebar view registered');
    const palette: Array<{ command: string; when?: string }> = vscode.extensions.getExtension(EXT_ID)!.packageJSON.contributes.menus.commandPalette;
    const when = (c: string) => palette.find((m) => m.command === `newsFacts.${c}`)?.when;
    for (const c of ['refresh', 'toggleDecorations', 'setReferenceDate', 'filterTypes', 'exportFacts'])
      assert.strictEqual(when(c), 'newsFacts.isArticle', `${c} only for articles`);
    assert.strictEqual(when('revealInSidebar'), 'newsFacts.isArticle && editorTextFocus');
    assert.strictEqual(when('analyseAnyway'), 'newsFacts.articleState == tooLarge');
    assert.strictEqual(when('openMention'), 'false', 'internal command hidden');
    await vscode.commands.executeCommand('newsFacts.showSidebar');
  });
});
