/**
 * Issue 8, item 9: a combined export interrupted by SIGINT or SIGTERM removes its temporary file, leaves the
 * destination as it was and exits 130 / 143 (it used to leave a `.all.csv.<pid>.tmp` behind each time); SIGKILL
 * cannot be handled, but the destination is still intact (the rename never happened). A child `news-facts` runs
 * over 300 articles; the signal is sent once its temporary file exists, i.e. while it exports.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBundle, pledges, tempFiles } from './helpers';

const PREVIOUS = '\ufefffact_id,source\r\nf-previous,old.txt\r\n';

describe('extract interrupted by a signal', function () {
  this.timeout(120_000);
  let dir: string;
  let out: string;
  let cli: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-signal-'));
    cli = cliBundle(dir);
    fs.mkdirSync(path.join(dir, 'articles'));
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(dir, 'articles', `a${String(i).padStart(3, '0')}.txt`), pledges(30, i));
    out = path.join(dir, 'out');
    fs.mkdirSync(out);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => fs.writeFileSync(path.join(out, 'all.csv'), PREVIOUS));

  /** Starts a combined CSV export, sends `signal` once its temporary file is there; resolves with how it ended. */
  function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; tmpSeen: boolean }> {
    const child = spawn(process.execPath, [cli, 'extract', path.join(dir, 'articles'), '--format', 'csv', '--out', path.join(out, 'all.csv')]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let tmpSeen = false;
    const poll = setInterval(() => {
      if (tmpSeen || !tempFiles(out).length) return;
      tmpSeen = true;
      setTimeout(() => child.kill(signal), 100); // a few articles in
    }, 5);
    return new Promise((resolve) =>
      child.on('close', (code, sig) => {
        clearInterval(poll);
        resolve({ code, signal: sig, stderr, tmpSeen });
      }),
    );
  }

  for (const [signal, status] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: temporary file removed, destination untouched, exit ${status}`, async () => {
      const r = await interrupt(signal);
      assert.ok(r.tmpSeen, 'the export was under way');
      assert.equal(r.code, status, `exit status (signal ${r.signal}; ${r.stderr})`);
      assert.match(r.stderr, new RegExp(`interrupted \\(${signal}\\); unfinished output removed, previous files kept`));
      assert.deepEqual(tempFiles(out), []);
      assert.equal(fs.readFileSync(path.join(out, 'all.csv'), 'utf8'), PREVIOUS);
    });
  }

  it('SIGKILL: the destination stays intact (only the temporary file can remain)', async () => {
    const r = await interrupt('SIGKILL');
    assert.ok(r.tmpSeen);
    assert.equal(r.signal, 'SIGKILL');
    assert.equal(fs.readFileSync(path.join(out, 'all.csv'), 'utf8'), PREVIOUS);
    for (const t of tempFiles(out)) fs.rmSync(path.join(out, t));
  });
});
