import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../../src/vscode/ids';

interface Limited {
  supported: boolean | 'limited';
  description?: string;
  restrictedConfigurations?: string[];
}
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
  capabilities?: { untrustedWorkspaces?: Limited; virtualWorkspaces?: Limited | boolean };
  contributes: {
    configuration: { properties: Record<string, unknown> };
    menus: Record<string, Array<{ command: string; when?: string }>>;
    viewsWelcome: Array<{ when?: string; contents: string }>;
  };
};

describe('package.json capabilities: workspace trust and virtual workspaces', () => {
  it('untrusted workspaces: limited, with the export folder restricted and a description', () => {
    const u = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(u, 'capabilities.untrustedWorkspaces is declared');
    assert.equal(u.supported, 'limited');
    assert.ok((u.description ?? '').length > 40, `a description: ${u.description}`);
    assert.ok(u.restrictedConfigurations?.includes('newsFacts.export.folder'), `${u.restrictedConfigurations}`);
    for (const key of u.restrictedConfigurations ?? []) assert.ok(key in pkg.contributes.configuration.properties, `${key} is a contributed setting`);
  });

  it('virtual workspaces: limited, with a description; the export commands are hidden there', () => {
    const v = pkg.capabilities?.virtualWorkspaces;
    assert.ok(v && typeof v === 'object', 'capabilities.virtualWorkspaces is declared with a description');
    assert.equal(v.supported, 'limited');
    assert.ok((v.description ?? '').length > 40, `a description: ${v.description}`);
    const exportCommands: string[] = [COMMANDS.exportFacts, COMMANDS.exportWorkspaceFacts];
    const menus = Object.entries(pkg.contributes.menus).flatMap(([menu, items]) => items.map((m) => ({ menu, ...m })));
    const exportMenus = menus.filter((m) => exportCommands.includes(m.command) && !(m.menu === 'commandPalette' && m.command === COMMANDS.exportFacts));
    assert.ok(exportMenus.length >= 5, `${exportMenus.length} export menu entries`);
    for (const m of exportMenus) assert.match(m.when ?? '', /!virtualWorkspace/, `${m.menu} ${m.command}: ${m.when}`);
    for (const w of pkg.contributes.viewsWelcome.filter((x) => x.contents.includes(`command:${COMMANDS.exportWorkspaceFacts}`)))
      assert.match(w.when ?? '', /!virtualWorkspace/, `welcome link to the workspace export: ${w.when}`);
  });
});
