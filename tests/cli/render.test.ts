import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Width, height and the distinct colours of an 8-bit RGBA PNG (what resvg writes). */
function readPng(buf: Buffer): { width: number; height: number; colours: number } {
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  let offset = 8;
  let width = 0, height = 0, colourType = 0;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const len = buf.readUInt32BE(offset);
    const type = buf.subarray(offset + 4, offset + 8).toString('ascii');
    const data = buf.subarray(offset + 8, offset + 8 + len);
    if (type === 'IHDR') [width, height, colourType] = [data.readUInt32BE(0), data.readUInt32BE(4), data[9]!];
    if (type === 'IDAT') idat.push(data);
    offset += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const bpp = colourType === 6 ? 4 : 3;
  const colours = new Set<number>();
  // Sample the first byte after each row's filter byte across rows: enough to tell a blank image.
  for (let y = 0; y < height; y += 7) for (let x = 0; x < width; x += 13) colours.add(raw[y * (width * bpp + 1) + 1 + x * bpp]!);
  return { width, height, colours: colours.size };
}

// Each test draws full figures (one rasterises a PNG): heavy on a busy 2-core machine.
describe('fusion-viz render', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'fv-render-'));

  it('writes an SVG for NSF::ALK holding the domain names and the summary', async () => {
    const file = join(dir, 'nsf-alk.svg');
    const { code, err } = await cli('render', 'NSF:e.1_20::ALK:e.20_29', '-o', file);
    expect(err).toBe('');
    expect(code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    for (const name of ['CDC48_N', 'CDC48_2', 'AAA', 'Pkinase_Tyr']) expect(svg).toContain(name);
    expect(svg).toContain('<desc>NSF::ALK fusion: NSF exons 1–20 joined out of frame to ALK exons 20–29; the protein keeps NSF residues 1–737');
    // 1000 px wide, text scaled for a 700-px column (laid out at 700, drawn at 1000).
    expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" aria-label="[^"]+" class="fusion-figure" height="\d+" role="img" viewBox="0 0 700 \d+" width="1000">/);
  });

  it('--text-scale 1 keeps screen-size text at full layout width; a bad value is a usage error', async () => {
    const file = join(dir, 'flat.svg');
    expect((await cli('render', 'NSF:e.1_20::ALK:e.20_29', '-o', file, '--text-scale', '1')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/viewBox="0 0 1000 \d+" width="1000"/);
    expect((await cli('render', 'NSF:e.1_20::ALK:e.20_29', '-o', join(dir, 'wide.svg'), '--width', '1600')).code).toBe(0);
    const wide = readFileSync(join(dir, 'wide.svg'), 'utf8');
    expect(wide).toMatch(/viewBox="0 0 700 \d+" width="1600"/);
    const r = await cli('render', 'NSF:e.1_20::ALK:e.20_29', '-o', join(dir, 'bad.svg'), '--text-scale', '0');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--text-scale must be a number above 0/);
  });

  it('writes a PNG at scale × the drawing size that is not blank', async () => {
    const file = join(dir, 'nsf-alk.png');
    const svgFile = join(dir, 'nsf-alk-800.svg');
    expect((await cli('render', 'NSF:e.1_20::ALK:e.20_29', '-o', file, '--width', '800', '--scale', '2')).code).toBe(0);
    expect((await cli('render', 'NSF:e.1_20::ALK:e.20_29', '-o', svgFile, '--width', '800')).code).toBe(0);
    const height = Number(/ height="(\d+)" role="img"/.exec(readFileSync(svgFile, 'utf8'))![1]);
    const png = readPng(readFileSync(file));
    expect([png.width, png.height]).toEqual([1600, 2 * height]);
    expect(png.colours).toBeGreaterThan(5);
  }, 30_000);

  it('renders a batch from --input, one file per fusion, with a progress line each', async () => {
    const input = join(dir, 'batch.json');
    writeFileSync(input, JSON.stringify(['EML4:e.13::ALK:e.20', 'NPM1:e.4::ALK:e.20', 'NSF:e.1_99::ALK:e.20_29']));
    const out = join(dir, 'batch');
    const { code, err } = await cli('render', '--input', input, '-o', out, '--theme', 'dark', '--panels', 'transcript,protein');
    expect(code).toBe(3); // one description is bad; the others are still written (exit 3: some rows failed)
    expect(readdirSync(out).sort()).toEqual(['1-EML4-ALK.svg', '2-NPM1-ALK.svg']);
    expect(err).toMatch(/^\[1\/3\] entry 1: EML4::ALK → .*1-EML4-ALK\.svg$/m);
    expect(err).toMatch(/\[3\/3\]: entry 3: fivePrime\.exon: exon 99 does not exist: NM_006178\.4 has 21 exons/);
    const svg = readFileSync(join(out, '1-EML4-ALK.svg'), 'utf8');
    expect(svg).toContain('fill: #0D1117;');
    expect(svg).not.toContain('data-panel="genes"');
  });

  it('rejects bad options with a message naming them', async () => {
    expect((await cli('render', 'EML4:e.13::ALK:e.20', '-o', join(dir, 'x.gif'))).err).toMatch(/must end in \.svg or \.png/);
    expect((await cli('render', 'EML4:e.13::ALK:e.20', '-o', join(dir, 'x.svg'), '--theme', 'blue')).err).toMatch(/--theme must be light or dark, got blue/);
    expect((await cli('render', 'EML4:e.13::ALK:e.20', '-o', join(dir, 'x.svg'), '--panels', 'genes,dna')).err).toMatch(/--panels takes genes, transcript, protein/);
  });
});
