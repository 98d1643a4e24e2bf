import * as fs from 'node:fs';
import { decodeArticle } from '../core/export/read';

/**
 * Reads an article as the editor would show it (UTF-8, byte order mark dropped), refusing what is clearly not text;
 * the file is only ever read. `bytes` are the stored bytes, for the checksum. Errors do not name the file: the caller
 * prefixes it.
 */
export function readArticle(file: string): { text: string; bytes: Uint8Array } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { error: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const decoded = decodeArticle(bytes);
  return 'error' in decoded ? decoded : { text: decoded.text, bytes };
}
