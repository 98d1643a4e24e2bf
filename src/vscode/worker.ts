/**
 * Analysis worker (bundled to dist/worker.js). Keeps one Analyzer per document key so the engine's per-paragraph
 * cache survives between requests, exactly as it does for documents analysed inline on the extension host.
 * Everything that can be prepared for the host is prepared here: line/character positions, the packed
 * (cheap-to-receive) form of the result and, right after it, the facts the Facts view and the export read from it.
 */
import { parentPort } from 'node:worker_threads';
import { Analyzer, onExtractorFailure } from '../core/analyze';
import { extractFacts } from '../core/facts/extract';
import type { Analysis } from '../core/model';
import { mentionPositions } from './positions';
import { packAnalysis, packFacts, type WorkerRequest, type WorkerResponse } from './protocol';

/** Bound on cached documents: each Analyzer holds the blocks of one text, so memory stays ~ MAX_DOCS articles. */
const MAX_DOCS = 16;
const analyzers = new Map<string, Analyzer>();

onExtractorFailure((err) => console.error('[news-facts worker] extractor failed:', err));

function analyzerFor(key: string): Analyzer {
  let a = analyzers.get(key);
  if (a) analyzers.delete(key); // re-insert: Map order doubles as LRU order
  else a = new Analyzer();
  analyzers.set(key, a);
  if (analyzers.size > MAX_DOCS) analyzers.delete(analyzers.keys().next().value as string);
  return a;
}

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.kind === 'forget') {
    analyzers.delete(msg.key);
    return;
  }
  let reply: WorkerResponse;
  let analysis: Analysis | undefined;
  try {
    const a = analyzerFor(msg.key).analyze(msg.text, msg.options);
    reply = { kind: 'analysis', id: msg.id, ok: true, packed: packAnalysis(a, mentionPositions(msg.text, a.mentions)) };
    analysis = a;
  } catch (e) {
    reply = { kind: 'analysis', id: msg.id, ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  // the positions buffer is transferred, not copied
  parentPort!.postMessage(reply, reply.ok ? [reply.packed.positions.buffer as ArrayBuffer] : []);
  if (!analysis) return;
  // Facts second: the host applies the mentions meanwhile (~7 ms of extraction per 100 KB, all of it off the host).
  let factChunks: string[] | null;
  try {
    factChunks = packFacts(extractFacts(msg.text, analysis));
  } catch (e) {
    console.error('[news-facts worker] fact extraction failed:', e);
    factChunks = null;
  }
  parentPort!.postMessage({ kind: 'facts', id: msg.id, factChunks } satisfies WorkerResponse);
});
