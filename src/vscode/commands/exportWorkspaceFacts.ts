import type { App } from '../app';
import { asExportOptions } from '../exportFacts';

/** Writes the facts file of every article in the workspace. */
export const exportWorkspaceFacts = (app: App) => (options?: unknown) => app.exporter.exportWorkspace(asExportOptions(options));
