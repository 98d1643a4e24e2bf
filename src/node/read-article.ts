import * as fs from 'node:fs';
import { decodeArticle } from '../core';

/**
 * "cannot read (ENOENT)", "cannot read folder (EACCES)", "is a folder, not a file": how a failed read is reported, in
 * one line without a stack (the caller prefixes the path).
 */
export function cannotRead(e: unknown, what: 'file' | 'folder' = 'file'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot read${what === 'folder' ? ' folder' : ''} (${code ?? (e as Error).message})`;
}

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
    return { error: cannotRead(e) };
  }
  const decoded = decodeArticle(bytes);
  return 'error' in decoded ? decoded : { text: decoded.text, bytes };
}

/**
 * The article's bytes on disk when they decode to exactly `text` (an editor's saved document), so its facts carry
 * the checksum of the file, as `news-facts extract` writes it; else undefined (the checksum of `text` is used).
 */
export function savedBytes(file: string, text: string): Uint8Array | undefined {
  const read = readArticle(file);
  return 'text' in read && read.text === text ? read.bytes : undefined;
}
