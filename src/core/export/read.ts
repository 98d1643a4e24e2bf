/**
 * Which files are articles and how their bytes become text: shared by the CLI and the editor's workspace export,
 * so both pick the same files and produce the same offsets and checksums. No file system access here.
 */
import { binaryReason, notAnArticleMessage } from '../text/input';

/**
 * File names the exporters treat as articles: folders are walked for them, and their facts file replaces the ending
 * ("a.txt" → "a.facts.json"; any other file keeps it: "a.md" → "a.md.facts.json", so it cannot clash with "a.txt").
 */
export const ARTICLE_FILE = /\.(txt|news)$/i;

/**
 * UTF-8 as the WHATWG Encoding standard decodes it (each invalid sequence becomes one U+FFFD, exactly as Node's
 * `Buffer#toString('utf8')` does: unit-tested on random bytes). `ignoreBOM` keeps a byte order mark in the text, so
 * that dropping it below stays the one place that does.
 */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The text of an article's bytes (UTF-8), or why it is not one. A UTF-8 byte order mark is dropped: editors hide it,
 * and keeping it would shift every offset by one against what VS Code shows.
 */
export function decodeArticle(bytes: Uint8Array): { text: string } | { error: string } {
  const reason = binaryReason(bytes);
  if (reason) return { error: notAnArticleMessage(reason) };
  let text = utf8.decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
