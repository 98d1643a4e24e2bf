/**
 * The facts file ("news-facts/1"): the article's mentions, entities and facts with provenance, as plain data.
 * Shared by the CLI and the editor. Deterministic: same text and analysis → the same object, key order included.
 * The shape is specified by schema/news-facts.schema.json.
 */
import type { Analysis, AnalyzedMention, AnchorSource, ActorKind, DateValue, Entity } from '../model';
import { extractFacts } from '../facts/extract';
import type { Fact, FactCategory, FactPart, SlotSource, TextSpan } from '../facts/types';
import { VERSION } from '../version';
import { sha256Hex } from '../util/sha256';
import { IdMinter } from './ids';

const FACTS_SCHEMA = 'news-facts/1';

export type ExportedMention =
  | { id: string; type: 'MONEY'; start: number; end: number; text: string; amount: number | null; currency: string | null; approx: string | null; min?: number; max?: number }
  | ({ id: string; type: 'DATE'; start: number; end: number; text: string } & DateValue)
  | { id: string; type: 'ACTOR'; start: number; end: number; text: string; kind: ActorKind; canonical: string; named: boolean; head?: string; title?: string; entity?: string };

/** Entities are exported as the engine models them, with ids rewritten to stable ones and `named` always written. */
type ExportedEntity = Omit<Entity, 'named'> & { named: boolean };

/** A stretch of the article the fact names (its object, its purpose). */
type ExportedSpan = { start: number; end: number; text: string };

interface ExportedFact {
  id: string;
  action: { text: string | null; lemma: string | null; category: FactCategory; negated: boolean; planned: boolean; start: number | null; end: number | null };
  actor: string | null;
  actor_mention: string | null;
  co_actors: string[];
  recipient: string | null;
  recipient_mention: string | null;
  amount: string | null;
  time: string | null;
  object: ExportedSpan | null;
  purpose: ExportedSpan | null;
  via: { actor: SlotSource | null; recipient: SlotSource | null };
  missing: FactPart[];
  evidence: { start: number; end: number; text: string; quote: { exact: string; prefix: string; suffix: string } };
  confidence: number;
}

export interface FactsDocument {
  schema: typeof FACTS_SCHEMA;
  generator: { name: 'news-facts'; version: string };
  document: { path: string; sha256: string; chars: number; reference_date: { value: string | null; source: AnchorSource } };
  mentions: ExportedMention[];
  entities: ExportedEntity[];
  facts: ExportedFact[];
}

interface BuildInput {
  /** How the article is named in the file (the CLI writes it relative to the facts file). */
  path: string;
  text: string;
  analysis: Analysis;
  /** The article's bytes as stored, for the checksum; the UTF-8 encoding of `text` when absent. */
  bytes?: Uint8Array;
  /** Precomputed facts (the editor may already have them); extracted from the analysis when absent. */
  facts?: Fact[];
}

/** How much text the W3C-style text quote keeps on either side of the evidence. */
const QUOTE_CONTEXT = 32;

export function buildFactsDocument(input: BuildInput): FactsDocument {
  const { text, analysis } = input;
  const facts = input.facts ?? extractFacts(text, analysis);
  const { mentions } = analysis; // sorted by start (the Analysis contract)

  const entityIds = new Map<string, string>();
  const entityMinter = new IdMinter('e', 8);
  for (const e of analysis.entities) entityIds.set(e.id, entityMinter.mint(`${e.kind}|${e.canonical}`));
  const mentionIds = new Map<string, string>();
  const mentionMinter = new IdMinter('m', 8);
  for (const m of mentions) mentionIds.set(m.id, mentionMinter.mint(`${m.type}|${m.text}`));
  const mid = (id: string | null): string | null => (id === null ? null : (mentionIds.get(id) ?? null));
  const eid = (id: string | null): string | null => (id === null ? null : (entityIds.get(id) ?? null));

  const factMinter = new IdMinter('f', 10);
  const byId = new Map<string, AnalyzedMention>(mentions.map((m) => [m.id, m]));
  const textOf = (id: string | null): string => (id === null ? '' : (byId.get(id)?.text ?? ''));
  const startOf = (id: string | null): number => (id === null ? -1 : (byId.get(id)?.start ?? -1));
  const exportedFacts = [...facts]
    .sort((a, b) => a.evidence.start - b.evidence.start || (a.action.start ?? -1) - (b.action.start ?? -1) || startOf(a.amount) - startOf(b.amount))
    .map((f): ExportedFact => {
      const key = [f.evidence.text, f.action.lemma ?? '', f.action.category, textOf(f.amount), textOf(f.actorMention)].join('|');
      return {
        id: factMinter.mint(key),
        action: {
          text: f.action.text,
          lemma: f.action.lemma,
          category: f.action.category,
          negated: f.action.negated,
          planned: f.action.planned,
          start: f.action.start,
          end: f.action.end,
        },
        actor: eid(f.actor),
        actor_mention: mid(f.actorMention),
        co_actors: f.coActors.map((id) => eid(id)).filter((id): id is string => !!id),
        recipient: eid(f.recipient),
        recipient_mention: mid(f.recipientMention),
        amount: mid(f.amount),
        time: mid(f.time),
        object: spanOf(f.object),
        purpose: spanOf(f.purpose),
        via: { actor: f.via.actor, recipient: f.via.recipient },
        missing: [...f.missing],
        evidence: { ...f.evidence, quote: quote(text, f.evidence.start, f.evidence.end) },
        confidence: f.confidence,
      };
    });

  return {
    schema: FACTS_SCHEMA,
    generator: { name: 'news-facts', version: VERSION },
    document: {
      path: input.path,
      sha256: sha256Hex(input.bytes ?? text),
      chars: text.length,
      reference_date: { value: analysis.referenceDate.value, source: analysis.referenceDate.source },
    },
    mentions: mentions.map((m) => exportMention(m, mentionIds.get(m.id)!, eid(m.type === 'ACTOR' ? (m.entity ?? null) : null))),
    entities: analysis.entities.map((e) => ({
      id: entityIds.get(e.id)!,
      canonical: e.canonical,
      kind: e.kind,
      named: e.named !== false,
      aliases: [...e.aliases],
      titles: [...e.titles],
      mentions: e.mentions.map((id) => mentionIds.get(id)).filter((id): id is string => !!id),
    })),
    facts: exportedFacts,
  };
}

/** Fixed key order, optional keys only when set: the same analysis always serialises to the same bytes. */
function exportMention(m: AnalyzedMention, id: string, entity: string | null): ExportedMention {
  const base = { id, type: m.type, start: m.start, end: m.end, text: m.text };
  switch (m.type) {
    case 'MONEY':
      return { ...base, type: 'MONEY', amount: m.amount, currency: m.currency, approx: m.approx, ...opt('min', m.min), ...opt('max', m.max) };
    case 'DATE':
      return {
        ...base,
        type: 'DATE',
        timex: m.timex,
        start_date: m.start_date,
        end_date: m.end_date,
        ...opt('mod', m.mod),
        anchor: m.anchor,
        ...opt('anchor_date', m.anchor_date && { text: m.anchor_date.text, timex: m.anchor_date.timex }),
        ...opt('fiscal', m.fiscal),
      };
    case 'ACTOR':
      return {
        ...base,
        type: 'ACTOR',
        kind: m.kind,
        canonical: m.canonical,
        named: m.named !== false,
        ...opt('head', m.head),
        ...opt('title', m.title),
        ...(entity ? { entity } : {}),
      };
  }
}

function spanOf(s: TextSpan | null): ExportedSpan | null {
  return s ? { start: s.start, end: s.end, text: s.text } : null;
}

function opt<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return value === undefined || value === null ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** A text quote selector (W3C Web Annotation): finds the evidence again even after the offsets have drifted. */
export function quote(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  let from = Math.max(0, start - QUOTE_CONTEXT);
  let to = Math.min(text.length, end + QUOTE_CONTEXT);
  if (isLowSurrogate(text.charCodeAt(from)) && from > 0) from--;
  if (isLowSurrogate(text.charCodeAt(to)) && to < text.length) to++;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
