/**
 * Inline highlighting. The decoration types are created once; each update sets ranges on the visible editors only.
 * Actor kinds differ by colour and by underline style, so they stay distinguishable for colour-blind readers too.
 */
import * as vscode from 'vscode';
import type { ActorKind } from '../core';
import { rangeAt, showsLastResult, type ArticleService, type ArticleState } from './articles';
import { DECORATION_KEYS, emptyRanges, rangesByKind, type DecorationKey } from './positions';
import { Slicer, yieldToLoop } from './slices';

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

type RangesByKey = Record<DecorationKey, vscode.Range[]>;

/** One shared "nothing" so an editor already cleared is recognised as such (see Decorator.lastSet). */
const NONE: RangesByKey = emptyRanges();

/**
 * Decorates the whole document (the overview ruler shows every mention), but takes a big result in slices: the
 * Range objects are built a few thousand per slice and each decoration type is set in a slice of its own, with the
 * event loop free in between. A newer update of the same editor abandons an older one part-way.
 */
export class Decorator implements vscode.Disposable {
  private readonly types: Record<DecorationKey, vscode.TextEditorDecorationType>;
  /** What was last set per document, for the test API (VS Code offers no way to read decorations back). */
  private readonly applied = new Map<string, RangesByKey>();
  /** The update in progress per editor; replacing the token abandons the older one. */
  private readonly inFlight = new Map<vscode.TextEditor, object>();
  /** Ranges built for an analysis under a given filter, reused by other editors and re-shows of the document. */
  private readonly built = new WeakMap<object, { filter: string; ranges: RangesByKey }>();
  /** What each editor fully shows: showing an editor again or changing an unrelated setting re-sends nothing. */
  private readonly lastSet = new WeakMap<vscode.TextEditor, RangesByKey>();

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
    if (!s || !this.articles.isArticle(doc)) return this.setNow(editor, NONE);
    // keep what is shown until the new result, unless it was withdrawn (the worker died meanwhile)
    if ((s.status === 'pending' || s.status === 'analysing') && showsLastResult(s)) return;
    if (s.status !== 'ready' || s.analysedVersion !== doc.version) {
      // Stale offsets must not be painted on changed text; "ready" at an older version only happens transiently.
      if (s.status !== 'ready') this.setNow(editor, NONE);
      return;
    }
    if (!this.enabled() || !s.analysis || !s.positions) return this.setNow(editor, NONE);
    const token = {};
    this.inFlight.set(editor, token);
    this.articles.track(this.applySliced(editor, s, token));
  }

  getApplied(uri: vscode.Uri): Record<DecorationKey, vscode.Range[]> | undefined {
    return this.applied.get(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
    for (const e of [...this.inFlight.keys()]) if (e.document.uri.toString() === uri.toString()) this.inFlight.delete(e);
  }

  dispose(): void {
    this.inFlight.clear();
    for (const t of Object.values(this.types)) t.dispose();
  }

  /** Resolves to the longest synchronous slice it ran (for the host-responsiveness counters). */
  private async applySliced(editor: vscode.TextEditor, s: ArticleState, token: object): Promise<number> {
    const analysis = s.analysis!;
    const positions = s.positions!;
    const version = s.analysedVersion;
    await yieldToLoop(); // not inside the caller's slice (the 'ready' listeners)
    const slicer = new Slicer();
    const abandoned = () =>
      this.inFlight.get(editor) !== token || s.analysis !== analysis || editor.document.version !== version || editor.document.isClosed;
    const shown = this.shownTypes();
    const filter = [...shown].sort().join();
    let ranges = this.built.get(analysis)?.filter === filter ? this.built.get(analysis)!.ranges : undefined;
    if (!ranges) {
      const made = await rangesByKind(analysis.mentions, positions, shown, rangeAt, slicer, abandoned);
      if (!made) return slicer.finish();
      ranges = made;
      this.built.set(analysis, { filter, ranges });
    }
    const key = editor.document.uri.toString();
    if (this.lastSet.get(editor) === ranges) {
      this.applied.set(key, ranges);
      if (this.inFlight.get(editor) === token) this.inFlight.delete(editor);
      return slicer.finish();
    }
    this.lastSet.delete(editor); // partly set until the loop completes
    const record = { ...(this.applied.get(key) ?? NONE) };
    for (const k of DECORATION_KEYS) {
      // one setDecorations call cannot be split; each type gets a slice of its own when the previous one was long
      await slicer.pause();
      if (abandoned()) return slicer.finish();
      editor.setDecorations(this.types[k], ranges[k]);
      record[k] = ranges[k];
      this.applied.set(key, record);
    }
    this.lastSet.set(editor, ranges);
    if (this.inFlight.get(editor) === token) this.inFlight.delete(editor);
    return slicer.finish();
  }

  private setNow(editor: vscode.TextEditor, ranges: RangesByKey): void {
    this.inFlight.delete(editor); // abandons a sliced update still running for this editor
    this.applied.set(editor.document.uri.toString(), ranges);
    if (this.lastSet.get(editor) === ranges) return;
    for (const k of DECORATION_KEYS) editor.setDecorations(this.types[k], ranges[k]);
    this.lastSet.set(editor, ranges);
  }
}
