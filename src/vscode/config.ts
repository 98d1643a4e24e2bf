/** The extension's settings (`newsFacts.*`) as one typed record, read fresh whenever the section changes. */
import * as vscode from 'vscode';
import { excludeMatcher, isIsoDay, type ExcludeMatcher, type MentionType } from '../core';

export const SECTION = 'newsFacts';
export const ALL_TYPES: readonly MentionType[] = ['MONEY', 'DATE', 'ACTOR'];

/** Texts from this size on are analysed in the worker thread, keeping the extension host responsive. */
export const WORKER_THRESHOLD = 50 * 1024;

export interface Config {
  types: ReadonlySet<MentionType>;
  /** YYYY-MM-DD applied to every article without its own reference date; null = use the dateline. */
  referenceDate: string | null;
  exclude: string[];
  /** `exclude` compiled once: the same matcher the workspace export and `news-facts extract --exclude` use. */
  excluded: ExcludeMatcher;
  maxFileSizeKB: number;
  debounceMs: number;
  decorations: boolean;
  /** Facts file format of the export commands; 'ask' = a quick pick each time. */
  exportFormat: 'json' | 'csv' | 'ask';
  /** Export folder as set: '' = next to each article; relative paths are taken from the article's workspace folder. */
  exportFolder: string;
  /** The Facts view hides facts whose confidence is below this (0..1); the exports keep them all. */
  factsMinConfidence: number;
}

/** An article's size as newsFacts.maxFileSizeKB counts it: UTF-8 bytes of the file (of the editor text when open). */
export const utf8Size = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Whether an article of `bytes` is above newsFacts.maxFileSizeKB. */
export const aboveLimit = (bytes: number, limitKB: number): boolean => bytes > limitKB * 1024;

/** A size in KB as messages show it: "1.5", "230". */
export const kb = (bytes: number): string => (bytes / 1024).toFixed(bytes < 10240 ? 1 : 0);

/** Read fresh on every use of a changed section, so settings apply without a reload. */
export function readConfig(): Config {
  const c = vscode.workspace.getConfiguration(SECTION);
  const types = c.get<string[]>('types', [...ALL_TYPES]).filter((t): t is MentionType => (ALL_TYPES as string[]).includes(t));
  const ref = (c.get<string>('referenceDate', '') ?? '').trim();
  const exclude = c.get<string[]>('exclude', []).filter((g) => typeof g === 'string' && g.trim() !== '');
  return {
    types: new Set(types),
    referenceDate: isIsoDay(ref) ? ref : null,
    exclude,
    excluded: excludeMatcher(exclude),
    maxFileSizeKB: Math.max(1, c.get<number>('maxFileSizeKB', 2048)),
    debounceMs: Math.max(0, c.get<number>('debounceMs', 300)),
    decorations: c.get<boolean>('decorations.enabled', true),
    exportFormat: ((f) => (f === 'csv' || f === 'ask' ? f : 'json'))(c.get<string>('export.format', 'json')),
    exportFolder: (c.get<string>('export.folder', '') ?? '').trim(),
    factsMinConfidence: Math.min(1, Math.max(0, Number(c.get<number>('facts.minConfidence', 0.5)) || 0)),
  };
}

/** Whether going from `before` to `after` can change what an analysis gives: every article is then looked at again. */
export function changesOutcomes(before: Config, after: Config): boolean {
  return (
    before.referenceDate !== after.referenceDate ||
    before.maxFileSizeKB !== after.maxFileSizeKB ||
    before.exclude.join('\n') !== after.exclude.join('\n')
  );
}

/** The settings in force; `reload()` when the section changed. */
export class Settings {
  current: Config = readConfig();

  /** Re-reads the section; true when the change can alter analysis outcomes (changesOutcomes). */
  reload(): boolean {
    const before = this.current;
    this.current = readConfig();
    return changesOutcomes(before, this.current);
  }
}
