// React 19 consumer: the JSX typings entry types tags, attributes, properties and events.
import type {} from 'fusion-viz/jsx';
import type { FusionDiagram } from 'fusion-viz';
import { useRef } from 'react';

export function Report() {
  const ref = useRef<FusionDiagram>(null);
  return (
    <div>
      <fusion-diagram
        ref={ref}
        fusion="EML4:e.13::ALK:e.20"
        intron-scale="genomic"
        panels="genes protein"
        onfusion-feature-click={(e) => e.detail.id.length}
        onfusion-error={(e) => e.detail.issues.map((i) => i.path)}
      />
      <fusion-protein fusion="NSF:e.1_20::ALK:e.20_29" class="compact" />
      {/* @ts-expect-error: an intron scale is compressed or genomic */}
      <fusion-genes intron-scale="linear" />
      {/* @ts-expect-error: the detail of a feature event has no issues */}
      <fusion-transcript onfusion-feature-hover={(e) => e.detail.issues} />
    </div>
  );
}
