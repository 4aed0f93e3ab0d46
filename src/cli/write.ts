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

/** Characters per run of pieces encoded at once: under 64 K, so a run is never a large-object string (over 128 KB as UTF-16). */
const RUN = 32_768;
let scratch: Buffer | undefined;

/**
 * The UTF-8 of a document given as pieces (svgDocumentPieces): the pieces are joined in runs of up to
 * RUN characters, each encoded into one buffer kept for the whole process. The whole document as one
 * string would be a fresh large-object allocation (and fresh pages) per figure. A run ends between
 * pieces, and each piece (a name, a value, a text) holds whole characters.
 */
function utf8(pieces: readonly string[]): Uint8Array {
  let bytes = 0;
  for (let from = 0; from < pieces.length; ) {
    let to = from;
    let chars = 0;
    while (to < pieces.length && (to === from || chars + pieces[to]!.length <= RUN)) chars += pieces[to++]!.length;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (!scratch || scratch.length - bytes < chars * 3) {
      const grown = Buffer.allocUnsafe(Math.max(1 << 20, 2 * (bytes + chars * 3)));
      if (scratch) scratch.copy(grown, 0, 0, bytes);
      scratch = grown;
    }
    bytes += scratch.write(pieces.slice(from, to).join(''), bytes);
    from = to;
  }
  return (scratch ?? Buffer.alloc(0)).subarray(0, bytes);
}

/** Writes `data` (a string, bytes, or a document's pieces) to `path` through a temp file and a rename. */
export function writeAtomic(path: string, data: string | Uint8Array | readonly string[]): void {
  if (isFolder(path)) throw new WriteError(explain(Object.assign(new Error(''), { code: 'EISDIR' }), path));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, Array.isArray(data) ? utf8(data) : (data as string | Uint8Array));
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new WriteError(explain(e as NodeJS.ErrnoException, path));
  }
}
