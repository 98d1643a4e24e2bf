/** The status bar item: the followed article's mention counts, "analysing…", or why it was not analysed. */
import * as vscode from 'vscode';
import type { ArticleState } from './articles';
import type { Config } from './config';
import { COMMANDS, STATUS_ITEM } from './ids';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(STATUS_ITEM, vscode.StatusBarAlignment.Right, 100);
  private visible = false;

  constructor() {
    this.item.name = 'News Facts';
    this.item.command = COMMANDS.showSidebar;
  }

  /** Shows article `s` (hidden without one); only the mention types `config.types` enables are counted. */
  show(s: ArticleState | undefined, config: Config): void {
    const status = this.item;
    this.visible = !!s;
    if (!s) return status.hide();
    if (s.status === 'ready' && s.analysis && s.index) {
      const n = s.index.counts;
      const parts: string[] = [];
      if (config.types.has('MONEY')) parts.push(`$(credit-card) ${n.MONEY}`);
      if (config.types.has('DATE')) parts.push(`$(calendar) ${n.DATE}`);
      if (config.types.has('ACTOR')) parts.push(`$(person) ${n.ACTOR}`);
      status.text = parts.join('  ') || 'News Facts';
      status.tooltip = `News Facts: ${n.MONEY} money, ${n.DATE} date and ${n.ACTOR} actor mentions (analysed in ${Math.round(s.analysis.stats.ms)} ms). Click to open the sidebar.`;
      status.backgroundColor = undefined;
    } else if (s.status === 'analysing' || s.status === 'pending') {
      status.text = '$(sync~spin) News Facts';
      status.tooltip = s.message ?? 'News Facts: analysing the article…';
      status.backgroundColor = undefined;
    } else {
      status.text = '$(warning) News Facts';
      status.tooltip = s.message;
      status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    status.show();
  }

  /** What the item shows (for the test API); undefined while hidden. */
  get shown(): { text: string; tooltip: string } | undefined {
    if (!this.visible) return undefined;
    const t = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof t === 'string' ? t : (t?.value ?? '') };
  }

  dispose(): void {
    this.item.dispose();
  }
}
