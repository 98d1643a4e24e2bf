import type { App } from '../app';

/** Every article is analysed again (the shown ones now, the others when next shown). */
export const refresh = (app: App) => () => app.articles.refreshAll();
