/**
 * The library's front door: a description (VICC text, gene-symbol text or the JSON form)
 * in, a resolved Fusion (or issues naming the field and value) out.
 */
import { bundledAnnotation } from './annotation/bundled';
import { parseDescription } from './formats/index';
import { buildFusion } from './model/fusion';
import type { AnnotationSource, Fusion, Result } from './model/types';

export interface AnnotateOptions {
  /** Annotation to resolve against; the bundled GRCh38 pack by default. */
  annotation?: AnnotationSource;
}

export function resolveFusion(description: string | object, options: AnnotateOptions = {}): Result<Fusion> {
  const parsed = parseDescription(description);
  if (!parsed.ok) return parsed;
  return buildFusion(parsed.value, options.annotation ?? bundledAnnotation());
}
