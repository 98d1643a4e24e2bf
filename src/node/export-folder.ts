/**
 * Where the editor may write facts files (`newsFacts.export.folder`). A workspace's own settings travel with the
 * folder a user opens, so they may only choose a folder inside that workspace folder: a relative path that stays
 * inside it (no `..` escape, no symbolic link leading out). An absolute path (or `~/…`) is honoured only when the
 * user put it in their own user settings.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Which settings file the value comes from (VS Code's `inspect()`): only 'user' may leave the workspace folder. */
export type SettingSource = 'default' | 'user' | 'workspace' | 'folder';

export const EXPORT_FOLDER_SETTING = 'newsFacts.export.folder';

const SOURCE_NAME: Record<SettingSource, string> = {
  default: 'default settings',
  user: 'user settings',
  workspace: 'workspace settings',
  folder: 'folder settings',
};

/**
 * The export folder for articles of the workspace folder `root`: undefined when the setting is empty (facts go next
 * to each article), else an absolute folder, or `{ error }` saying why the value is refused.
 */
export function resolveExportFolder(value: string, source: SettingSource, root: string, home = os.homedir()): { dir?: string; error?: string } {
  const setting = value.trim();
  if (!setting) return {};
  const where = `${EXPORT_FOLDER_SETTING} "${setting}" (${SOURCE_NAME[source]})`;
  const expanded = setting.replace(/^~(?=$|[\\/])/, home);
  if (path.isAbsolute(expanded) || expanded !== setting) {
    if (source === 'user') return { dir: path.resolve(expanded) };
    return { error: `${where} is an absolute path: a workspace may only name a folder inside it; put absolute paths in your user settings` };
  }
  const dir = path.resolve(root, setting);
  if (!inside(path.resolve(root), dir)) return { error: `${where} leads outside the workspace folder ${root}; name a folder inside it` };
  const through = linkLeadingOut(root, dir);
  if (through) return { error: `${where} leads outside the workspace folder ${root} through the symbolic link ${through}` };
  return { dir };
}

/** Whether `p` is `root` or below it ("..notes" is a name, "../notes" an escape; another drive is outside). */
function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return !path.isAbsolute(rel) && !/^\.\.(?:[\\/]|$)/.test(rel);
}

/** The first existing folder on the way from `root` to `dir` whose real path is outside root's real path. */
function linkLeadingOut(root: string, dir: string): string | undefined {
  let realRoot: string;
  try {
    realRoot = fs.realpathSync.native(root);
  } catch {
    return undefined; // no workspace folder on disk: nothing is written there anyway
  }
  const steps = path.relative(path.resolve(root), dir).split(path.sep).filter(Boolean);
  let p = path.resolve(root);
  for (const step of steps) {
    p = path.join(p, step);
    let real: string;
    try {
      real = fs.realpathSync.native(p);
    } catch {
      return undefined; // not there yet: it will be created inside
    }
    if (!inside(realRoot, real)) return p;
  }
  return undefined;
}
