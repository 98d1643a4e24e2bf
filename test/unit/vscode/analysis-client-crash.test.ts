import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { factsOf } from '../../../src/core';
import { AnalysisClient, CancelledError } from '../../../src/vscode/analysisClient';
import { WorkerCrashedError, type RestartLimit, type WorkerEvent } from '../../../src/vscode/workerCrashes';
import { bundleWorker } from './bundle-worker';
import { CRASH_MARK } from './fixtures/crash-mark';
import { factsArticle } from './sample-text';

/** Texts from 10,000 characters on go to the worker. */
const THRESHOLD = 10_000;
const TEXT = factsArticle(80);
/** A text the crashing worker dies on. */
const POISON = `${CRASH_MARK}\n\n${factsArticle(70)}`;

interface Run {
  client: AnalysisClient;
  events: WorkerEvent[];
}

/** A client of `workerPath` whose worker events are recorded; NEWS_FACTS_TEST_* set as `env` says while `f` runs. */
async function withClient(
  workerPath: string,
  env: Record<string, string>,
  f: (run: Run) => Promise<void>,
  limit?: RestartLimit,
  now?: () => number,
): Promise<void> {
  Object.assign(process.env, env); // workers read it when they start (the restarted ones too)
  const client = new AnalysisClient({ workerPath, workerThreshold: THRESHOLD, restartLimit: limit, now });
  const events: WorkerEvent[] = [];
  client.onWorkerEvent((e) => events.push(e));
  try {
    await f({ client, events });
  } finally {
    client.dispose();
    for (const k of Object.keys(env)) delete process.env[k];
  }
}

/** Resolves once `cond` holds (polled). */
async function until(cond: () => boolean, what: string): Promise<void> {
  for (const t0 = Date.now(); !cond(); await new Promise((r) => setTimeout(r, 5)))
    if (Date.now() - t0 > 10_000) throw new Error(`timed out waiting for ${what}`);
}

/** The job's analysis is the engine's for `text`, and its facts are the ones read from it. */
async function assertAnalysed(promise: Promise<Awaited<ReturnType<AnalysisClient['analyze']>['promise']>>, text: string): Promise<void> {
  const r = await promise;
  const direct = analyze(text, {});
  assert.deepEqual([r.analysis.mentions, r.analysis.entities], [direct.mentions, direct.entities]);
  assert.deepEqual((await r.facts)?.facts, factsOf(text, r.analysis));
}

describe('AnalysisClient: a worker that dies is reported once, restarted, and its jobs analysed again', function () {
  this.timeout(60_000);
  let dir: string;
  let workerPath: string;
  let crashingPath: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-facts-crash-'));
    workerPath = bundleWorker(path.join(__dirname, '../../../src/vscode/worker.ts'), dir);
    crashingPath = bundleWorker(path.join(__dirname, 'fixtures/crashing-worker.ts'), dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const mode of ['throw', 'exit'])
    it(`dies once (${mode === 'throw' ? 'an uncaught exception: error, then exit' : 'process.exit'}): one event, a new worker, every job answered`, () =>
      withClient(crashingPath, { NEWS_FACTS_TEST_CRASH: mode, NEWS_FACTS_TEST_CRASH_ONCE: path.join(dir, `once-${mode}`) }, async ({ client, events }) => {
        const first = client.analyze('poisoned-once', POISON, {});
        const queued = client.analyze('queued', TEXT, {}); // behind it in the same worker
        assert.ok(first.inWorker && queued.inWorker);
        await assertAnalysed(first.promise, POISON);
        await assertAnalysed(queued.promise, TEXT);
        assert.equal(events.length, 1, `one event for one death: ${JSON.stringify(events)}`);
        const [e] = events;
        assert.equal(e.kind, 'restarted');
        assert.match(e.why, mode === 'throw' ? /fixture: the analysis worker crashed/ : /exit code 3/);
        assert.deepEqual([e.rerun, e.failed, e.crashes], [['poisoned-once', 'queued'], [], 1]);
        assert.deepEqual([client.counters.workerStarts, client.counters.workerCrashes], [2, 1]);
        assert.ok(client.workerAvailable);
      }));

  it('a job the worker dies on twice fails with WorkerCrashedError; the jobs queued behind it are answered', () =>
    withClient(crashingPath, { NEWS_FACTS_TEST_CRASH: 'throw' }, async ({ client, events }) => {
      const poison = client.analyze('poison', POISON, {});
      const queued = client.analyze('queued', TEXT, {});
      await assert.rejects(poison.promise, (e: unknown) => e instanceof WorkerCrashedError && e.crashes === 2 && /Refresh/.test(e.message));
      assert.equal(await poison.facts, undefined);
      await assertAnalysed(queued.promise, TEXT);
      assert.deepEqual(
        events.map((e) => [e.kind, e.rerun, e.failed]),
        [
          ['restarted', ['poison', 'queued'], []],
          ['restarted', ['queued'], ['poison']],
        ],
      );
      // the worker that answered is still there for the next job
      const next = client.analyze('next', TEXT, {});
      assert.ok(next.inWorker);
      await assertAnalysed(next.promise, TEXT);
      assert.equal(events.length, 2);
    }));

  it('gives up after 3 deaths within the window: one gaveUp event, queued jobs and later ones analysed inline', () =>
    withClient(crashingPath, { NEWS_FACTS_TEST_CRASH: 'exit' }, async ({ client, events }) => {
      const p1 = client.analyze('p1', POISON, {}); // dies twice on it: deaths 1 and 2
      await assert.rejects(p1.promise, WorkerCrashedError);
      const p2 = client.analyze('p2', POISON, {}); // death 3
      const queued = client.analyze('queued', TEXT, {});
      await assert.rejects(p2.promise, (e: unknown) => e instanceof WorkerCrashedError && e.crashes === 1);
      await assertAnalysed(queued.promise, TEXT);
      assert.deepEqual(
        events.map((e) => [e.kind, e.crashes, e.rerun, e.failed]),
        [
          ['restarted', 1, ['p1'], []],
          ['restarted', 2, [], ['p1']],
          ['gaveUp', 3, ['queued'], ['p2']],
        ],
      );
      assert.equal(client.workerAvailable, false);
      assert.equal(client.counters.workerStarts, 3, 'no worker started after giving up');
      const later = client.analyze('later', TEXT, {});
      assert.equal(later.inWorker, false, 'analysed inline from now on');
      await assertAnalysed(later.promise, TEXT);
      assert.equal(events.length, 3, 'nothing more to report');
      assert.equal(client.counters.workerStarts, 3);
    }, { crashes: 3, withinMs: 60_000 }));

  it('deaths further apart than the window never stop the restarts', () => {
    let t = 0;
    return withClient(
      workerPath,
      {},
      async ({ client, events }) => {
        for (let i = 0; i < 3; i++) {
          const job = client.analyze(`doc${i}`, TEXT, {});
          assert.equal(client.killWorker(), 1, 'killed with the job in flight');
          await assertAnalysed(job.promise, TEXT);
          t += 1500;
        }
        assert.deepEqual(
          events.map((e) => [e.kind, e.crashes, e.rerun]),
          Array.from({ length: 3 }, (_, i) => ['restarted', 1, [`doc${i}`]]),
        );
        assert.ok(client.workerAvailable);
      },
      { crashes: 2, withinMs: 1000 },
      () => t,
    );
  });

  it('killWorker (the test hook): terminated from outside with a job in flight, or idle, like any death', () =>
    withClient(workerPath, {}, async ({ client, events }) => {
      assert.equal(client.killWorker(), undefined, 'no worker yet');
      const job = client.analyze('doc', TEXT, {});
      assert.equal(client.killWorker(), 1);
      await assertAnalysed(job.promise, TEXT);
      assert.deepEqual(events.map((e) => [e.kind, e.rerun]), [['restarted', ['doc']]]);
      assert.match(events[0].why, /^exit code \d+$/);
      // idle: restarted all the same, and the new worker takes the next job
      assert.equal(client.killWorker(), 0);
      await until(() => events.length === 2, 'the second death');
      assert.deepEqual([events[1].kind, events[1].rerun], ['restarted', []]);
      const next = client.analyze('doc', TEXT, {});
      assert.ok(next.inWorker);
      await assertAnalysed(next.promise, TEXT);
      assert.deepEqual([client.counters.workerStarts, client.counters.workerCrashes], [3, 2]);
    }));

  it('cancelling a job terminates the worker on purpose: no event, and the other jobs go on', () =>
    withClient(workerPath, {}, async ({ client, events }) => {
      const a = client.analyze('a', TEXT, {});
      const b = client.analyze('b', TEXT, {});
      a.cancel();
      await assert.rejects(a.promise, CancelledError);
      await assertAnalysed(b.promise, TEXT);
      assert.deepEqual(events, []);
      assert.equal(client.counters.workerCrashes, 0);
    }));
});
