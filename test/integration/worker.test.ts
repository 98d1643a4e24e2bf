/**
 * The analysis worker dying under a real VS Code: killed from outside (the test API's killWorker terminates it as
 * any outside cause would), the editor says so once, starts a new worker and analyses the article again, showing
 * nothing stale meanwhile; a worker that keeps dying is given up for inline analysis, with one message.
 * Runs last (index.ts loads the suites in name order): after its final test no worker is started again.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsFactsApi } from '../../src/vscode/api';
import { autoSaveOff, settle, show, start, until, writeText } from './harness';

const LEAD =
  'BRUSSELS, April 4, 2025 — NATO allies agreed on Friday to provide more than €20 billion in military aid to Ukraine in the first quarter of 2025, Secretary-General Mark Rutte said.';

let api: NewsFactsApi;
let folder: vscode.Uri;

/** ~270 KB: the worker's job. Changing the reference date makes it re-read every date (hundreds of ms). */
const bigArticle = (): string => Array.from({ length: 1500 }, (_, i) => `${i}. ${LEAD}`).join('\n\n');

const decorationCount = (uri: vscode.Uri): number => Object.values(api.getDecorations(uri) ?? {}).reduce((n, r) => n + r.length, 0);

suite('The analysis worker dies', () => {
  suiteSetup(async () => {
    ({ api, folder } = await start());
    await autoSaveOff(true);
  });

  suiteTeardown(async () => {
    await autoSaveOff(false);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('killed mid-analysis: said once, restarted, the article analysed again, nothing stale shown meanwhile', async function () {
    this.timeout(120_000);
    const uri = await writeText(folder, 'worker/killed.txt', bigArticle());
    const editor = await show(api, uri);
    assert.strictEqual(api.getState(uri)?.status, 'ready');
    assert.ok(api.counters().inWorker > 0, 'analysed in the worker');
    const moneyBefore = api.getDecorations(uri)!.MONEY.length;
    assert.ok(moneyBefore >= 1500, `decorated: ${moneyBefore}`);
    assert.match(api.getStatusBar()?.text ?? '', /\$\(credit-card\) \d+/, 'the status bar shows the counts');
    const before = api.worker();

    // an edit and a new reference date: one analysis of the changed text, long enough to be killed in the middle
    await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), ' Officials counted 77 million dollars.'));
    const runs = api.counters().runs;
    await vscode.commands.executeCommand('newsFacts.setReferenceDate', uri, '2021-02-03');
    assert.ok(await until(() => api.counters().runs > runs && api.getState(uri)?.status === 'analysing'), 'an analysis started');
    const inFlight = api.killWorker();
    assert.ok(inFlight !== undefined && inFlight >= 1, `killed with the analysis in flight: ${inFlight}`);
    assert.ok(await until(() => api.worker().crashes === before.crashes + 1), 'the death was noticed');

    // until the new result arrives: no highlights, no tree, no facts, no counts; the state says it is analysed again
    const st = api.getState(uri)!;
    assert.strictEqual(st.status, 'analysing');
    assert.match(st.message ?? '', /analysis worker stopped \(exit code \d+\); analysing killed\.txt again/);
    assert.strictEqual(decorationCount(uri), 0, 'the old highlights are withdrawn');
    assert.deepStrictEqual(api.getTree(), [], 'the tree shows no old counts');
    assert.deepStrictEqual(api.getFacts(), [], 'nor the Facts view old facts');
    const bar = api.getStatusBar();
    assert.ok(bar && bar.text.includes('$(sync~spin)') && !bar.text.includes('credit-card'), `status bar: ${JSON.stringify(bar)}`);
    assert.match(bar.tooltip, /analysis worker stopped/);

    await settle(api);
    assert.strictEqual(api.getState(uri)?.status, 'ready', 'analysed again');
    const a = api.getAnalysis(uri)!;
    assert.strictEqual(a.chars, editor.document.getText().length, 'of the edited text');
    assert.deepStrictEqual(a.referenceDate, { value: '2021-02-03', source: 'setting' }, 'with the new reference date');
    const money = api.getDecorations(uri)!.MONEY;
    assert.strictEqual(money.length, moneyBefore + 1, 'highlights back, the new amount included');
    assert.strictEqual(editor.document.getText(money[money.length - 1]), '77 million dollars');
    assert.strictEqual(api.getTree()[0]?.label, `Money: ${moneyBefore + 1}`);
    assert.match(api.getStatusBar()?.text ?? '', new RegExp(`\\$\\(credit-card\\) ${moneyBefore + 1}`));
    assert.ok(api.getFacts().length > 0, 'facts back');

    const after = api.worker();
    assert.strictEqual(after.starts, before.starts + 1, 'one new worker');
    assert.ok(after.available);
    assert.deepStrictEqual(after.logged.slice(before.logged.length).length, 1, 'one line in the output channel');
    const shown = after.shown.slice(before.shown.length);
    assert.strictEqual(shown.length, 1, `one notification: ${JSON.stringify(shown)}`);
    assert.match(shown[0], /^News Facts: the analysis worker stopped unexpectedly \(exit code \d+\)\. It was restarted, and 1 analysis under way runs again\.$/);
  });

  // Last: the worker stays given up for the rest of the session.
  test('a worker that keeps dying is given up with one message; articles are then analysed inline', async function () {
    this.timeout(120_000);
    const before = api.worker();
    let kills = 0;
    while (api.worker().available && kills < 3) {
      const crashes = api.worker().crashes;
      assert.notStrictEqual(api.killWorker(), undefined, 'a worker runs (restarted after each death)');
      kills++;
      assert.ok(await until(() => api.worker().crashes === crashes + 1), `death ${kills} noticed`);
    }
    const after = api.worker();
    assert.strictEqual(after.available, false, `given up after ${kills} deaths (3 within a minute, the first test's one included)`);
    assert.strictEqual(after.starts, before.starts + kills - 1, 'restarted after each death but the last');
    assert.strictEqual(after.logged.length - before.logged.length, kills, 'every death logged');
    const shown = after.shown.slice(before.shown.length);
    const givenUp = shown.filter((m) => /so it is not restarted/.test(m));
    assert.strictEqual(givenUp.length, 1, `one message for giving up: ${JSON.stringify(shown)}`);
    assert.strictEqual(shown[shown.length - 1], givenUp[0], 'and it is the last one');
    assert.ok(shown.length <= 2, `at most one more for the deaths before it (one notification a minute): ${JSON.stringify(shown)}`);
    assert.strictEqual(api.killWorker(), undefined, 'no worker any more');

    // a big article is analysed inline now, and still completely
    const inWorker = api.counters().inWorker;
    const uri = await writeText(folder, 'worker/inline.txt', bigArticle());
    await show(api, uri);
    assert.strictEqual(api.getState(uri)?.status, 'ready');
    assert.strictEqual(api.counters().inWorker, inWorker, 'not in a worker');
    assert.ok(api.getDecorations(uri)!.MONEY.length >= 1500, 'decorated');
    assert.strictEqual(api.worker().starts, after.starts, 'no worker started');
    assert.strictEqual(api.worker().shown.length, after.shown.length, 'nothing more said');
  });
});
