// CSV as spreadsheet programs write it: UTF-8 (with or without BOM), UTF-16
// (Excel's "Unicode text"), or Windows-1252; comma, semicolon (European
// Excel) or tab separated; RFC 4180 quotes. Everything stays text: a lot
// "007" is "007". Excel's ="007" (its way to force text into a CSV) is read as
// 007; any other cell starting with "=" is a formula and is not evaluated.
import { cellAddress, type RawCell, type RawRow } from './raw-sheet';

export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** What Windows-1252 puts at 0x80-0x9F (where Latin-1 has control codes): € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. */
const CP1252_80_9F = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F'
  + '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252 by its table, not by TextDecoder: Node since 20.18.3 decodes
 * 'windows-1252' as Latin-1 (nodejs/node#56542), turning € and Excel's curly
 * quotes and dashes into invisible control characters.
 */
function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009F]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);
}

/** The separator used in the first line, outside quotes. */
function separatorOf(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [sep, n] of counts) if (n > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/** RFC 4180 records; each record's number counts every line break between records, like a spreadsheet's row numbers. */
export function parseCsv(text: string): { number: number; fields: { value: string; quoted: boolean }[] }[] {
  const sep = separatorOf(text);
  const records: { number: number; fields: { value: string; quoted: boolean }[] }[] = [];
  let fields: { value: string; quoted: boolean }[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let row = 1;
  const endField = () => {
    fields.push({ value: field, quoted: wasQuoted });
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ number: row, fields });
    fields = [];
    row += 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === sep) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
    } else {
      field += ch;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

const FORCED_TEXT = /^="(.*)"$/s;

function cellOf(value: string, column: number, row: number): RawCell {
  const forced = FORCED_TEXT.exec(value);
  if (forced) return { text: forced[1] ?? '' };
  // A spreadsheet program evaluates "=..." when it opens the CSV; we never do.
  if (value.trimStart().startsWith('=')) return { unreadable: 'formula', cell: cellAddress(column, row) };
  return { text: value };
}

export function readCsv(bytes: Buffer): RawRow[] {
  return parseCsv(decodeText(bytes)).map((r) => ({
    number: r.number,
    cells: r.fields.map((f, column) => cellOf(f.value, column, r.number)),
  }));
}
