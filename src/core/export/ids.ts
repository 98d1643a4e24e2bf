/**
 * Content-based ids for the facts file. An id depends on what a mention, entity or fact says (and, for repeats, on
 * which occurrence it is), not on its position: editing one paragraph leaves the ids elsewhere unchanged, so two
 * exports of successive versions of an article diff cleanly. Same input → same ids, always.
 */
import { sha256Hex } from '../util/sha256';

/** Hands out `prefix-<hash>` ids; a repeated key gets its occurrence number, a (rare) hash clash a suffix. */
export class IdMinter {
  private seenKeys = new Map<string, number>();
  private used = new Set<string>();

  constructor(
    private readonly prefix: string,
    private readonly hexChars = 10,
  ) {}

  mint(key: string): string {
    const n = (this.seenKeys.get(key) ?? 0) + 1;
    this.seenKeys.set(key, n);
    const base = `${this.prefix}-${sha256Hex(`${key}\u0000${n}`).slice(0, this.hexChars)}`;
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }
}
