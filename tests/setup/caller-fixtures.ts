// Vitest globalSetup for the `browser` project: copies the caller fixtures the browser tests use
// from ../shared/callers into the git-ignored tests/browser/.generated/, where the test server may
// serve them (the files stay unedited and are not committed).
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const callersDir = resolve(process.env.FUSION_VIZ_CALLERS ?? join(dirname(fileURLToPath(import.meta.url)), '../../../shared/callers'));

export const BROWSER_CALLER_FIXTURES = ['star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv', 'dragen/fusion-report-dragen.tsv', 'vcf/manta-demo-somaticSV.vcf.gz', 'fusioncatcher/fusor-final-list_candidate-fusion-genes.txt'];

export default function copyCallerFixtures(): void {
  mkdirSync('tests/browser/.generated/callers', { recursive: true });
  for (const rel of BROWSER_CALLER_FIXTURES) copyFileSync(join(callersDir, rel), join('tests/browser/.generated/callers', basename(rel)));
}
