// Only this element's entry is imported: its declaration alone must load the event types.
import 'fusion-viz/fusion-diagram';

const el = document.createElement('fusion-diagram');
el.addEventListener('fusion-error', (e) => e.detail.issues.length);
el.addEventListener('fusion-feature-hover', (e) => e.detail.kind);
