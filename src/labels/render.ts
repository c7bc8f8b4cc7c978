// A label's barcode as SVG markup, drawn by bwip-js (Barcode Writer in Pure
// PostScript) in the browser. Only the three encoders labels use are
// imported, so the bundle leaves the other symbologies out; this module is
// loaded with the labels screen only.
import { code128, drawingSVG, gs1_128, gs1datamatrix } from 'bwip-js/browser';
import type { LabelContent } from './label-content';

const ENCODERS = { code128, 'gs1-128': gs1_128, gs1datamatrix } as const;

/** The SVG (viewBox only: CSS gives its printed size) with the quiet zones scanners need. */
export function barcodeSvg(label: LabelContent): string {
  const linear = label.bcid !== 'gs1datamatrix';
  return ENCODERS[label.bcid]({
    bcid: label.bcid,
    text: label.text,
    scale: 1,
    // Linear codes: 10 modules of quiet zone each side; DataMatrix: 2 (1 is the minimum).
    paddingwidth: linear ? 10 : 2,
    paddingheight: 2,
    ...(linear ? { height: 12 } : {}),
    includetext: false,
    backgroundcolor: 'FFFFFF',
  }, drawingSVG());
}
