import { extractMoney as extractMoneyIn } from '../../../../../src/core/extract/money';
import { BlockView } from '../../../../../src/core/text/block-view';
import type { MoneyMention } from '../../../../../src/core/model';

/** MONEY mentions of one block of text. */
export const extractMoney = (text: string): MoneyMention[] => extractMoneyIn(new BlockView(text));
