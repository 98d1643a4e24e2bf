/** Checks shared by every front end that reads an article (from disk as bytes, or from an editor as text). */

const SNIFF = 8192;

/** A NUL byte in the first 8 KB is how git and most editors recognise binary files. */
export function binaryReason(bytes: Uint8Array): string | null {
  return bytes.subarray(0, SNIFF).includes(0) ? 'it contains NUL bytes' : null;
}

/** The same check on text already decoded (an editor's document). */
export function binaryTextReason(text: string): string | null {
  return text.slice(0, SNIFF).includes('\u0000') ? 'it contains NUL bytes' : null;
}

/** The message every front end shows for a refused file; `what` says what did not happen ("analysed", "exported"). */
export function notAnArticleMessage(reason: string, what = 'analysed'): string {
  return `does not look like a text article (${reason}); nothing was ${what}`;
}
