import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CitewireError } from '../errors.ts';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the library's single-writer lock: a file created exclusively, holding our pid.
 * A lock left by a process that has died is taken over; a live one is INDEX_BUSY.
 * Readers never take it: SQLite's WAL lets them read while one process writes.
 */
export function acquireWriteLock(dir: string, library: string): () => void {
  const path = join(dir, 'write.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder) && holder !== process.pid) break;
      rmSync(path, { force: true }); // stale: its writer is gone
    }
  }
  throw new CitewireError('INDEX_BUSY', { detail: library });
}
