/**
 * What the user is told when the analysis worker dies (src/vscode/workerCrashes.ts): every death is one line in the
 * *News Facts* output channel and, unless a notification about one was shown less than a minute ago, one non-modal
 * warning; giving the worker up always gets its warning. Never one message per article or per job.
 */
import * as vscode from 'vscode';
import { NoticeThrottle, workerEventMessage, type WorkerEvent } from './workerCrashes';

export class WorkerNotices {
  /** Notifications shown and lines logged (for the test API). */
  readonly shown: string[] = [];
  readonly logged: string[] = [];
  private readonly throttle = new NoticeThrottle();

  constructor(private readonly log: vscode.OutputChannel) {}

  report(e: WorkerEvent): void {
    const msg = workerEventMessage(e);
    this.logged.push(msg);
    this.log.appendLine(`[worker] ${msg}`);
    if (!this.throttle.shouldNotify(e)) return;
    this.shown.push(msg);
    const action = e.kind === 'gaveUp' ? 'Reload Window' : 'Show Log';
    void vscode.window.showWarningMessage(msg, action).then((pick) => {
      if (pick === 'Reload Window') void vscode.commands.executeCommand('workbench.action.reloadWindow');
      else if (pick === 'Show Log') this.log.show(true);
    });
  }
}
