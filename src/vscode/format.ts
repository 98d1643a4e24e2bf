/**
 * How resolved values read in hovers and the sidebar, and how mentions group into "distinct values".
 * Pure: no `vscode` import; shared by the hover, the tree and the tests.
 */
import { firstIndex, type Analysis, type AnalyzedMention, type AnchorSource, type Entity, type Mention, type MentionType, type MoneyMention, type ReferenceDate } from '../core';

type Of<T extends Mention['type']> = Extract<AnalyzedMention, { type: T }>;

// one formatter for hovers, sidebar and Facts view: Number#toLocaleString builds a new one per call, far too slow
// for 50k mentions
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export const num = (n: number): string => NUMBER.format(n);

/** [min, max] when the amount is a true range ("$1–2 million"), else undefined. */
export function moneyRange(m: MoneyMention): [number, number] | undefined {
  return m.min != null && m.max != null && m.min !== m.max ? [m.min, m.max] : undefined;
}

/** "20,000,000,000 EUR (more than)", "1,000,000–2,000,000 USD", "5,000 (currency not stated)". */
function formatMoney(m: Of<'MONEY'>): string {
  const range = moneyRange(m);
  let amount: string;
  if (range) amount = `${num(range[0])}–${num(range[1])}`;
  else if (m.amount != null) amount = num(m.amount);
  else amount = 'amount not resolved';
  const currency = m.currency ?? '(currency not stated)';
  return `${amount} ${currency}${m.approx ? ` (${m.approx})` : ''}`;
}

const SOURCE_WORDS: Record<AnchorSource, string> = {
  dateline: 'the dateline',
  header: 'the header',
  setting: 'your reference-date setting',
  argument: 'the supplied reference date',
  none: 'no reference date',
};

/** "2025-01-01 → 2025-03-31 (2025-Q1, anchored on 2025-04-04 from the dateline)". */
function formatDate(m: Of<'DATE'>, ref: ReferenceDate): string {
  const notes: string[] = [];
  if (m.timex && m.timex !== m.start_date) notes.push(m.timex);
  if (m.mod) notes.push(`mod ${m.mod}`);
  if (m.anchor === 'reference' && ref.value) notes.push(`anchored on ${ref.value} from ${SOURCE_WORDS[ref.source]}`);
  if (m.anchor === 'unresolved') notes.push('no reference date to resolve it against');
  const span = dateSpan(m) ?? m.start_date ?? m.end_date ?? 'unresolved';
  return notes.length ? `${span} (${notes.join(', ')})` : span;
}

/** "2025-01-01 → 2025-03-31", or the day when both ends are the same; undefined unless both ends are resolved. */
function dateSpan(m: Of<'DATE'>): string | undefined {
  if (!m.start_date || !m.end_date) return undefined;
  return m.start_date === m.end_date ? m.start_date : `${m.start_date} → ${m.end_date}`;
}

/** "Mark Rutte · person · also: Rutte, Secretary-General Mark Rutte". */
function formatActor(m: Of<'ACTOR'>, entity: Entity | undefined): string {
  const canonical = entity?.canonical ?? m.canonical;
  const others = new Set<string>();
  for (const a of entity?.aliases ?? [m.text]) if (a !== canonical) others.add(a);
  for (const t of entity?.titles ?? (m.title ? [m.title] : [])) others.add(`${t} ${canonical}`);
  const also = others.size ? ` · also: ${[...others].join(', ')}` : '';
  return `${canonical} · ${entity?.kind ?? m.kind}${also}`;
}

export function formatValue(m: AnalyzedMention, analysis: Analysis, entities: Map<string, Entity>): string {
  switch (m.type) {
    case 'MONEY':
      return formatMoney(m);
    case 'DATE':
      return formatDate(m, analysis.referenceDate);
    case 'ACTOR':
      return formatActor(m, m.entity ? entities.get(m.entity) : undefined);
  }
}

/**
 * "Why is this marked?" in one short line for the hover, from the mention's rule (`type.family[.variant]`; the type
 * is said by the hover already): "money.scale-word" → "Why marked: scale word (rule money.scale-word)"; a rule that
 * names only the type → "Why marked: rule money". Undefined for an empty rule.
 */
export function ruleLine(rule: string): string | undefined {
  if (!rule) return undefined;
  const words = rule.split('.').slice(1).map((part) => part.replace(/-/g, ' ')).join(', ');
  return words ? `Why marked: ${words} (rule ${rule})` : `Why marked: rule ${rule}`;
}

/** Mentions with the same key are "the same fact value": one sidebar node, one occurrence count. */
export function groupKey(m: AnalyzedMention): string {
  switch (m.type) {
    case 'MONEY': {
      const range = moneyRange(m);
      return `MONEY:${range ? range.join('-') : m.amount}|${m.currency}|${m.approx ?? ''}`;
    }
    case 'DATE':
      return m.start_date || m.end_date
        ? `DATE:${m.start_date}|${m.end_date}|${m.mod ?? ''}`
        : `DATE:${m.timex ?? m.text.toLowerCase()}`;
    case 'ACTOR':
      return `ACTOR:${m.entity ?? `${m.kind}:${m.canonical}`}`;
  }
}

/** Group label for the sidebar: the resolved value, short. */
export function groupLabel(m: AnalyzedMention): string {
  switch (m.type) {
    case 'MONEY':
      return formatMoney(m);
    case 'DATE': {
      const span = dateSpan(m) ?? m.timex ?? m.text;
      return m.mod ? `${span} (${m.mod})` : span;
    }
    case 'ACTOR':
      return m.canonical;
  }
}

export interface MentionIndex {
  /** The analysis' mentions: sorted by start and never overlapping (the Analysis contract). */
  sorted: AnalyzedMention[];
  byGroup: Map<string, AnalyzedMention[]>;
  entities: Map<string, Entity>;
  /** Mentions per type (the status bar). */
  counts: Record<MentionType, number>;
  /** Per type, a hash of every mention's start, end, line (when positions were given) and group: lets the sidebar
   *  tell which roots changed without another pass over all mentions. */
  signature: Record<MentionType, number>;
}

/**
 * The index of an analysis, built in slices (`slicer` yields to the event loop between them) since big analyses
 * are indexed on the extension host. Resolves to undefined when `aborted()` turns true at a pause.
 */
export async function indexAnalysisSliced(
  a: Analysis,
  slicer: { loop(from: number, to: number, f: (i: number) => void, abort?: () => boolean): Promise<boolean> },
  aborted: () => boolean = () => false,
  positions?: Int32Array,
): Promise<MentionIndex | undefined> {
  const ms = a.mentions;
  const byGroup = new Map<string, AnalyzedMention[]>();
  /** Group number (order of first appearance) per key, mixed into the signature. */
  const groupNo = new Map<string, number>();
  const counts = { MONEY: 0, DATE: 0, ACTOR: 0 };
  const sig = { MONEY: 0x811c9dc5, DATE: 0x811c9dc5, ACTOR: 0x811c9dc5 };
  const add = (i: number): void => {
    const m = ms[i];
    const k = groupKey(m);
    const list = byGroup.get(k);
    let g = groupNo.get(k);
    if (g === undefined) groupNo.set(k, (g = groupNo.size));
    if (list) list.push(m);
    else byGroup.set(k, [m]);
    counts[m.type]++;
    // FNV-1a over integers
    let h = sig[m.type];
    h = Math.imul(h ^ m.start, 0x01000193);
    h = Math.imul(h ^ m.end, 0x01000193);
    h = Math.imul(h ^ (positions ? positions[4 * i] : -1), 0x01000193);
    sig[m.type] = Math.imul(h ^ g, 0x01000193) >>> 0;
  };
  if (!(await slicer.loop(0, ms.length, add, aborted))) return undefined;
  return { sorted: ms, byGroup, entities: new Map(a.entities.map((e) => [e.id, e])), counts, signature: sig };
}

/** Index of mention `id` in `analysis.mentions`: the Analysis contract numbers them m1, m2, … in that order. */
export const mentionIndex = (id: string): number => Number(id.slice(1)) - 1;

/** The mention with this id (see mentionIndex), if any. */
export function mentionById(a: Analysis, id: string): AnalyzedMention | undefined {
  return a.mentions[mentionIndex(id)];
}

/** The mention covering `offset` (end inclusive, so a cursor just after a word still finds it). */
export function mentionAt(index: MentionIndex, offset: number): AnalyzedMention | undefined {
  const s = index.sorted;
  const m = s[firstIndex(s.length, (i) => s[i].start > offset) - 1];
  return m && offset <= m.end ? m : undefined;
}

/** Escapes markdown syntax but, unlike MarkdownString.appendText, keeps spaces as spaces (runs of them as one). */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');
}

/** One-line context around a mention for the sidebar: "…allies pledged more than €20 billion to Kyiv…". */
export function preview(text: string, start: number, end: number, width = 48): { label: string; from: number; to: number } {
  // Little context before the mention, more after: a narrow sidebar cuts the end, and the mention must stay visible.
  const before = 16;
  const after = Math.max(8, width - before - (end - start));
  let a = Math.max(0, start - before);
  let b = Math.min(text.length, end + after);
  // stay on the mention's line
  const nlBefore = text.lastIndexOf('\n', start - 1);
  if (nlBefore >= a) a = nlBefore + 1;
  const nlAfter = text.indexOf('\n', end);
  if (nlAfter >= 0 && nlAfter < b) b = nlAfter;
  const head = a > 0 && nlBefore !== a - 1 ? '…' : '';
  const tail = b < text.length && text[b] !== '\n' ? '…' : '';
  const raw = text.slice(a, b);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim().replace(/\s+/g, ' ');
  // whitespace collapsing can shift the mention; recompute its place in the label from the collapsed prefix
  const prefix = text.slice(a + lead, start).replace(/\s+/g, ' ');
  const mention = text.slice(start, end).replace(/\s+/g, ' ');
  const from = head.length + prefix.length;
  return { label: head + body + tail, from, to: from + mention.length };
}
