/**
 * What the CLI answers without loading anything else: the usage text, `--help` and `--version`.
 * The process entry (node.ts) answers these itself, so they load neither the annotation nor the
 * model (main.ts and everything below it is a separate chunk, imported for the other commands).
 */
import { version } from '../../package.json';

export const USAGE = `usage:
  fusion-viz --version                     the installed version
  fusion-viz annotate '<description>'      e.g. 'NSF:e.1_20::ALK:e.20_29'
  fusion-viz annotate --input <file>       JSON form (one object, or an array), or a caller file:
                    Arriba, STAR-Fusion/FusionInspector, FusionCatcher, JAFFA, CICERO, DRAGEN,
                    VCF breakends (.vcf or .vcf.gz), FUSOR JSON; one JSON entry per data row
                    [--format NAME] [--filter high,medium] [--assembly GRCh38|GRCh37]
                    [--annotation FILE]  your own GTF (GENCODE/Ensembl) or refGene table instead of the packs
                    [--genome FILE]      .2bit or indexed FASTA (.fa + .fai; bgzip + .fai + .gzi): the junction
                    [--transcripts FILE] transcript FASTA (refMrna.fa, *_rna.fna, GENCODE; .gz ok)  sequence
                    (--format: arriba, star-fusion, fusioncatcher, jaffa, cicero, dragen, vcf, fusor, json;
                    detected from the header when absent; render takes it as --input-format)
  fusion-viz render '<description>' -o <file.svg|file.png> [--width 1000] [--theme light|dark]
                    [--panels genes,transcript,protein] [--scale 2] [--layout screen|report] [--label TEXT]
                    [--text-scale K]  text size; default max(1, width/700): a wide figure printed in a
                    700-px column keeps print-size text (--text-scale 1: screen-size text at full width)
  fusion-viz render --cohort --input <cases.json> -o <cohort.svg|png> [--gene ALK] [--shared-exon 20]
                    [--group-by partner] [--sort-by kept] [--filter 'bestResponse=CR|PR']   one figure
  fusion-viz render --input <file> -o <folder> [--format svg|png] [--overwrite]   one file per fusion,
                    named <line>-<5' gene>-<3' gene>.svg (entry number for JSON arrays)
exit codes: 0 ok; 1 the description, or every row, failed; 2 usage or a file that cannot be read or
written; 3 some rows failed (each reported on stderr with its line), the others were written
descriptions: VICC nomenclature (NM_006178.4(NSF):e.1_20::NM_004304.5(ALK):e.20_29), the same with
gene symbols (EML4:e.13::ALK:e.20), or JSON {"fivePrime": {...}, "threePrime": {...}, "evidence": "rna"|"dna"}`;

/** `fusion-viz`, `--help`, `--version` (and their short forms): the text for stdout and the exit code; undefined for any other command. */
export function quickCommand(argv: readonly string[]): { out: string; code: number } | undefined {
  const [name] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return { out: USAGE + '\n', code: name ? 0 : 2 };
  if (name === '--version' || name === '-V' || name === 'version') return { out: `fusion-viz ${version}\n`, code: 0 };
  return undefined;
}
