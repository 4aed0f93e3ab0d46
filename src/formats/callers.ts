/**
 * Registry of caller-file readers. Detection looks at the file's first line only (the VCF
 * `##fileformat`, each caller's own header) or, for FUSOR JSON, the first `"type"`; no two entries
 * accept the same text (tests/formats/callers.test.ts checks every fixture against every entry).
 *
 *   vcf            ##fileformat=VCFv4.x
 *   fusor          a JSON object/array whose "type" is CategoricalFusion, AssayedFusion or InternalTandemDuplication
 *   arriba         #gene1<TAB>gene2<TAB>…
 *   star-fusion    #FusionName<TAB>…              (abridged, coding_effect, FusionInspector)
 *   dragen         #FusionGene<TAB>…
 *   fusioncatcher  Gene_1_symbol(5end_fusion_partner)<TAB>…
 *   jaffa          "sample","fusion genes","chrom1",…
 *   cicero         sample<TAB>geneA<TAB>chrA<TAB>posA<TAB>ortA<TAB>… (sample optional)
 */
import type { Assembly } from '../model/types';
import type { CallerFile, CallerFormatName, CallerReader } from './caller-types';
import { ARRIBA_HEAD, readArriba } from './arriba';
import { CICERO_HEAD, readCicero } from './cicero';
import { DRAGEN_HEAD, readDragen } from './dragen';
import { FUSIONCATCHER_HEAD, readFusionCatcher } from './fusioncatcher';
import { FUSOR_HEAD, readFusor } from './fusor';
import { JAFFA_HEAD, readJaffa } from './jaffa';
import { STAR_FUSION_HEAD, readStarFusion } from './star-fusion';
import { firstLine, stripBom } from './table';
import { VCF_HEAD, readVcf } from './vcf';

const byFirstLine = (re: RegExp) => (head: string) => re.test(firstLine(head));

export const callerReaders: readonly CallerReader[] = [
  { name: 'vcf', accepts: byFirstLine(VCF_HEAD), read: readVcf },
  { name: 'fusor', accepts: (head) => FUSOR_HEAD.test(stripBom(head)), read: readFusor },
  { name: 'arriba', accepts: byFirstLine(ARRIBA_HEAD), read: readArriba },
  { name: 'star-fusion', accepts: byFirstLine(STAR_FUSION_HEAD), read: readStarFusion },
  { name: 'dragen', accepts: byFirstLine(DRAGEN_HEAD), read: readDragen },
  { name: 'fusioncatcher', accepts: byFirstLine(FUSIONCATCHER_HEAD), read: readFusionCatcher },
  { name: 'jaffa', accepts: byFirstLine(JAFFA_HEAD), read: readJaffa },
  { name: 'cicero', accepts: byFirstLine(CICERO_HEAD), read: readCicero },
];

export const callerFormatNames: readonly CallerFormatName[] = callerReaders.map((r) => r.name);

/** The caller format of a file from its head, or undefined when none matches. */
export function detectCallerFormat(text: string): CallerFormatName | undefined {
  const head = text.slice(0, 8192);
  return callerReaders.find((r) => r.accepts(head))?.name;
}

export interface ReadCallerOptions {
  /** Force a format (the CLI's --format), skipping detection. */
  format?: CallerFormatName;
  /** Assembly for rows whose file does not state one (the CLI's --assembly). */
  assembly?: Assembly;
}

/**
 * Reads a caller file; undefined when no reader recognises it (and no format is forced). The file's
 * stated assembly, else options.assembly, is set on every row that has none.
 */
export function readCallerFile(text: string, options: ReadCallerOptions = {}): CallerFile | undefined {
  const name = options.format ?? detectCallerFormat(text);
  const reader = callerReaders.find((r) => r.name === name);
  if (!reader) return undefined;
  const file = reader.read(text);
  const assembly = file.assembly ?? options.assembly;
  if (!assembly) return file;
  // The file's own statement wins over the command line's, but not silently.
  const overruled = file.assembly && options.assembly && file.assembly !== options.assembly
    ? `the file states ${file.assembly}; the ${options.assembly} asked for is not used` : undefined;
  return {
    ...file,
    rows: file.rows.map((r) => {
      if (!('input' in r) || r.input.assembly) return r;
      return { ...r, input: { ...r.input, assembly }, warnings: overruled ? [...r.warnings, overruled] : r.warnings };
    }),
  };
}
