// What a rejected operation said, in one line, so an operator redoing it knows
// what they did the first time: "MILK-1L × 5 from C-01-01 to C-01-02, lot L1".
// Reads only the fields the floor operations share; unknown shapes give ''.
import { say } from '../../words';

type Fields = Record<string, unknown>;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const count = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function summarizePayload(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null) return '';
  const p = payload as Fields;
  const parts: string[] = [];
  const shipment = text(p.shipment);
  if (shipment) parts.push(say('kit.summary.shipment', { shipment }));
  const item = text(p.item);
  const counted = typeof p.counted === 'object' && p.counted !== null ? count((p.counted as Fields).quantity) : null;
  const quantity = count(p.quantity) ?? counted;
  if (item) parts.push(quantity === null ? item : say('kit.summary.item-quantity', { item, quantity }));
  const at = text(p.location);
  if (at) parts.push(say('kit.summary.at', { location: at }));
  const from = text(p.from);
  if (from) parts.push(say('kit.summary.from', { location: from }));
  const to = text(p.to);
  if (to) parts.push(say('kit.summary.to', { location: to }));
  const lot = text(p.lot);
  if (lot) parts.push(say('kit.summary.lot', { lot }));
  const lines = Array.isArray(p.lines) ? p.lines.length : 0;
  if (lines > 0) parts.push(say('kit.summary.lines', { lines }));
  return parts.join(', ');
}
