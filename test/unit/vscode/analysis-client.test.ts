import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { factsOf } from '../../../src/core';
import { AnalysisClient, CancelledError } from '../../../src/vscode/analysisClient';
import { bundleWorker as bundle } from './bundle-worker';
import { factsArticle } from './sample-text';

/** Runs `f` with a client of the worker at `workerPath` (texts from 10,000 characters on go to it), then disposes it. */
async function withClient(workerPath: string, f: (client: AnalysisClient) => Promise<void>): Promise<void> {
  const client = new AnalysisClient({ workerPath, workerThreshold: 10_000 });
  try {
    await f(client);
  } finally {
    client.dispose();
  }
}

describe('AnalysisClient: the same job shape inline and in the worker, facts once per analysis', function () {
  this.timeout(30_000);
  let dir: string;
  let workerPath: string;
  let lossyWorkerPath: string;
  const SMALL = 'Norway paid $5 million to Moldova on Tuesday. Canada pledged 3 million euros to the fund.';

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-facts-client-'));
    workerPath = bundle(path.join(__dirname, '../../../src/vscode/worker.ts'), dir);
    lossyWorkerPath = bundle(path.join(__dirname, 'fixtures/lossy-worker.ts'), dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a worker job delivers the analysis, then the facts the worker read from it', () =>
    withClient(workerPath, async (client) => {
      const text = factsArticle(80);
      const job = client.analyze('doc', text, { referenceDate: '2025-04-04' });
      assert.ok(job.inWorker);
      const r = await job.promise;
      const inline = analyze(text, { referenceDate: '2025-04-04' });
      assert.deepEqual([r.analysis.mentions, r.analysis.entities], [inline.mentions, inline.entities]);
      assert.equal(r.facts, job.facts, 'one facts promise, on the job and on its result');
      const got = await r.facts;
      assert.ok(got && got.facts.length > 100, `facts arrived: ${got?.facts.length}`);
      assert.deepEqual(got.facts, factsOf(text, r.analysis));
      assert.equal(got.computedIn, 'worker');
      assert.equal(client.counters.hostFacts, 0, 'none computed on the host');

      // a job cancelled after its analysis arrived: its facts resolve to undefined, never reject
      const late = client.analyze('doc2', text, {});
      const lr = await late.promise;
      late.cancel();
      assert.equal(await lr.facts, undefined);

      // disposing while a job waits: the facts settle too (nobody waits forever)
      const pending = client.analyze('doc3', text, {});
      pending.promise.catch(() => undefined);
      client.dispose();
      await assert.rejects(pending.promise, CancelledError);
      assert.equal(await pending.facts, undefined);
    }));

  it('an inline job has the same shape: the analysis first, its facts a macrotask later, computed on the host', () =>
    withClient(workerPath, async (client) => {
      const job = client.analyze('small', SMALL, {});
      assert.equal(job.inWorker, false);
      let settled = false;
      void job.facts.then(() => (settled = true));
      const r = await job.promise;
      assert.equal(settled, false, 'the caller has the mentions before the facts are computed');
      assert.equal(r.facts, job.facts);
      const got = await r.facts;
      assert.ok(got && got.facts.length >= 2, `facts: ${JSON.stringify(got?.facts.map((f) => f.evidence.text))}`);
      assert.deepEqual(got.facts, factsOf(SMALL, r.analysis));
      assert.equal(got.computedIn, 'host');
      assert.equal(client.counters.hostFacts, 1);
      assert.equal(await job.facts, got, 'computed once, however often asked');
      assert.equal(client.counters.hostFacts, 1);
    }));

  it('inline: a job cancelled before its analysis rejects; cancelled after it, its facts are not computed', () =>
    withClient(workerPath, async (client) => {
      const early = client.analyze('a', SMALL, {});
      early.cancel();
      await assert.rejects(early.promise, CancelledError);
      assert.equal(await early.facts, undefined);

      const late = client.analyze('b', SMALL, {});
      const r = await late.promise;
      late.cancel();
      assert.equal(await r.facts, undefined);
      assert.equal(client.counters.hostFacts, 0);
    }));

  it('inline: facts of an analysis a newer one of the same document replaced are still its own', () =>
    withClient(workerPath, async (client) => {
      const other = 'The European Commission paid 7 million euros to Kyiv in 2023.';
      const first = client.analyze('doc', SMALL, {});
      const second = client.analyze('doc', other, {}); // analysed before the first job's facts are computed
      const [r1, r2] = await Promise.all([first.promise, second.promise]);
      assert.deepEqual((await r1.facts)?.facts, factsOf(SMALL, r1.analysis));
      assert.deepEqual((await r2.facts)?.facts, factsOf(other, r2.analysis));
    }));

  // the one fallback: facts the worker does not deliver are computed on the host, from the analysis
  const LOST = [
    { mode: 'null', how: 'the worker reports its extraction failed' },
    { mode: 'hold', how: 'the worker is terminated (another job was cancelled) before sending them' },
  ];
  for (const { mode, how } of LOST)
    it(`worker facts lost (${how}): computed on the host`, async () => {
      process.env.NEWS_FACTS_TEST_LOSE = mode; // read by the worker when it starts (on the first job)
      try {
        await withClient(lossyWorkerPath, async (client) => {
          const text = factsArticle(60);
          const r = await client.analyze('doc', text, {}).promise;
          if (mode === 'hold') {
            const other = client.analyze('other', text, {});
            other.promise.catch(() => undefined);
            other.cancel(); // terminates the worker: the first job's facts will not come
          }
          const got = await r.facts;
          assert.ok(got, 'facts delivered');
          assert.equal(got.computedIn, 'host');
          assert.deepEqual(got.facts, factsOf(text, r.analysis));
          assert.equal(client.counters.hostFacts, 1);
        });
      } finally {
        delete process.env.NEWS_FACTS_TEST_LOSE;
      }
    });
});
