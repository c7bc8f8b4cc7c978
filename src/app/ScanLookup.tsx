// Home answers every scan: a shelf's label shows what it holds, an item's
// where it is stored, a lot's where its stock is, a serial's where the unit
// is. A code the device does not know is refused with what to scan instead.
import { useState } from 'react';
import { db } from '../device/device';
import { lookUpScan, type ScanLookup } from '../replica/scan-lookup';
import type { SlotView } from '../replica/queries';
import { useScanHandler, type ScanVerdict } from '../scan/scan-bus';
import { say } from '../words';

type Found = Exclude<ScanLookup, { kind: 'unknown' }>;

export function ScanLookupCard() {
  const [found, setFound] = useState<Found | null>(null);
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!result.ok) return { ok: false, message: result.message };
    const answer = await lookUpScan(db, result);
    if (answer.kind === 'unknown') return { ok: false, message: say('home.scan.unknown', { code: answer.code }) };
    setFound(answer);
    return { ok: true };
  });
  if (!found) return <p className="hint">{say('home.scan.hint')}</p>;
  return (
    <section className="lookup" aria-label={say('home.scan.answer')}>
      <Answer found={found} />
      <button type="button" className="button subtle" onClick={() => setFound(null)}>{say('home.scan.close')}</button>
    </section>
  );
}

function Answer({ found }: { found: Found }) {
  switch (found.kind) {
    case 'location':
      return (
        <>
          <h2 className="figure-line">{found.location.code}</h2>
          {found.stock.length === 0 ? <p>{say('home.scan.location-empty')}</p> : (
            <ul className="cards">
              {found.stock.map(({ slot, item }) => (
                <li key={slot.id} className="lookup-line">
                  <span className="figure">{item.sku}</span> <span>{item.name}</span>
                  <SlotFigures slot={slot} />
                </li>
              ))}
            </ul>
          )}
        </>
      );
    case 'item':
      return (
        <>
          <h2 className="figure-line">{found.item.sku} · {found.item.name}</h2>
          {found.lot !== null && <p className="figure">{say('home.scan.lot', { lot: found.lot })}</p>}
          <SlotList slots={found.slots} />
        </>
      );
    case 'lot':
      return (
        <>
          <h2 className="figure-line">{say('home.scan.lot', { lot: found.lot })}</h2>
          {found.holdings.map(({ item, record, slots }) => (
            <div key={item.id}>
              <p className="figure">{item.sku} · {item.name}</p>
              {record?.expiry && <p>{say('home.scan.expires', { date: record.expiry })}</p>}
              {record?.onHold && <p className="warning">{say('home.scan.on-hold')}</p>}
              <SlotList slots={slots} />
            </div>
          ))}
        </>
      );
    case 'serial':
      return (
        <>
          <h2 className="figure-line">{say('home.scan.serial', { serial: found.serial.serial })}</h2>
          <p className="figure">{found.item.sku} · {found.item.name}</p>
          <p>{found.slot ? say('home.scan.unit-at', { code: found.slot.location.code }) : say('home.scan.unit-nowhere')}</p>
        </>
      );
  }
}

function SlotList({ slots }: { slots: SlotView[] }) {
  if (slots.length === 0) return <p>{say('home.scan.no-stock')}</p>;
  return (
    <ul className="cards">
      {slots.map((slot) => (
        <li key={slot.id} className="lookup-line">
          <span className="figure">{slot.location.code}</span>
          <SlotFigures slot={slot} />
        </li>
      ))}
    </ul>
  );
}

function SlotFigures({ slot }: { slot: SlotView }) {
  return (
    <span className="lookup-figures">
      {slot.lot !== null && <span>{say('kit.tag.lot', { lot: slot.lot })}</span>}
      <span className="figure">{say('home.scan.quantity', { quantity: slot.quantity })}</span>
    </span>
  );
}
