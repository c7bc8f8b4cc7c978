// The exceptions inbox on a tablet: an offline conflict raised by two
// operators' devices (C2) is shown with the operation behind it, and the
// supervisor resolves it; the resolution is itself an operation (audited) and
// the inbox follows the server live.
import { expect, test } from '@playwright/test';
import { serverRows } from './support/server';
import { assignStock, createItems, createLocations, OPERATOR, pushOps, supervisorGet, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage } from './pages/supervisor-page';

// Each test makes its own rows and syncs a tablet: on a busy 2-core machine that takes more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

interface ExceptionsPage { rows: { exception: { id: string; status: string; resolution: string | null; resolvedByOpId: string | null }; locationCode: string | null }[] }

test('C2/R3: two devices restocking two lots into one slot offline raise an exception the supervisor resolves by an adjustment', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVX-${tag}`;
  const location = `SVLX-${tag}`;
  await createItems(request, [{ sku, name: `Chilled soup ${tag}`, lotTracked: true }]);
  await createLocations(request, [location]);
  expect((await assignStock(request, sku, location, 100, { quantity: 0 }))[0]!.outcome).toBe('applied');

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Exceptions');
  await expect(sv.heading('Exceptions')).toBeVisible();
  const card = page.getByRole('listitem', { name: `Exception at ${location} · ${sku}` });
  await expect(card).toHaveCount(0);

  // Two phones were offline: each put its own lot into the empty slot. The second to sync contradicts the first (R3).
  const restock = (lot: string, quantity: number) => ({ type: 'restock', payload: { item: sku, lines: [{ location, condition: '', quantity, lot }] } });
  expect((await pushOps(request, OPERATOR, [restock(`A-${tag}`, 5)]))[0]!.outcome).toBe('applied');
  expect((await pushOps(request, OPERATOR, [restock(`B-${tag}`, 3)]))[0]).toMatchObject({ outcome: 'exception' });

  // Live: the server's change event makes the console pull, and the inbox refetches.
  await expect(card).toBeVisible();
  await expect(card).toContainText('A second lot went into a slot that already held another lot');
  await expect(card).toContainText('Rule R3');
  // What it is about, in words: item (SKU and name), location, lot, quantity, who, which device and when.
  const about = card.getByLabel('What it is about');
  await expect(about).toContainText(`Item${sku} · Chilled soup ${tag}`);
  await expect(about).toContainText(`Location${location}`);
  await expect(about).toContainText('Quantity3');
  await expect(about).toContainText('WhoOlivia Operator');
  await expect(about).toContainText(/DeviceUnnamed device e2e-sv-/);
  await expect(about).toContainText(/When(now|\d+ seconds? ago|\d+ minutes? ago)/);
  await card.getByText(/^Restock by Olivia Operator on Unnamed device/).click();
  await expect(card.getByLabel('Operation')).toContainText(`Lot B-${tag}; Location ${location}; Quantity 3`);

  await card.getByRole('button', { name: 'Adjust…' }).click();
  // The adjustment starts from the slot as the tablet sees it: both lots' units, lot unknown.
  await expect(card.getByRole('form', { name: 'Adjust the slot' })).toContainText('The slot holds 8 now, lot unknown');
  await card.getByLabel('True quantity').fill('8');
  await card.getByLabel('Lot (for items that track lots)').fill(`A-${tag}`);
  await card.getByLabel('Note (optional)').fill('all 8 are lot A, checked on the shelf');
  await card.getByRole('button', { name: 'Save adjustment' }).click();
  await expect(card.getByRole('status')).toContainText('Resolution saved (adjusted)');
  await sv.synced();
  // Resolved on the server: gone from the open list, shown under Resolved with who did it.
  await expect(card).toHaveCount(0);
  await page.getByRole('radio', { name: 'Resolved' }).click();
  await expect(card).toContainText('Resolved: adjust: all 8 are lot A, checked on the shelf by Sam Supervisor');

  const rows = await serverRows(request);
  const item = rows.items.find((i) => i.sku === sku)!;
  expect(rows.slots.find((s) => s.itemId === item.id)).toMatchObject({ quantity: 8, lot: `A-${tag}`, lotUnknown: false });
  const resolved = await supervisorGet<ExceptionsPage>(request, '/api/supervisor/exceptions?status=resolved&pageSize=200');
  const mine = resolved.rows.find((r) => r.locationCode === location)!;
  expect(mine.exception).toMatchObject({ status: 'resolved' });
  expect(mine.exception.resolvedByOpId).not.toBeNull();
});

test('C2: accept and count task close an exception from the inbox, each recorded once even offline', async ({ page, context, request }) => {
  const tag = uniqueTag();
  const sku = `SVY-${tag}`;
  const [l1, l2] = [`SVLY1-${tag}`, `SVLY2-${tag}`];
  await createItems(request, [{ sku, name: `Oat drink ${tag}`, lotTracked: true }]);
  await createLocations(request, [l1, l2]);
  for (const l of [l1, l2]) expect((await assignStock(request, sku, l, 100, { quantity: 2, lot: `L-${tag}` }))[0]!.outcome).toBe('applied');
  // More picked than the slots held: negative stock (C2), one exception per slot.
  const pick = (location: string) => ({ type: 'pick', payload: { item: sku, location, condition: '', quantity: 5 } });
  const outcomes = await pushOps(request, OPERATOR, [pick(l1), pick(l2)]);
  expect(outcomes.map((o) => o.outcome)).toEqual(['exception', 'exception']);

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Exceptions');
  const first = page.getByRole('listitem', { name: `Exception at ${l1} · ${sku}` });
  const second = page.getByRole('listitem', { name: `Exception at ${l2} · ${sku}` });
  await expect(first).toContainText('More was taken than the system had in the slot');
  await expect(second).toBeVisible();
  await expect(sv.nav.getByRole('link', { name: /^Exceptions \d+ open$/ })).toBeVisible();

  // Offline, the decisions are kept on the tablet and shown at once.
  await context.setOffline(true);
  await first.getByRole('button', { name: 'Accept' }).click();
  await expect(first.getByRole('status')).toContainText('Resolution saved (accepted as recorded)');
  await second.getByRole('button', { name: 'Count task' }).click();
  await expect(second.getByRole('status')).toContainText('sent to a count');
  await sv.app.expectPending(2);
  await context.setOffline(false);
  await sv.synced();
  await expect(first).toHaveCount(0);
  await expect(second).toHaveCount(0);

  const rows = await serverRows(request);
  const item = rows.items.find((i) => i.sku === sku)!;
  const slots = rows.slots.filter((s) => s.itemId === item.id);
  const at = (code: string) => slots.find((s) => s.locationId === rows.locations.find((l) => l.code === code)!.id)!;
  // Accept closes the slot's count task; a count task keeps it open.
  expect(at(l1)).toMatchObject({ quantity: -3, needsCount: false });
  expect(at(l2)).toMatchObject({ quantity: -3, needsCount: true });
  const mine = rows.exceptions.filter((e) => slots.some((s) => s.id === e.slotId));
  expect(mine.map((e) => [e.status, e.resolution]).sort()).toEqual([['resolved', 'accept'], ['resolved', 'count-task']]);
});
