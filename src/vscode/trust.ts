/**
 * Workspace trust (package.json `capabilities.untrustedWorkspaces`: "limited"). Reading an article, highlighting it,
 * the sidebar and the hover only read, so they work the same in Restricted Mode. Writing is what an untrusted
 * workspace could abuse: its own settings could send facts files anywhere (newsFacts.export.folder, which VS Code
 * therefore ignores at workspace level there: `restrictedConfigurations`), and a folder it contains could be a link to
 * somewhere else. So in Restricted Mode every export is written next to its article (`a.txt` → `a.facts.json`), the one
 * place that needs no setting resolved; the folder applies again once the user trusts the workspace.
 * Pure: no `vscode` import (the trust state is passed in; unit-tested from plain Node).
 */
import type { Config } from './config';

export class WorkspaceTrust {
  private restricted = false;
  private told = false;
  /** The Restricted Mode notices shown (for the test API). */
  readonly notices: string[] = [];

  /** `workspaceTrusted`: VS Code's verdict (`vscode.workspace.isTrusted`), read on every use. */
  constructor(private readonly workspaceTrusted: () => boolean) {}

  /** Whether writes may go where the settings say. */
  get trusted(): boolean {
    return this.workspaceTrusted() && !this.restricted;
  }

  /**
   * Behave as in Restricted Mode whatever VS Code says (the test host runs with workspace trust disabled). It can only
   * take trust away, never grant it.
   */
  simulateRestrictedMode(on: boolean): void {
    this.restricted = on;
  }

  /** The settings the exporter works with: in Restricted Mode without the export folder (facts go next to articles). */
  exportConfig(config: Config): Config {
    return this.trusted || config.exportFolder === '' ? config : { ...config, exportFolder: '' };
  }

  /**
   * What to tell the user before an export in Restricted Mode when an export folder is set (at any level): once per
   * session; undefined when trusted, when no folder is set, or when already told.
   */
  exportNotice(folderSetting: string | undefined): string | undefined {
    if (this.trusted || !folderSetting?.trim() || this.told) return undefined;
    this.told = true;
    const msg = `News Facts: this workspace is in Restricted Mode, so facts files are written next to their articles; the export folder “${folderSetting.trim()}” (newsFacts.export.folder) is used once you trust the workspace.`;
    this.notices.push(msg);
    return msg;
  }
}
