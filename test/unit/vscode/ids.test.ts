import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARTICLE_LANGUAGES, ARTICLE_STATES, COMMANDS, CONTEXT_KEYS, TREE_ITEMS, VIEWS } from '../../../src/vscode/ids';

interface Contributes {
  commands: Array<{ command: string }>;
  menus: Record<string, Array<{ command: string; when?: string }>>;
  keybindings: Array<{ command: string; when?: string }>;
  views: Record<string, Array<{ id: string }>>;
  viewsWelcome: Array<{ view: string; when?: string; contents: string }>;
}
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: Contributes;
};
const c = pkg.contributes;

const commandIds = new Set<string>(Object.values(COMMANDS));
const viewIds = new Set<string>(Object.values(VIEWS));
/** Every `newsFacts.*` name a when clause may mention. */
const whenNames = new Set<string>([...Object.values(CONTEXT_KEYS), ...viewIds, ...Object.values(TREE_ITEMS)]);
const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

/** Every when clause of package.json, with where it is. */
const whenClauses: Array<[string, string]> = [
  ...Object.entries(c.menus).flatMap(([menu, items]) => items.map((m): [string, string | undefined] => [`menus.${menu} ${m.command}`, m.when])),
  ...c.keybindings.map((k): [string, string | undefined] => [`keybinding ${k.command}`, k.when]),
  ...c.viewsWelcome.map((w): [string, string | undefined] => [`viewsWelcome ${w.view}`, w.when]),
].filter((x): x is [string, string] => typeof x[1] === 'string');

describe('command, view and context ids (src/vscode/ids.ts) match package.json', () => {
  it('COMMANDS are exactly the contributed commands', () => {
    assert.deepEqual(sorted(commandIds), sorted(c.commands.map((x) => x.command)));
  });

  it('VIEWS are exactly the contributed views', () => {
    assert.deepEqual(sorted(viewIds), sorted(Object.values(c.views).flatMap((vs) => vs.map((v) => v.id))));
  });

  it('menus, keybindings and welcome links name only known commands', () => {
    const named = [
      ...Object.values(c.menus).flatMap((items) => items.map((m) => m.command)),
      ...c.keybindings.map((k) => k.command),
      ...c.viewsWelcome.flatMap((w) => [...w.contents.matchAll(/command:(newsFacts\.[\w.]+)/g)].map((m) => m[1])),
    ];
    assert.ok(named.length > 20, `${named.length} references`);
    for (const id of named) assert.ok(commandIds.has(id), `unknown command ${id}`);
  });

  it('welcome contents belong to known views', () => {
    for (const w of c.viewsWelcome) assert.ok(viewIds.has(w.view), `unknown view ${w.view}`);
  });

  it('when clauses mention only known context keys, views and tree items, and real article states', () => {
    assert.ok(whenClauses.length > 20, `${whenClauses.length} when clauses`);
    for (const [where, when] of whenClauses) {
      for (const [name] of when.matchAll(/newsFacts\.[\w.]+/g)) assert.ok(whenNames.has(name), `${where}: unknown name ${name} in "${when}"`);
      for (const [, state] of when.matchAll(new RegExp(`${CONTEXT_KEYS.articleState.replace('.', '\\.')}\\s*[!=]=\\s*(\\w+)`, 'g')))
        assert.ok((ARTICLE_STATES as readonly string[]).includes(state), `${where}: unknown article state ${state}`);
      for (const [, view] of when.matchAll(/\bview\s*==\s*([\w.]+)/g)) assert.ok(viewIds.has(view), `${where}: unknown view ${view}`);
    }
  });

  it('the extension activates on exactly the article languages', () => {
    assert.deepEqual(sorted(pkg.activationEvents), sorted(ARTICLE_LANGUAGES.map((l) => `onLanguage:${l}`)));
  });
});
