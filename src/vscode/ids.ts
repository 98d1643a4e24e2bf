/**
 * Every id the extension shares with package.json `contributes`: commands, views, context keys, tree item context
 * values, the languages it activates on. Code refers to these constants, never to the strings; a unit test checks
 * them against package.json (test/unit/vscode/ids.test.ts).
 * Pure: no `vscode` import.
 */

/** Command ids by name; `commands/index.ts` registers one handler per name (the compiler keeps that complete). */
export const COMMANDS = {
  showSidebar: 'newsFacts.showSidebar',
  refresh: 'newsFacts.refresh',
  toggleDecorations: 'newsFacts.toggleDecorations',
  setReferenceDate: 'newsFacts.setReferenceDate',
  revealInSidebar: 'newsFacts.revealInSidebar',
  filterTypes: 'newsFacts.filterTypes',
  analyseAnyway: 'newsFacts.analyseAnyway',
  openMention: 'newsFacts.openMention',
  exportFacts: 'newsFacts.exportFacts',
  exportWorkspaceFacts: 'newsFacts.exportWorkspaceFacts',
} as const;
export type CommandName = keyof typeof COMMANDS;
export type CommandId = (typeof COMMANDS)[CommandName];

/** The sidebar's views: the article's mentions, and its facts. */
export const VIEWS = {
  article: 'newsFacts.facts',
  facts: 'newsFacts.factsList',
} as const;

/** Context keys the extension sets (`setContext`) for `when` clauses. */
export const CONTEXT_KEYS = {
  /** One of ARTICLE_STATES. */
  articleState: 'newsFacts.articleState',
  /** The sidebar follows an article. */
  isArticle: 'newsFacts.isArticle',
  decorationsEnabled: 'newsFacts.decorationsEnabled',
} as const;

/** Values of the articleState context key: the followed article's status, or 'none' when no article is followed. */
export const ARTICLE_STATES = ['none', 'pending', 'analysing', 'ready', 'tooLarge', 'binary', 'cancelled', 'error'] as const;

/** `contextValue` of the sidebar's tree items (`viewItem == …` in menus). */
export const TREE_ITEMS = {
  root: 'newsFacts.root',
  group: 'newsFacts.group',
  mention: 'newsFacts.mention',
} as const;

/** The status bar item's id (its entry in the status bar's context menu). */
export const STATUS_ITEM = 'newsFacts.status';

/** Languages whose documents can be articles (activation events `onLanguage:…`). */
export const ARTICLE_LANGUAGES = ['plaintext', 'news'] as const;
