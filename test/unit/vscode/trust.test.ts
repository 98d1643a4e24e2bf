import * as assert from 'node:assert/strict';
import { excludeMatcher } from '../../../src/core';
import type { Config } from '../../../src/vscode/config';
import { WorkspaceTrust } from '../../../src/vscode/trust';

const config = (exportFolder: string): Config => ({
  types: new Set(['MONEY', 'DATE', 'ACTOR']),
  referenceDate: null,
  exclude: [],
  excluded: excludeMatcher([]),
  maxFileSizeKB: 2048,
  debounceMs: 300,
  factsMinConfidence: 0.5,
  decorations: true,
  exportFormat: 'json',
  exportFolder,
});

describe('workspace trust: in Restricted Mode exports go next to their article', () => {
  it('trusted: the export folder applies as set', () => {
    const trust = new WorkspaceTrust(() => true);
    const c = config('out/facts');
    assert.equal(trust.exportConfig(c), c);
    assert.equal(trust.exportNotice('out/facts'), undefined, 'nothing to tell');
  });

  it('untrusted: no export folder (the exporter then writes next to each article), everything else unchanged', () => {
    const trust = new WorkspaceTrust(() => false);
    for (const folder of ['out/facts', '../../etc', '/etc/cron.d', '~/facts']) {
      const c = config(folder);
      assert.deepEqual(trust.exportConfig(c), { ...c, exportFolder: '' }, folder);
    }
    const none = config('');
    assert.equal(trust.exportConfig(none), none);
  });

  it('follows VS Code’s verdict as it changes (trust granted later)', () => {
    let trusted = false;
    const trust = new WorkspaceTrust(() => trusted);
    assert.equal(trust.exportConfig(config('out')).exportFolder, '');
    trusted = true;
    assert.equal(trust.exportConfig(config('out')).exportFolder, 'out');
  });

  it('the Restricted Mode notice: only when a folder is set, once per session', () => {
    const trust = new WorkspaceTrust(() => false);
    assert.equal(trust.exportNotice(undefined), undefined);
    assert.equal(trust.exportNotice('  '), undefined);
    const msg = trust.exportNotice('out/facts');
    assert.match(msg ?? '', /Restricted Mode, so facts files are written next to their articles; the export folder “out\/facts” \(newsFacts\.export\.folder\) is used once you trust the workspace/);
    assert.equal(trust.exportNotice('out/facts'), undefined, 'told once');
    assert.deepEqual(trust.notices, [msg]);
  });

  it('the test switch can only take trust away', () => {
    const trusted = new WorkspaceTrust(() => true);
    trusted.simulateRestrictedMode(true);
    assert.equal(trusted.trusted, false);
    assert.equal(trusted.exportConfig(config('out')).exportFolder, '');
    trusted.simulateRestrictedMode(false);
    assert.equal(trusted.trusted, true);
    const untrusted = new WorkspaceTrust(() => false);
    untrusted.simulateRestrictedMode(false);
    assert.equal(untrusted.trusted, false, 'never grants trust');
  });
});
