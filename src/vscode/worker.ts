/**
 * Analysis worker (bundled to dist/worker.js). Keeps one DocumentAnalyzer per document key so the engine's
 * per-paragraph cache survives between requests, exactly as it does for documents analysed inline on the extension
 * host (AnalysisClient). Everything that can be prepared for the host is prepared here: line/character positions,
 * the packed (cheap-to-receive) form of the result and, right after it, the facts of that analysis.
 * Pure: no `vscode` import (it runs in a worker thread).
 */
import { parentPort } from 'node:worker_threads';
import { DocumentAnalyzer, onExtractorFailure, type Analysis } from '../core';
import { mentionPositions } from './positions';
import { packAnalysis, packFacts, type WorkerRequest, type WorkerResponse } from './protocol';

/** Bound on cached documents: each holds the blocks of one text, so memory stays ~ MAX_DOCS articles. */
const MAX_DOCS = 16;
const documents = new Map<string, DocumentAnalyzer>();

onExtractorFailure((err) => console.error('[news-facts worker] extractor failed:', err));

function documentFor(key: string): DocumentAnalyzer {
  let d = documents.get(key);
  if (d) documents.delete(key); // re-insert: Map order doubles as LRU order
  else d = new DocumentAnalyzer();
  documents.set(key, d);
  if (documents.size > MAX_DOCS) documents.delete(documents.keys().next().value as string);
  return d;
}

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.kind === 'forget') {
    documents.delete(msg.key);
    return;
  }
  const doc = documentFor(msg.key);
  let reply: WorkerResponse;
  let analysis: Analysis | undefined;
  try {
    const a = doc.analyze(msg.text, msg.options);
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
    factChunks = packFacts(doc.facts(analysis));
  } catch (e) {
    console.error('[news-facts worker] fact extraction failed:', e);
    factChunks = null;
  }
  parentPort!.postMessage({ kind: 'facts', id: msg.id, factChunks } satisfies WorkerResponse);
});
