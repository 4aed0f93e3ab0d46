/**
 * The CLI's drawing dependencies — linkedom (a DOM for the renderer in Node) and
 * @resvg/resvg-js (native PNG rasteriser) — are optional peer dependencies: a web app that
 * installs fusion-viz for its elements does not get them. `fusion-viz render` loads them when
 * it draws and, when one is missing, says which and how to add it.
 */

/** Exit code when an optional dependency is missing (sysexits EX_UNAVAILABLE). */
export const EXIT_UNAVAILABLE = 69;

export class MissingDependencyError extends Error {
  constructor(readonly dependency: string, purpose: string) {
    super(`${purpose} needs the optional dependency ${dependency}, which is not installed: ` +
      `npm install ${dependency} (beside fusion-viz; a global CLI install: npm install -g fusion-viz linkedom @resvg/resvg-js)`);
  }
}

const isNotFound = (e: unknown) => (e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || (e as { code?: string }).code === 'MODULE_NOT_FOUND';

export async function loadLinkedom(): Promise<typeof import('linkedom')> {
  try {
    return await import('linkedom');
  } catch (e) {
    throw isNotFound(e) ? new MissingDependencyError('linkedom', 'drawing a figure') : e;
  }
}

export async function loadResvg(): Promise<typeof import('@resvg/resvg-js')> {
  try {
    return await import('@resvg/resvg-js');
  } catch (e) {
    throw isNotFound(e) ? new MissingDependencyError('@resvg/resvg-js', 'writing PNG') : e;
  }
}
