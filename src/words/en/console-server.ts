// What the server answers when it refuses a request ({ error: { code,
// message, details } }, sync-server/src/http/errors.ts): a sentence per code,
// 'server.<code>', its values from the error's details (src/words/server-error.ts
// says which); and the sentences the client makes around a failed call
// (src/net/api.ts), 'api.<kind>', from the server's own words when the code
// has no sentence here. A code that is also a rejection code (forbidden) is
// said by its rejection sentence (./codes.ts) and has none here.
import { formatters } from '../format';

const { number } = formatters('en');

/** The server's words start in lower case ("badge or PIN is wrong"): a sentence starts with a capital. */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const server = {
  'server.bad-credentials': 'Badge or PIN is wrong.',
  'server.badge-locked': ({ seconds }: { seconds: number }) => `Too many wrong PINs for this badge: wait ${number(seconds)} s.`,
  'server.too-many-attempts': ({ seconds }: { seconds: number }) => `Too many login attempts from this device: wait ${number(seconds)} s.`,
  'server.unauthenticated': 'The session is not valid: log in again (queued work is kept).',
  'server.session-expired': 'The session has expired: log in again (queued work is kept).',
  'server.other-device': 'This session belongs to another device: log in on this device.',
  'server.token-revoked': 'The API token was revoked: ask a supervisor for a new one.',
  'server.own-account': 'You cannot deactivate yourself or take the supervisor role from yourself: ask another supervisor.',
  'server.badge-taken': ({ badge }: { badge: string }) => `Badge ${badge} already belongs to another user: choose another badge.`,

  'server.unknown-item': ({ item }: { item: string }) => `The server does not know the item ${item}.`,
  'server.unknown-location': ({ location }: { location: string }) => `The server does not know the location ${location}.`,
  'server.unknown-device': 'No device with this id has synced or logged in.',
  'server.not-found': 'Not found on the server: it may have been removed meanwhile, or the server is older than this app.',
  'server.nothing-to-count': 'No slot matches: nothing to count.',
  'server.count-task-closed': 'The count task is no longer open.',
  'server.invalid-cursor': 'This device\'s place in the server\'s changes is out of date: the next sync starts again from the beginning.',

  'server.bad-scan': 'The scan could not be read: scan the label again, or type the lot.',
  'server.scan-without-lot': 'This scan carries no lot (GS1 AI 10): scan the label with the batch/lot, or type the lot.',
  'server.lot-required': 'Give a lot, or scan a GS1 code that carries one.',
  'server.export-too-large': ({ total, cap }: { total: number; cap: number }) =>
    `${number(total)} rows match; an export holds at most ${number(cap)}: narrow the filters (e.g. a shorter date range).`,

  'server.bad-file': 'The file could not be read as a sheet: save it as .xlsx (Excel Workbook) or CSV and import that.',
  'server.unsupported-media-type': 'The server takes a sheet as CSV (.csv) or Excel (.xlsx) only.',
  'server.no-header': 'The sheet is empty: its first row must name the columns.',
  'server.no-rows': 'The sheet has a header row but no rows to import.',
  'server.bad-columns': ({ missing, column }: { missing?: readonly string[]; column?: string }) => {
    if (missing) return `The header row lacks ${missing.join(', ')}: expected columns sku (or item), location, quantity, lot, and optionally condition.`;
    if (column) return `The column "${column}" appears twice in the header row.`;
    return 'The header row does not name the columns sku (or item), location, quantity, lot, and optionally condition.';
  },
  'server.too-many-rows': ({ rows, max }: { rows: number; max: number }) => `The sheet has ${number(rows)} rows; one import takes at most ${number(max)}: split it.`,
  'server.op-id-taken': 'This import is already recorded as another kind of operation: preview the sheet again, then commit.',

  'server.invalid-request': ({ field }: { field: string }) => `The server refused the request: ${field} is not valid. Nothing was changed.`,
  'server.invalid-text': ({ field }: { field: string }) => `${field} contains a character that cannot be stored (NUL or a broken character): retype it.`,
  'server.invalid-json': 'The server could not read the request. Nothing was changed; try again.',
  'server.bad-request': 'The server could not take the request. Nothing was changed.',
  'server.body-too-large': 'The request is larger than the server accepts: send fewer rows at a time.',
  'server.too-many-requests': 'Too many requests: wait a moment and try again.',
  'server.internal': 'Server error 500: the server failed. Nothing was changed; try again.',
  'server.database-unavailable': 'Server error 503: the database does not answer. Nothing was changed; try again.',
};

const api = {
  /** A call that failed in a named step of the sync ("push", "pull"). */
  'api.step': ({ step, sentence }: { step: string; sentence: string }) => `${step}: ${sentence}`,
  'api.network': ({ reason }: { reason: string }) => `The server cannot be reached (${reason}). Check the network; nothing is lost, try again.`,
  'api.auth': ({ reason }: { reason: string }) => `${capital(reason)}: log in again.`,
  'api.forbidden': ({ reason }: { reason: string }) => `Not allowed: ${reason}.`,
  'api.missing': ({ reason }: { reason: string }) => `Not found on the server (${reason}). The server may be older than this app.`,
  'api.server': ({ reason, status }: { reason: string; status: number }) => `Server error ${status}: ${reason}. Nothing was changed; try again.`,
  'api.malformed': ({ reason }: { reason: string }) => `The server's answer cannot be read (${reason}). Nothing was changed; try again.`,
  'api.refused': ({ reason, code }: { reason: string; code: string | null }) => `${capital(reason)}${code ? ` (${code})` : ''}.`,
  'api.not-json': 'The server\'s answer cannot be read (not JSON). Nothing was changed; try again.',
  'api.logged-out': 'You are logged out: log in again.',
};

export const consoleServer = { ...server, ...api };
