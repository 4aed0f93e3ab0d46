/**
 * Writing figures: atomically (a temp file in the same folder, then rename, so a reader never
 * sees half a figure) and with one clear line for every way a write can fail.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class WriteError extends Error {}

function explain(e: NodeJS.ErrnoException, target: string): string {
  switch (e.code) {
    case 'ENOENT': return `cannot write ${target}: the folder ${dirname(target)} does not exist`;
    case 'ENOTDIR': return `cannot write ${target}: part of that path is a file, not a folder`;
    case 'EEXIST': return `cannot use ${target} as the output folder: it is a file`;
    case 'EISDIR': return `cannot write ${target}: it is a folder; give a file name such as ${join(target, 'fusion.svg')}`;
    case 'EACCES': case 'EPERM': return `cannot write ${target}: permission denied`;
    case 'EROFS': return `cannot write ${target}: read-only file system`;
    case 'ENOSPC': return `cannot write ${target}: no space left on the device`;
    default: return `cannot write ${target}: ${e.message}`;
  }
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export function ensureFolder(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (e) {
    throw new WriteError(explain(e as NodeJS.ErrnoException, path));
  }
  if (!isFolder(path)) throw new WriteError(`cannot use ${path} as the output folder: it is a file`);
}

export function writeAtomic(path: string, data: string | Uint8Array): void {
  if (isFolder(path)) throw new WriteError(explain(Object.assign(new Error(''), { code: 'EISDIR' }), path));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new WriteError(explain(e as NodeJS.ErrnoException, path));
  }
}
