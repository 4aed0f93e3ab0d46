/**
 * Registry of fusion-description formats. The first format that accepts the input reads it:
 *
 *   json   an object, or a string starting with `{`     {"fivePrime": {"gene": "EML4", "exon": 13}, "threePrime": {"gene": "ALK", "exon": 20}}
 *   vicc   any other string                              EML4:e.13::ALK:e.20
 *
 * A new format is one module plus one entry here; accepts() must stay cheap and must not
 * overlap an earlier entry.
 */
import type { FusionInput, Result } from '../model/types';
import { fail, issue, show } from './common';
import { parseJsonDescription } from './json';
import { parseVicc } from './vicc';

export interface DescriptionFormat {
  readonly name: string;
  accepts(input: unknown): boolean;
  parse(input: unknown): Result<FusionInput>;
}

export const descriptionFormats: readonly DescriptionFormat[] = [
  {
    name: 'json',
    accepts: (input) =>
      (typeof input === 'object' && input !== null) || (typeof input === 'string' && input.trimStart().startsWith('{')), // trimStart() also drops a byte-order mark
    parse: parseJsonDescription,
  },
  {
    name: 'vicc',
    accepts: (input) => typeof input === 'string',
    parse: (input) => parseVicc(input as string),
  },
];

export function parseDescription(input: string | object): Result<FusionInput> {
  const format = descriptionFormats.find((f) => f.accepts(input));
  if (!format) {
    return fail([
      issue('description', 'invalid-value', `description must be VICC text such as EML4:e.13::ALK:e.20 or a JSON object, got ${show(input)}`),
    ]);
  }
  return format.parse(input);
}

export { parseJsonDescription, parseVicc };
