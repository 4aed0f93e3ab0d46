import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundledPack, embeddedPack } from '../../src/annotation/bundled';
import { accessionKey, accShardName, bucketOf } from '../../src/annotation/shard-format';
import { chooseDisplayDomains, ineligibility } from '../../scripts/domain-rule';
import { genesJson, sharedDataDir } from '../support/shared-data';

const byGene = (g: string) => bundledPack.transcripts.find((t) => t.gene === g)!;

describe('the bundled GRCh38 annotation', () => {
  it('is what npm run build:annotations makes from shared/data today (GRCh38 pack and the embedded genes)', () => {
    const out = mkdtempSync(join(tmpdir(), 'fv-pack-'));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-annotations.ts', '--out', out, '--only', 'GRCh38'], { encoding: 'utf8' });
    expect(readFileSync(join(out, 'src/annotation/data/grch38-embedded.json'), 'utf8')).toBe(readFileSync('src/annotation/data/grch38-embedded.json', 'utf8'));
    const files = readdirSync('annotation/grch38').sort();
    expect(readdirSync(join(out, 'annotation/grch38')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(out, 'annotation/grch38', f)).equals(readFileSync(join('annotation/grch38', f))), f).toBe(true);
  }, 300_000);

  it('no embedded gene symbol is a previous symbol in either whole-genome index (so they resolve before the index is read)', () => {
    const embedded = new Set(Object.keys(embeddedPack.shard.genes).map((g) => g.toUpperCase()));
    for (const assembly of ['grch38', 'grch37']) {
      const index = JSON.parse(gunzipSync(readFileSync(join('annotation', assembly, 'index.json.gz'))).toString('utf8')) as { previous: Record<string, string> };
      expect(Object.keys(index.previous).filter((p) => embedded.has(p.toUpperCase())), assembly).toEqual([]);
    }
  });

  it("every embedded transcript accession is its own gene's in the whole-genome accession shards (so it answers without reading them)", () => {
    const shards = new Map<number, { accessions: Record<string, string[]> }>();
    for (const [gene, g] of Object.entries(embeddedPack.shard.genes)) {
      for (const t of g.t) for (const a of [t[0], ...t[7]]) {
        const key = accessionKey(a);
        const k = bucketOf(key, embeddedPack.index.accShards);
        if (!shards.has(k)) shards.set(k, JSON.parse(gunzipSync(readFileSync(join('annotation/grch38', accShardName(k)))).toString('utf8')));
        const owners = Object.entries(shards.get(k)!.accessions).filter(([, keys]) => keys.includes(key)).map(([owner]) => owner);
        expect(owners, a).toEqual([gene]);
      }
    }
  });

  it('embeds the 113 genes of genes.json, their default transcripts with exons, CDS and protein lengths unchanged', () => {
    const g = genesJson();
    expect(bundledPack.transcripts.length).toBe(113);
    for (const t of bundledPack.transcripts) {
      expect(t.exons, t.gene).toEqual(g[t.gene]!.exons);
      expect([t.cdsStart, t.cdsEnd, t.proteinLength], t.gene).toEqual([g[t.gene]!.cdsStart, g[t.gene]!.cdsEnd, g[t.gene]!.proteinLength]);
    }
  });

  it('records its sources with content hashes, and every transcript its provenance', () => {
    expect(bundledPack.assembly).toBe('GRCh38');
    expect(bundledPack.generatedFrom.map((s) => s.split(' ')[0])).toEqual([
      'shared/data/full/refGene.hg38.txt.gz', 'shared/data/full/MANE.GRCh38.v1.0.summary.txt.gz', 'shared/data/full/protein_domains.refseq.tsv.gz',
      'shared/data/full/ensembl_to_refseq.one2one.tsv.gz', 'shared/data/genes.json', 'shared/data/raw/pfamA.subset.tsv',
    ]);
    for (const entry of bundledPack.generatedFrom) {
      const rel = entry.split(' ')[0]!.replace('shared/data/', '');
      expect(entry).toBe(`shared/data/${rel} sha256:${createHash('sha256').update(readFileSync(join(sharedDataDir, rel))).digest('hex').slice(0, 16)}`);
    }
    for (const t of bundledPack.transcripts) expect(t.provenance.structure, t.gene).toMatch(/refGene/);
    expect(byGene('ALK')).toMatchObject({ accession: 'NM_004304.5', hgnc: 'hgnc:427', mane: true, proteinAccession: 'NP_004295.2' });
    expect(byGene('KLC1')).toMatchObject({ accession: 'NM_182923', mane: false });
    expect(byGene('KLC1').provenance.note).toMatch(/not MANE Select/);
  });

  it('shows one domain per region: NSF CDC48_N (Pfam over SMART), CDC48_2 and two AAA (SMART over CDD)', () => {
    expect(byGene('NSF').domains.map((d) => `${d.accession} ${d.start}-${d.end}`)).toEqual(['PF02359 6-84', 'PF02933 111-159', 'SM00382 254-399', 'SM00382 538-670']);
    expect(byGene('NSF').otherDomains.map((d) => d.accession).sort()).toEqual(['SM01073', 'cd00009', 'cd00009']);
  });

  it('drops superfamily, whole-family and site hits from the ALK display set but keeps them for tooltips', () => {
    const alk = byGene('ALK');
    expect(alk.domains.map((d) => d.accession)).toEqual(['IPR000998', 'IPR002172', 'PF00629', 'PF12810', 'PF07714']);
    const kinase = alk.domains.find((d) => d.accession === 'PF07714')!;
    expect([kinase.start, kinase.end, kinase.source]).toEqual([1116, 1382, 'Pfam (UniProt Q9UM73, domain)']);
    const dropped = new Map(alk.otherDomains.map((d) => [d.accession, d.dropped]));
    expect(dropped.get('IPR050122')).toBe('whole-protein family, not a domain');
    expect(dropped.get('IPR011009')).toBe('superfamily-level hit');
    expect(dropped.get('cd05036')).toMatch(/^same region as PF07714/);
  });

  it('a protein whose only hits are superfamily or family level shows no domain rather than a misleading one', () => {
    expect(byGene('SEC31A').domains).toEqual([]);
    expect(byGene('SEC31A').otherDomains.map((d) => d.dropped)).toEqual([
      'whole-protein family model (COG), weak as a domain call', 'superfamily-level hit', 'superfamily-level hit',
    ]);
  });

  it('the rule keeps named features without an accession and ranks Pfam first', () => {
    const hit = (rawSource: string, accession: string | null, start: number, end: number) =>
      ({ name: accession ?? 'paired box domain', description: null, accession, source: rawSource, rawSource, type: null, start, end });
    expect(ineligibility(hit('NCBI-CDD', null, 34, 164))).toBeNull();
    expect(ineligibility(hit('NCBI-CDD', 'TIGR02168', 1, 400))).toMatch(/whole-protein family/);
    const { display } = chooseDisplayDomains([hit('NCBI-CDD:CD', 'cd00131', 34, 163), hit('NCBI-CDD:Pfam', 'PF00292', 34, 161), hit('NCBI-CDD', null, 34, 164)]);
    expect(display.map((d) => d.accession)).toEqual(['PF00292']);
  });
});
