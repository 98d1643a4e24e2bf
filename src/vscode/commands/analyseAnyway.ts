import type { App } from '../app';
import { docFor } from './target';

/** Analyses an article above newsFacts.maxFileSizeKB all the same. */
export const analyseAnyway =
  (app: App) =>
  (uriArg?: unknown): void => {
    const doc = docFor(app, uriArg);
    if (doc) app.articles.analyseAnyway(doc);
  };
