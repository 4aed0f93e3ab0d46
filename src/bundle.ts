/**
 * Entry of the self-contained drop-in file dist/fusion-viz.js: defines every tag and exports
 * the library, with lit, d3 and the bundled annotation inlined.
 */
import './register';

export * from './index';
