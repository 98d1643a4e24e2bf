/** Moved to `core/facts/markup.ts`; kept for `export.test.ts` until its import follows (then delete this file). */
export * from './core/facts/markup';
