import type { App } from '../app';
import { asExportOptions } from '../exportFacts';
import { noteRestrictedExport } from './restrictedMode';

/** Writes the facts file of every article in the workspace. */
export const exportWorkspaceFacts = (app: App) => (options?: unknown) => {
  noteRestrictedExport(app);
  return app.exporter.exportWorkspace(asExportOptions(options));
};
