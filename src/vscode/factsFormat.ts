/**
 * How a fact reads in the Facts view: "NATO → provide → 50 bn EUR → Ukraine · 2024".
 * Pure: no `vscode` import, so the wording can be tested without an editor.
 */
import type { AnalyzedMention, Entity, Fact, FactCategory, MoneyMention } from '../core';
import { moneyRange, num } from './format';

const SCALES: Array<[number, string]> = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'm'],
];
/** Symbols for the `approx` values the engine emits (src/core/extract/money-qualifiers.ts normalises to these). */
const APPROX: Record<string, string> = {
  'more than': '>',
  'at least': '≥',
  'less than': '<',
  'up to': '≤',
  'about': '~',
  'nearly': '~',
};

/** 50000000000 → "50 bn", 370000000 → "370 m", 1500 → "1,500". */
function compactNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [scale, word] of SCALES) if (abs >= scale) return `${num(n / scale)} ${word}`;
  return num(n);
}

/** "50 bn EUR", "1–2 bn USD", "> 20 bn EUR", "5 m" (currency not stated); the mention text when unresolved. */
function compactMoney(m: MoneyMention): string {
  const range = moneyRange(m);
  let amount: string;
  if (range) {
    const a = compactNumber(range[0]).split(' ');
    const b = compactNumber(range[1]).split(' ');
    amount = a[1] === b[1] ? `${a[0]}–${b.join(' ')}` : `${a.join(' ')}–${b.join(' ')}`;
  } else if (m.amount != null) amount = compactNumber(m.amount);
  else return m.text;
  const approx = m.approx ? (APPROX[m.approx.toLowerCase()] ?? m.approx) + ' ' : '';
  return `${approx}${amount}${m.currency ? ` ${m.currency}` : ''}`;
}

export interface FactParts {
  actor: string | null;
  action: string;
  amount: string | null;
  recipient: string | null;
  time: string | null;
}

/** The parts of a fact as short strings, resolved through the analysis. */
export function factParts(f: Fact, mentions: Map<string, AnalyzedMention>, entities: Map<string, Entity>): FactParts {
  const name = (entity: string | null, mention: string | null): string | null => {
    if (entity) {
      const e = entities.get(entity);
      if (e) return e.canonical;
    }
    const m = mention ? mentions.get(mention) : undefined;
    return m?.type === 'ACTOR' ? m.canonical : null;
  };
  const money = f.amount ? mentions.get(f.amount) : undefined;
  const date = f.time ? mentions.get(f.time) : undefined;
  let action = f.action.lemma ?? f.action.category;
  if (f.action.negated) action = `not ${action}`;
  if (f.action.planned) action = `${action} (planned)`;
  const actor = name(f.actor, f.actorMention);
  return {
    // "Norway +2": a pledge made by three donors together is one fact.
    actor: actor && f.coActors.length ? `${actor} +${f.coActors.length}` : actor,
    action,
    amount: money?.type === 'MONEY' ? compactMoney(money) : null,
    recipient: name(f.recipient, f.recipientMention),
    time: date?.type === 'DATE' ? (date.timex && !/^[A-Z_]+$/.test(date.timex) ? date.timex : date.text) : null,
  };
}

/** "NATO → provide → 50 bn EUR → Ukraine · 2024"; a missing actor reads "?", other missing parts are left out. */
export function factLabel(p: FactParts): string {
  const chain = [p.actor ?? '?', p.action];
  if (p.amount) chain.push(p.amount);
  if (p.recipient) chain.push(p.recipient);
  return chain.join(' → ') + (p.time ? ` · ${p.time}` : '');
}

/** Where the slots were read, in words (`Fact.via`). */
const VIA: Record<NonNullable<Fact['via']['actor']>, string> = {
  subject: 'subject',
  agent: '"by" phrase',
  object: 'object',
  preposition: 'preposition',
  possessor: 'possessor',
  relative: 'relative clause',
  control: 'intention noun',
  clause: 'earlier clause',
  coreference: 'pronoun or earlier sentence',
};

/** What, what for, what is missing and how the parties were read: "What: military aid · For: reconstruction · …". */
export function factDetails(f: Fact): string {
  const parts: string[] = [];
  if (f.object) parts.push(`What: ${f.object.text}`);
  if (f.purpose) parts.push(`For: ${f.purpose.text}`);
  if (f.missing.length) parts.push(`Incomplete: no ${f.missing.join(', no ')}`);
  if (f.via.actor) parts.push(`actor from the ${VIA[f.via.actor]}`);
  if (f.via.recipient) parts.push(`recipient from the ${VIA[f.via.recipient]}`);
  return parts.join(' · ');
}

/**
 * The Facts view's codicon per category. A category the map does not list (the pack may add one, e.g. `invest`)
 * gets FALLBACK_FACT_ICON; `satisfies` still makes a misspelt or removed category a compile error.
 */
const FACT_ICONS = {
  pledge: 'megaphone',
  provide: 'gift',
  request: 'question',
  cut: 'arrow-down',
  spend: 'graph',
  pay: 'credit-card',
  fine: 'law',
  say: 'comment',
  other: 'circle-small',
} satisfies Partial<Record<FactCategory, string>>;

export const FALLBACK_FACT_ICON = 'circle-small';

/** The codicon of a fact of `category` (FALLBACK_FACT_ICON for categories not listed). */
export function factIcon(category: string): string {
  return Object.hasOwn(FACT_ICONS, category) ? FACT_ICONS[category as keyof typeof FACT_ICONS] : FALLBACK_FACT_ICON;
}
