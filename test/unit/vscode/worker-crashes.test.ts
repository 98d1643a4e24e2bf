import * as assert from 'node:assert/strict';
import { NoticeThrottle, RestartBudget, workerEventMessage, WorkerCrashedError, type WorkerEvent } from '../../../src/vscode/workerCrashes';

describe('worker crashes: the restart budget and what the user is told', () => {
  it('RestartBudget: the 3rd crash within a minute stops the restarts; older crashes leave the window', () => {
    let t = 0;
    const budget = new RestartBudget({ crashes: 3, withinMs: 60_000 }, () => t);
    assert.equal(budget.crashed(), true);
    t = 30_000;
    assert.equal(budget.crashed(), true);
    assert.equal(budget.recent, 2);
    t = 59_999;
    assert.equal(budget.crashed(), false, 'three within a minute');

    const spaced = new RestartBudget({ crashes: 3, withinMs: 60_000 }, () => t);
    for (const at of [0, 40_000, 80_000, 120_000, 160_000]) {
      t = at;
      assert.equal(spaced.crashed(), true, `at ${at}: never more than two within a minute`);
    }
    assert.equal(spaced.recent, 2);
  });

  const restarted = (over: Partial<WorkerEvent> = {}): WorkerEvent => ({ kind: 'restarted', why: 'exit code 1', crashes: 1, rerun: ['a'], failed: [], ...over }) as WorkerEvent;
  const gaveUp: WorkerEvent = { kind: 'gaveUp', why: 'exit code 1', crashes: 3, rerun: [], failed: ['b'] };

  it('NoticeThrottle: one notification per quiet spell of crashes, and always one for giving up', () => {
    let t = 0;
    const throttle = new NoticeThrottle(60_000, () => t);
    assert.equal(throttle.shouldNotify(restarted()), true, 'the first crash');
    t = 10_000;
    assert.equal(throttle.shouldNotify(restarted()), false, 'a second one soon after: logged only');
    t = 20_000;
    assert.equal(throttle.shouldNotify(gaveUp), true, 'giving up is always told');
    t = 200_000;
    assert.equal(throttle.shouldNotify(restarted()), true, 'a crash long after');
  });

  it('the messages say what happened and what was done', () => {
    const one = workerEventMessage(restarted());
    assert.match(one, /^News Facts: the analysis worker stopped unexpectedly \(exit code 1\)\. It was restarted, and 1 analysis under way runs again\.$/);
    assert.equal(workerEventMessage(restarted({ rerun: [] })), 'News Facts: the analysis worker stopped unexpectedly (exit code 1). It was restarted.');
    assert.match(workerEventMessage(restarted({ rerun: ['a', 'b'], failed: ['c'] })), /2 analyses under way run again\. 1 analysis it stopped on again was not retried\.$/);
    const up = workerEventMessage(gaveUp);
    assert.match(up, /stopped 3 times within a minute \(last: exit code 1\), so it is not restarted/);
    assert.match(up, /analysed on the editor's own thread/);
    assert.match(up, /Reload the window/);
    const err = new WorkerCrashedError('exit code 1', 2);
    assert.match(err.message, /stopped 2 times while analysing it \(exit code 1\).*Refresh/);
  });
});
