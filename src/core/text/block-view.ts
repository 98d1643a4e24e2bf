/**
 * One block (paragraph) as every extractor sees it: its text, its sentences and its token layers, each computed at
 * most once and only when an extractor asks. Extractors read a view and never change it, and hold no state between
 * blocks, so the analyzer may cache views and run extractors in any order.
 */
import { splitSentences, type Sentence } from './sentences';
import type { Token } from './token';
import { dateTokens, moneyTokens, nameTokens } from './tokenizers';

export class BlockView {
  private sentenceList?: readonly Sentence[];
  private dateLayer?: readonly Token[];
  private moneyLayer?: readonly Token[];
  private nameLayer?: readonly Token[];

  constructor(
    /** The block's text; every offset in the view is relative to it. */
    readonly text: string,
  ) {}

  /** Sentences of the block, offsets relative to the block. */
  get sentences(): readonly Sentence[] {
    return (this.sentenceList ??= splitSentences(this.text));
  }

  get dateTokens(): readonly Token[] {
    return (this.dateLayer ??= dateTokens(this.text));
  }

  get moneyTokens(): readonly Token[] {
    return (this.moneyLayer ??= moneyTokens(this.text));
  }

  get nameTokens(): readonly Token[] {
    return (this.nameLayer ??= nameTokens(this.text));
  }

  /** Forgets the token layers (rebuilt on demand); the analyzer keeps views of cached blocks for their sentences. */
  dropTokens(): void {
    this.dateLayer = this.moneyLayer = this.nameLayer = undefined;
  }
}
