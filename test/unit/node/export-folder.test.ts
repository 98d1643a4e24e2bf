/**
 * Issue 8, item 4: newsFacts.export.folder stays inside the workspace folder unless the user's own settings name an
 * absolute path. The editor side (inspect() telling which settings file a value comes from) is tested in
 * test/integration/export.test.ts; here, the rule and its messages.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveExportFolder, type SettingSource } from '../../../src/node/export-folder';

describe('newsFacts.export.folder', () => {
  let root: string;
  let outside: string;
  const HOME = path.join(path.sep, 'home', 'someone');
  const resolve = (value: string, source: SettingSource) => resolveExportFolder(value, source, root, HOME);
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-ws-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-elsewhere-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('empty: next to each article', () => {
    for (const source of ['default', 'user', 'workspace', 'folder'] as const) assert.deepEqual(resolve('  ', source), {});
  });

  it('a relative folder inside the workspace folder, from any settings', () => {
    for (const source of ['user', 'workspace', 'folder'] as const) {
      assert.deepEqual(resolve('out/facts', source), { dir: path.join(root, 'out', 'facts') });
      assert.deepEqual(resolve('./out/../facts', source), { dir: path.join(root, 'facts') });
      assert.deepEqual(resolve('..facts', source), { dir: path.join(root, '..facts') }, 'a name starting with two dots is no escape');
    }
  });

  it('refuses ".." escapes, from any settings', () => {
    for (const value of ['../../etc', '..', 'out/../../x']) {
      for (const source of ['user', 'workspace', 'folder'] as const) {
        const r = resolve(value, source);
        assert.equal(r.dir, undefined, `${value} (${source})`);
        assert.equal(r.error, `newsFacts.export.folder "${value}" (${source} settings) leads outside the workspace folder ${root}; name a folder inside it`);
      }
    }
  });

  it('an absolute path or ~ only from the user settings', () => {
    const abs = path.join(outside, 'cron.d');
    assert.deepEqual(resolve(abs, 'user'), { dir: abs });
    assert.deepEqual(resolve('~/facts', 'user'), { dir: path.join(HOME, 'facts') });
    for (const source of ['workspace', 'folder', 'default'] as const) {
      for (const value of [abs, '~/facts', path.join(root, 'inside')]) {
        const r = resolve(value, source);
        assert.equal(r.dir, undefined);
        assert.match(r.error ?? '', /is an absolute path: a workspace may only name a folder inside it; put absolute paths in your user settings/);
      }
    }
  });

  it('refuses a folder that leads outside through a symbolic link in the workspace', () => {
    fs.symlinkSync(outside, path.join(root, 'link'));
    const r = resolve('link/facts', 'workspace');
    assert.equal(r.error, `newsFacts.export.folder "link/facts" (workspace settings) leads outside the workspace folder ${root} through the symbolic link ${path.join(root, 'link')}`);
    fs.mkdirSync(path.join(root, 'real'));
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'inner-link'));
    assert.deepEqual(resolve('inner-link/facts', 'workspace'), { dir: path.join(root, 'inner-link', 'facts') }, 'a link inside is fine');
  });
});
