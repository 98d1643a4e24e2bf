/** File system stand-ins for the output tests: a nearly full disk, a disk that takes a few bytes per write. */
import { nodeWriteFs, type WriteFs } from '../../../src/node/write-fs';

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

/**
 * The real file system with only `free` bytes left, as Linux behaves: a write that does not fit writes what fits and
 * returns that count (a short write); the next one fails with ENOSPC. Removing a file written here gives its bytes
 * back. `written()` tells how many bytes are taken.
 */
export function smallDisk(free: number): WriteFs & { written(): number } {
  let left = free;
  const fileOf = new Map<number, string>();
  const bytesOf = new Map<string, number>();
  return {
    ...nodeWriteFs,
    openSync(file, flags) {
      const fd = nodeWriteFs.openSync(file, flags);
      fileOf.set(fd, file);
      return fd;
    },
    writeSync(fd, buffer, offset, length) {
      if (left <= 0) throw enospc();
      const n = nodeWriteFs.writeSync(fd, buffer, offset, Math.min(length, left));
      left -= n;
      const file = fileOf.get(fd)!;
      bytesOf.set(file, (bytesOf.get(file) ?? 0) + n);
      return n;
    },
    renameSync(from, to) {
      nodeWriteFs.renameSync(from, to);
      bytesOf.set(to, bytesOf.get(from) ?? 0);
      bytesOf.delete(from);
    },
    unlinkSync(file) {
      nodeWriteFs.unlinkSync(file);
      left += bytesOf.get(file) ?? 0;
      bytesOf.delete(file);
    },
    written: () => free - left,
  };
}

/** A disk that takes at most `chunk` bytes per write call (a pipe, a network file system): every write is short. */
export function choppyDisk(chunk: number): WriteFs & { calls(): number } {
  let calls = 0;
  return {
    ...nodeWriteFs,
    writeSync(fd, buffer, offset, length) {
      calls++;
      return nodeWriteFs.writeSync(fd, buffer, offset, Math.min(length, chunk));
    },
    calls: () => calls,
  };
}
