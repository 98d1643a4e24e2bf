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
 * The text of an article's bytes (UTF-8), or why it is not one. A UTF-8 byte order mark is dropped: editors hide it,
 * and keeping it would shift every offset by one against what VS Code shows.
 */
export function decodeArticle(bytes: Uint8Array): { text: string } | { error: string } {
  const reason = binaryReason(bytes);
  if (reason) return { error: notAnArticleMessage(reason) };
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
