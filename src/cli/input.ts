import * as fs from 'node:fs';
import { binaryReason } from '../core/text/input';

/** Reads an article as UTF-8 text, refusing what is clearly not text (the file is only ever read). */
export function readArticle(file: string): { text: string } | { error: string } {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return { error: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  const reason = binaryReason(buf);
  if (reason) return { error: `${file} does not look like a text article (${reason}); nothing was analysed` };
  return { text: buf.toString('utf8') };
}
