// exceljs finds a worksheet only in a part named xl/worksheets/sheetN.xml,
// while the format names a workbook's parts through its relationships: files
// from other tools (and hand-made ones) use other names, and exceljs would
// find no worksheet at all. Such parts are renamed to sheetN.xml, with their
// own relationships and the workbook's pointer to them, before exceljs reads
// the file; a file already named the way exceljs expects is passed on as is.
import JSZip from 'jszip';

const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const EXCELJS_NAME = /^xl\/worksheets\/sheet(\d+)\.xml$/;

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** A relationship target of the workbook as a path in the zip (targets are relative to xl/, or absolute). */
function partOf(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The part's own relationships: worksheets/_rels/<name>.rels next to it. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

export async function withSheetParts(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = await zip.file(WORKBOOK_RELS)?.async('string');
  if (rels === undefined) return bytes;
  const taken = new Set(Object.keys(zip.files).map((name) => EXCELJS_NAME.exec(name)?.[1]).filter((n) => n !== undefined).map(Number));
  let next = 1;
  const renames: { from: string; to: string }[] = [];
  const rewritten = rels.replace(/<Relationship\b([^>]*?)(\/?)>/g, (whole, attrs: string, close: string) => {
    const target = attribute(attrs, 'Target');
    if (!attribute(attrs, 'Type')?.endsWith('/worksheet') || target === undefined) return whole;
    const part = partOf(target);
    if (EXCELJS_NAME.test(part) || !zip.file(part)) return whole;
    while (taken.has(next)) next += 1;
    taken.add(next);
    renames.push({ from: part, to: `xl/worksheets/sheet${next}.xml` });
    return `<Relationship${attrs.replace(/(^|\s)Target="[^"]*"/, `$1Target="worksheets/sheet${next}.xml"`)}${close}>`;
  });
  if (renames.length === 0) return bytes;
  for (const { from, to } of renames) {
    for (const [a, b] of [[from, to], [relsOf(from), relsOf(to)]] as const) {
      const file = zip.file(a);
      if (!file) continue;
      zip.file(b, await file.async('uint8array'));
      zip.remove(a);
    }
  }
  zip.file(WORKBOOK_RELS, rewritten);
  return zip.generateAsync({ type: 'nodebuffer' });
}
