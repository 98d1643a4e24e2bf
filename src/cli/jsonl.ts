import * as readline from 'node:readline';
import type { Readable } from 'node:stream';

interface JsonlRecord {
  line: number;
  value?: unknown;
  error?: string;
}

/** Reads JSON Lines one record at a time (constant memory for any corpus size); blank lines are skipped. */
export async function* readJsonl(input: Readable): AsyncGenerator<JsonlRecord> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (e) {
      yield { line, error: `invalid JSON: ${(e as Error).message}` };
    }
  }
}
