/** Hover on a mention: its resolved value, how often the same value occurs in the article, and why it is marked. */
import * as vscode from 'vscode';
import type { App } from './app';
import { type ArticleService, mentionRange } from './articles';
import { escapeMarkdown, formatValue, groupKey, mentionAt, ruleLine } from './format';
import { ARTICLE_LANGUAGES, COMMANDS } from './ids';

const TYPE_WORDS = { MONEY: 'Money', DATE: 'Date', ACTOR: 'Actor' } as const;

export class MentionHover implements vscode.HoverProvider {
  constructor(private readonly articles: ArticleService) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const s = this.articles.get(doc.uri);
    if (!s?.analysis || !s.index || !s.positions || s.analysedVersion !== doc.version) return undefined;
    const m = mentionAt(s.index, doc.offsetAt(pos));
    if (!m) return undefined;
    const range = mentionRange(s, m);
    if (!range || !range.contains(pos)) return undefined;
    const value = formatValue(m, s.analysis, s.index.entities);
    const count = s.index.byGroup.get(groupKey(m))?.length ?? 1; // an actor's group is its entity's mentions
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${TYPE_WORDS[m.type]}** — ${escapeMarkdown(value)}\n\n`);
    md.appendMarkdown(escapeMarkdown(`“${m.text}” · ${count === 1 ? 'occurs once' : `occurs ${count} times`} in this article`));
    const why = ruleLine(m.rule);
    if (why) md.appendMarkdown(`\n\n${escapeMarkdown(why)}`);
    const args = encodeURIComponent(JSON.stringify([doc.uri.toString(), m.start]));
    md.appendMarkdown(`\n\n[Show in sidebar](command:${COMMANDS.revealInSidebar}?${args})`);
    md.isTrusted = { enabledCommands: [COMMANDS.revealInSidebar] };
    return new vscode.Hover(md, range);
  }
}

/** The hover, on every article language. */
export function registerHover(app: App): void {
  const selector = ARTICLE_LANGUAGES.map((language) => ({ language }));
  app.context.subscriptions.push(vscode.languages.registerHoverProvider(selector, new MentionHover(app.articles)));
}
