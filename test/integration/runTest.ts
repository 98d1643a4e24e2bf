/**
 * `npm run test:integration`: runs the mocha suite inside a real VS Code extension host via @vscode/test-electron.
 * VSCODE_EXECUTABLE (e.g. ../shared/vscode-host/code-shim.sh on a machine without internet) replaces the download.
 * The workspace is a fresh temp folder; the tests write their own sample articles into it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'news-facts-it-'));
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      version: process.env.VSCODE_EXECUTABLE ? undefined : '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (e) {
    console.error('Integration tests failed:', (e as Error).message ?? e);
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
