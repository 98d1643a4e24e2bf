/**
 * Workspace trust in a real VS Code, as far as the test host allows: code-server runs with --disable-workspace-trust,
 * so the workspace is always trusted here and Restricted Mode cannot be entered through VS Code. The extension's own
 * decision (src/vscode/trust.ts, unit-tested in test/unit/vscode/trust.test.ts) is driven through the test API's
 * simulateRestrictedMode, which can only take trust away; the export commands then run end to end.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsFactsApi } from '../../src/vscode/api';
import type { ExportedFile } from '../../src/vscode/exportFacts';
import { autoSaveOff, EXT_ID, setNewsFactsSetting, show, start, writeText } from './harness';

let api: NewsFactsApi;
let folder: vscode.Uri;

const ARTICLE = 'The regional government paid €4 million to the flood relief fund in March 2024, officials in Valencia said.\n';

suite('Workspace trust: Restricted Mode exports next to the article', () => {
  suiteSetup(async () => {
    ({ api, folder } = await start());
    await autoSaveOff(true);
    console.log(`      vscode.workspace.isTrusted = ${vscode.workspace.isTrusted} (the test host disables workspace trust)`);
  });

  suiteTeardown(async () => {
    api.simulateRestrictedMode(false);
    await autoSaveOff(false);
    for (const dir of ['trust', 'trust-out'])
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, dir), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('package.json declares both capabilities', () => {
    const caps = vscode.extensions.getExtension(EXT_ID)!.packageJSON.capabilities;
    assert.strictEqual(caps?.untrustedWorkspaces?.supported, 'limited');
    assert.deepStrictEqual(caps.untrustedWorkspaces.restrictedConfigurations, ['newsFacts.export.folder']);
    assert.strictEqual(caps?.virtualWorkspaces?.supported, 'limited');
  });

  test('in Restricted Mode the export folder is not used: the facts go next to the article, with one notice', async () => {
    const uri = await writeText(folder, 'trust/article.txt', ARTICLE);
    await show(api, uri);
    await setNewsFactsSetting(api, 'export.folder', 'trust-out', vscode.ConfigurationTarget.Global);
    const exportIt = () => vscode.commands.executeCommand<ExportedFile | undefined>('newsFacts.exportFacts', uri, { format: 'json', open: false });
    try {
      api.simulateRestrictedMode(true);
      const restricted = await exportIt();
      assert.ok(restricted, 'exported');
      assert.strictEqual(restricted.file.fsPath, path.join(path.dirname(uri.fsPath), 'article.facts.json'), 'next to the article');
      assert.ok(!fs.existsSync(path.join(folder.fsPath, 'trust-out')), 'nothing in the export folder');
      assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), ARTICLE, 'the article is untouched');
      const notices = api.restrictedModeNotices();
      assert.strictEqual(notices.length, 1);
      assert.match(notices[0], /Restricted Mode, so facts files are written next to their articles; the export folder “trust-out”/);
      await exportIt();
      assert.strictEqual(api.restrictedModeNotices().length, 1, 'said once');

      api.simulateRestrictedMode(false);
      const trusted = await exportIt();
      assert.ok(trusted, 'exported');
      assert.ok(trusted.file.fsPath.startsWith(path.join(folder.fsPath, 'trust-out') + path.sep), `trusted: into the export folder: ${trusted.file.fsPath}`);
    } finally {
      api.simulateRestrictedMode(false);
      await setNewsFactsSetting(api, 'export.folder', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
