/**
 * The CLI's one optional drawing dependency, @resvg/resvg-js (a native PNG rasteriser), is an
 * optional peer dependency: a web app that installs fusion-viz for its elements does not get it.
 * `fusion-viz render` loads it only when it writes PNG and, when it is missing, says so and how
 * to add it. SVG needs nothing: figures are drawn into the light DOM of src/render/light-dom.ts.
 */

/** Exit code when an optional dependency is missing (sysexits EX_UNAVAILABLE). */
export const EXIT_UNAVAILABLE = 69;

export class MissingDependencyError extends Error {
  constructor(readonly dependency: string, purpose: string) {
    super(`${purpose} needs the optional dependency ${dependency}, which is not installed: ` +
      `npm install ${dependency} (beside fusion-viz; a global CLI install: npm install -g fusion-viz ${dependency})`);
  }
}

const isNotFound = (e: unknown) => (e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || (e as { code?: string }).code === 'MODULE_NOT_FOUND';

export async function loadResvg(): Promise<typeof import('@resvg/resvg-js')> {
  try {
    return await import('@resvg/resvg-js');
  } catch (e) {
    throw isNotFound(e) ? new MissingDependencyError('@resvg/resvg-js', 'writing PNG') : e;
  }
}
