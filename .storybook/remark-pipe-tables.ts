/**
 * Pipe tables in the docs' MDX. Storybook's MDX compiler reads CommonMark only, where a table such as
 *
 *   | attribute | what it does |
 *   | --- | --- |
 *   | `fusion` | the description as text |
 *
 * is one paragraph of text. This remark plugin turns such a paragraph (its first line starts with
 * `|`, its second is a delimiter row) into an mdast table, keeping each cell's inline nodes (code,
 * links, emphasis). Pipes inside inline code and escaped pipes (`\|`) do not split cells.
 * (`remark-gfm` would do the same and more, as a new dependency; this covers what the pages use.)
 */

interface Point {
  offset?: number;
}
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: Point; end: Point };
  [key: string]: unknown;
}
type Align = 'left' | 'right' | 'center' | null;

const DELIMITER_ROW = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function alignments(row: string): Align[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim())
    .map((c) => (c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : c.startsWith(':') ? 'left' : null));
}

/**
 * The text of a text node as written when it holds a backslash escape, so that `\|` can be told
 * from `|`; otherwise its decoded value.
 */
function written(node: MdNode, source: string): { text: string; escaped: boolean } {
  const { start, end } = node.position ?? { start: {}, end: {} };
  const raw = start.offset !== undefined && end.offset !== undefined ? source.slice(start.offset, end.offset) : undefined;
  return raw !== undefined && raw.includes('\\') ? { text: raw, escaped: true } : { text: node.value ?? '', escaped: false };
}

function toTable(paragraph: MdNode, source: string): MdNode | null {
  const { start, end } = paragraph.position ?? { start: {}, end: {} };
  if (start.offset === undefined || end.offset === undefined) return null;
  const lines = source.slice(start.offset, end.offset).split('\n').map((l) => l.trim());
  if (lines.length < 2 || !lines[0].startsWith('|') || !DELIMITER_ROW.test(lines[1])) return null;

  // rows → cells → inline nodes
  const rows: MdNode[][][] = [[[]]];
  const row = () => rows[rows.length - 1];
  const cell = () => row()[row().length - 1];
  for (const child of paragraph.children ?? []) {
    if (child.type !== 'text') {
      cell().push(child);
      continue;
    }
    const { text, escaped } = written(child, source);
    let buffer = '';
    const flush = () => {
      if (buffer) cell().push({ type: 'text', value: buffer });
      buffer = '';
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (escaped && ch === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1])) {
        buffer += text[++i];
      } else if (ch === '|') {
        flush();
        row().push([]);
      } else if (ch === '\n') {
        flush();
        rows.push([[]]);
      } else buffer += ch;
    }
    flush();
  }

  const trimmed = rows.map((cells) => {
    const clean = cells.map((nodes) => {
      const out = nodes.filter((n) => n.type !== 'text' || n.value !== '');
      const first = out[0];
      const last = out[out.length - 1];
      if (first?.type === 'text') out[0] = { ...first, value: first.value!.replace(/^\s+/, '') };
      if (last?.type === 'text') out[out.length - 1] = { ...out[out.length - 1], value: out[out.length - 1].value!.replace(/\s+$/, '') };
      return out.filter((n) => n.type !== 'text' || n.value !== '');
    });
    // Leading and trailing pipes leave an empty cell at each end.
    if (clean.length > 1 && clean[0].length === 0) clean.shift();
    if (clean.length > 1 && clean[clean.length - 1].length === 0) clean.pop();
    return clean;
  });

  const [head, , ...body] = trimmed;
  const align = alignments(lines[1]);
  const width = head.length;
  const tableRow = (cells: MdNode[][]): MdNode => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, k) => ({ type: 'tableCell', children: cells[k] ?? [] })),
  });
  return {
    type: 'table',
    align: Array.from({ length: width }, (_, k) => align[k] ?? null),
    children: [head, ...body].map(tableRow),
    position: paragraph.position,
  };
}

export default function remarkPipeTables() {
  return (tree: MdNode, file: { value: unknown }) => {
    const source = String(file.value);
    const visit = (node: MdNode) => {
      node.children?.forEach((child, i) => {
        if (child.type === 'paragraph') {
          const table = toTable(child, source);
          if (table) node.children![i] = table;
        } else visit(child);
      });
    };
    visit(tree);
  };
}
