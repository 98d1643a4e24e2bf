/**
 * Inline highlighting. The decoration types are created once; each update sets ranges on the visible editors only.
 * Actor kinds differ by colour and by underline style, so they stay distinguishable for colour-blind readers too.
 */
import * as vscode from 'vscode';
import type { ActorKind, AnalyzedMention } from '../core/model';
import type { ArticleService, ArticleState } from './articles';

export type DecorationKey = 'MONEY' | 'DATE' | ActorKind;
export const DECORATION_KEYS: readonly DecorationKey[] = ['MONEY', 'DATE', 'person', 'organization', 'place', 'group'];

const c = (id: string) => new vscode.ThemeColor(`newsFacts.${id}`);

function boxed(name: string): vscode.DecorationRenderOptions {
  return {
    backgroundColor: c(`${name}Background`),
    border: '1px solid',
    borderColor: c(`${name}Border`),
    borderRadius: '3px',
    // amounts and dates read as values: semi-bold (also gives the decoration an inline class, not only an overlay)
    fontWeight: '600',
    overviewRulerColor: c(`${name}Border`),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

function underlined(name: ActorKind, style: string, width = '2px'): vscode.DecorationRenderOptions {
  return {
    backgroundColor: c(`${name}Background`),
    border: `${style}`,
    borderWidth: `0 0 ${width} 0`,
    borderColor: c(`${name}Border`),
    overviewRulerColor: c(`${name}Border`),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

export function decorationKeyOf(m: AnalyzedMention): DecorationKey {
  return m.type === 'ACTOR' ? m.kind : m.type;
}

export class Decorator implements vscode.Disposable {
  private readonly types: Record<DecorationKey, vscode.TextEditorDecorationType>;
  /** What was last set per document, for the test API (VS Code offers no way to read decorations back). */
  private readonly applied = new Map<string, Record<DecorationKey, vscode.Range[]>>();

  constructor(
    private readonly articles: ArticleService,
    private enabled: () => boolean,
    private shownTypes: () => ReadonlySet<string>,
  ) {
    this.types = {
      MONEY: vscode.window.createTextEditorDecorationType(boxed('money')),
      DATE: vscode.window.createTextEditorDecorationType({ ...boxed('date'), border: '1px dashed' }),
      person: vscode.window.createTextEditorDecorationType(underlined('person', 'solid')),
      organization: vscode.window.createTextEditorDecorationType(underlined('organization', 'dashed')),
      place: vscode.window.createTextEditorDecorationType(underlined('place', 'dotted')),
      group: vscode.window.createTextEditorDecorationType(underlined('group', 'double', '3px')),
    };
  }

  /** Re-decorates every visible editor showing `uri` (or all visible editors). */
  update(uri?: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!uri || editor.document.uri.toString() === uri.toString()) this.apply(editor);
    }
  }

  apply(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const s = this.articles.get(doc.uri);
    if (!s || !this.articles.isArticle(doc)) return this.set(editor, emptyRanges());
    if (s.status === 'pending' || s.status === 'analysing') return; // keep what is shown until the new result
    if (s.status !== 'ready' || s.analysedVersion !== doc.version) {
      // Stale offsets must not be painted on changed text; "ready" at an older version only happens transiently.
      if (s.status !== 'ready') this.set(editor, emptyRanges());
      return;
    }
    this.set(editor, this.rangesFor(s));
  }

  getApplied(uri: vscode.Uri): Record<DecorationKey, vscode.Range[]> | undefined {
    return this.applied.get(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
  }

  private rangesFor(s: ArticleState): Record<DecorationKey, vscode.Range[]> {
    const out = emptyRanges();
    if (!this.enabled() || !s.analysis || !s.ranges) return out;
    const shown = this.shownTypes();
    for (const m of s.analysis.mentions) {
      if (!shown.has(m.type)) continue;
      const r = s.ranges.get(m.id);
      if (r) out[decorationKeyOf(m)].push(r);
    }
    return out;
  }

  private set(editor: vscode.TextEditor, ranges: Record<DecorationKey, vscode.Range[]>): void {
    for (const k of DECORATION_KEYS) editor.setDecorations(this.types[k], ranges[k]);
    this.applied.set(editor.document.uri.toString(), ranges);
  }
}

function emptyRanges(): Record<DecorationKey, vscode.Range[]> {
  return { MONEY: [], DATE: [], person: [], organization: [], place: [], group: [] };
}
