/** Checks shared by every front end that reads an article from disk. */

/** A NUL byte in the first 8 KB is how git and most editors recognise binary files. */
export function binaryReason(bytes: Uint8Array): string | null {
  return bytes.subarray(0, 8192).includes(0) ? 'it contains NUL bytes' : null;
}
