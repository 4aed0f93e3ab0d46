/**
 * Resolution for the elements: synchronous when the annotation a description needs is in
 * memory (the embedded genes, Node's packs, a source the page gave), otherwise a promise that
 * loads the shards it needs; the element shows a loading state meanwhile and resolves again
 * when it settles. Failed loads become an issue naming the URL. An input with sequence first
 * loads the junction-sequence code the same way (src/lazy-sequence.ts: in the drop-in, its sibling
 * dist/fusion-viz-sequence.js), then hands its reader to the model.
 */
import { assemblyOf, type AnnotateOptions } from '../api';
import { parseDescription } from '../formats/index';
import { loadedSequence, loadSequence, sequenceLoadIssue, type SequenceCode } from '../lazy-sequence';
import { buildFusion } from '../model/fusion';
import type { Assembly, Fusion, FusionInput, Issue, Result, SequenceProvider, SequenceSet } from '../model/types';
import { packStore } from './bundled';
import { annotationBase, ensureNames, namesOf, ShardLoadError } from './browser-packs';

export interface ElementResolve {
  /** The result, when everything needed was in memory. */
  readonly result?: Result<Fusion>;
  /** Set while shards load: resolve again when it settles (it rejects with the issue to show). */
  readonly loading?: Promise<void>;
  /** What is being loaded, for the loading state. */
  readonly loadingWhat?: string;
}

const other = (a: Assembly): Assembly => (a === 'GRCh38' ? 'GRCh37' : 'GRCh38');
const failedLoad = (e: unknown, base: string): Issue => ({
  path: 'annotation',
  code: 'annotation-unavailable',
  message: e instanceof ShardLoadError
    ? `${e.message}. The annotation shards are looked up under ${base} (set the element's annotation-base attribute or setAnnotationBase() to where annotation/ is served)`
    : `could not load the annotation: ${(e as Error)?.message ?? String(e)}`,
});

/** What each provider returned per request (a set, or the reason it failed), so a re-render does not fetch again. */
const provided = new WeakMap<SequenceProvider, Map<string, { set?: SequenceSet; error?: string }>>();

/**
 * A provider's sequence for a resolved fusion: the fusion built again with it when fetched, else
 * a load to wait for. A failed fetch never stops the figure: the fusion is drawn without sequence
 * and a warning says why.
 */
function withProvided(result: Result<Fusion>, rebuild: (set: SequenceSet) => Result<Fusion>, provider: SequenceProvider, code: SequenceCode): ElementResolve {
  if (!result.ok) return { result };
  const request = code.sequenceRequest(result.value);
  if (request.genomic.length === 0 && request.transcripts.length === 0) return { result };
  const key = JSON.stringify(request);
  let cache = provided.get(provider);
  if (!cache) provided.set(provider, (cache = new Map()));
  const got = cache.get(key);
  if (got?.set) return { result: rebuild(got.set) };
  if (got?.error !== undefined) return { result: { ok: true, value: { ...result.value, sequence: null, warnings: [...result.value.warnings, `sequence: ${got.error}`] } } };
  const c = cache;
  const loading = Promise.resolve()
    .then(() => provider.fetch(request))
    .then((set) => void c.set(key, { set }), (e: unknown) => void c.set(key, { error: `could not fetch it from ${provider.source}: ${(e as Error)?.message ?? String(e)}` }));
  return { loading, loadingWhat: `sequence from ${provider.source}` };
}

export function resolveForElement(description: string | object, options: AnnotateOptions & { base?: string | null; sequenceProvider?: SequenceProvider }): ElementResolve {
  const provider = options.sequenceProvider;
  const code = loadedSequence();
  if (!code && (provider || options.sequence || options.callerSequence)) {
    // A bad description says so at once, before any load.
    const parsed = parseDescription(description);
    if (!parsed.ok) return { result: parsed };
    const path = options.callerSequence && !options.sequence && !provider ? 'callerSequence' : 'sequence';
    return { loading: loadSequence().then(() => undefined, (e: unknown) => Promise.reject(sequenceLoadIssue(path, e))), loadingWhat: 'the junction-sequence code' };
  }
  const seq = {
    ...(options.sequence ? { sequence: options.sequence } : {}),
    ...(options.callerSequence ? { callerSequence: options.callerSequence } : {}),
    ...(code ? { readSequence: code.withJunctionSequence } : {}),
  };
  if (provider && code) {
    const { sequenceProvider: _, ...rest } = options;
    const first = resolveForElement(description, rest);
    if (!first.result) return first;
    return withProvided(first.result, (set) => resolveForElement(description, { ...rest, sequence: set }).result ?? first.result!, provider, code);
  }
  const parsed = parseDescription(description);
  if (!parsed.ok) return { result: parsed };
  const input: FusionInput = parsed.value;
  const a = assemblyOf(input, options);
  if ('issue' in a) return { result: { ok: false, issues: [a.issue] } };
  if (options.annotation) return { result: buildFusion(input, options.annotation, seq) };
  const store = packStore(a.assembly);
  const otherStore = packStore(other(a.assembly));
  const base = annotationBase(options.base);
  const names = namesOf(input);
  const load = (p: Promise<void>, what: string): ElementResolve => ({ loading: p.catch((e) => Promise.reject(failedLoad(e, base))), loadingWhat: what });
  if (!store.readsSync) {
    // A name is worth a fetch unless the index is loaded and says it is not a gene (then the model suggests near-matches).
    const fetchable = (g: string) => {
      const s = store.symbol(g);
      return s === undefined ? !store.hasIndex : !store.hasGene(s);
    };
    const missing = [
      ...names.genes.filter(fetchable),
      ...names.accessions.filter((x) => !store.geneOfAccession(x) && !store.hasAccShard(store.accBucket(x))),
    ];
    if (missing.length > 0) return load(ensureNames(store, names, base), `${a.assembly} annotation for ${missing.join(', ')}`);
  }
  const result = buildFusion(input, store.source(), { otherAssembly: otherStore.source(), ...seq });
  if (!result.ok && !otherStore.readsSync && !otherStore.hasIndex && result.issues.some((i) => i.code === 'position-outside-gene' || i.code === 'chromosome-mismatch')) {
    // Whether the positions fit the other assembly is worth one more load.
    return load(ensureNames(otherStore, names, base).catch(() => undefined), `${other(a.assembly)} annotation, to check the assembly`);
  }
  return { result };
}
