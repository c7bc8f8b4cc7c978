// The printable sheet: one label per cell, barcode and human-readable lines.
// The barcodes are drawn once bwip-js has loaded (a separate chunk).
import { useEffect, useState } from 'react';
import { say } from '../words';
import type { LabelContent } from './label-content';

type Render = (label: LabelContent) => string;

export function LabelSheet({ labels }: { labels: LabelContent[] }) {
  const [render, setRender] = useState<{ fn: Render } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    import('./render').then((m) => setRender({ fn: m.barcodeSvg }), (e: unknown) => setFailed(String(e)));
  }, []);
  if (failed) return <p role="alert" className="error">{say('console.labels.renderer-failed', { reason: failed })}</p>;
  return (
    <div className="label-sheet" aria-label={say('console.labels.sheet')} aria-busy={render === null}>
      {labels.map((label) => <Label key={label.key} label={label} render={render?.fn ?? null} />)}
    </div>
  );
}

function Label({ label, render }: { label: LabelContent; render: Render | null }) {
  const [svg, error] = (() => {
    if (!render) return [null, null];
    try {
      return [render(label), null];
    } catch (e) {
      // bwip-js throws on text its encoder cannot carry: say which label and why.
      return [null, e instanceof Error ? e.message : String(e)];
    }
  })();
  const square = label.bcid === 'gs1datamatrix';
  return (
    <figure className={`label ${square ? 'square' : 'linear'}`} data-bcid={label.bcid} data-text={label.text}>
      {svg && (
        <div className="code" role="img" aria-label={say('console.labels.barcode', { symbology: say(`console.labels.symbology.${label.bcid}`), text: label.text })}
          dangerouslySetInnerHTML={{ __html: svg }} />
      )}
      {error && <p role="alert" className="error">{say('console.labels.label-failed', { label: label.lines[0] ?? label.text, reason: error })}</p>}
      <figcaption>
        {label.lines.map((line, i) => <span key={i} className={i === 0 ? 'main' : 'sub'}>{line}</span>)}
      </figcaption>
    </figure>
  );
}
