// Exclusion globs: the editor's `newsFacts.exclude` and `news-facts extract --exclude`, one matcher (picomatch).
// A glob is matched against a file's path relative to the folder being searched (the workspace folder, the folder
// given to `extract`), with forward slashes: `drafts/**` is the folder `drafts` at the top, `**/notes/**` any folder
// `notes`, `**/*.log.txt` such files anywhere. A glob that matches a folder excludes everything below it.
import picomatch from 'picomatch/posix';

/** Whether the file or folder at this root-relative path (forward slashes) is excluded. */
export type ExcludeMatcher = (relativePath: string) => boolean;

export function excludeMatcher(globs: readonly string[]): ExcludeMatcher {
  // "drafts/" names the same folder as "drafts"
  const patterns = globs.map((g) => g.trim().replace(/(.)\/+$/, '$1')).filter((g) => g !== '');
  if (!patterns.length) return () => false;
  const isMatch = picomatch(patterns, { dot: true });
  return (relativePath) => {
    if (isMatch(relativePath)) return true;
    for (let i = relativePath.indexOf('/'); i > 0; i = relativePath.indexOf('/', i + 1)) {
      if (isMatch(relativePath.slice(0, i))) return true;
    }
    return false;
  };
}
