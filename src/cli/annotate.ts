import { isIsoDay, type Analysis, type AnalyzedMention, type DocumentAnalyzer } from '../core';

interface AnnotateInput {
  id: string;
  text: string;
  refDate?: string | null;
}

/** The `annotate` output line: the scorers in ../shared read exactly this shape. */
interface AnnotateOutput {
  id: string;
  reference_date: Analysis['referenceDate'];
  spans: Array<Omit<AnalyzedMention, 'id'>>;
}

/**
 * Spans are names, amounts and dates by default: the span corpora this output is scored against annotate named
 * entities, so common-noun actors ("the city", `named: false`) would count as false positives there. `descriptions`
 * adds them (with `named: false` and `head`).
 */
export function annotateDocument(analyzer: DocumentAnalyzer, doc: AnnotateInput, options: { descriptions?: boolean } = {}): AnnotateOutput {
  const analysis = analyzer.analyze(doc.text, { referenceDate: doc.refDate ?? undefined });
  const keep = (m: AnalyzedMention): boolean => options.descriptions === true || !(m.type === 'ACTOR' && m.named === false);
  return {
    id: doc.id,
    reference_date: analysis.referenceDate,
    spans: analysis.mentions.filter(keep).map(({ id: _id, ...span }) => span),
  };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Validates one parsed JSONL value; returns the document or a message naming what is wrong. */
export function toAnnotateInput(value: unknown): AnnotateInput | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') return 'missing "text" (a string)';
  if (v.id !== undefined && typeof v.id !== 'string' && typeof v.id !== 'number') return '"id" must be a string or number';
  let refDate: string | null = null;
  if (v.ref_date !== undefined && v.ref_date !== null) {
    if (typeof v.ref_date !== 'string' || !ISO_DAY.test(v.ref_date)) return '"ref_date" must be YYYY-MM-DD';
    refDate = v.ref_date.slice(0, 10);
    if (!isIsoDay(refDate)) return `"ref_date" ${refDate} is not a calendar day`;
  }
  return { id: v.id === undefined ? '' : String(v.id), text: v.text, refDate };
}
