// The hardware scanner: the keyboard button of scan fields, the scanner
// self-test and its printable test card, and the spoken read-back of a step.
import { formatters } from '../format';

const { number } = formatters('en');

export const scanner = {
  'scanner.keyboard': 'Type with the keyboard',

  'scanner.test.open': 'Scanner self-test',
  'scanner.card.open': 'Print the scanner test card',

  'scanner.card.title': 'Scanner test card',
  'scanner.card.hint': 'Print this card, open the scanner self-test on the device and scan each code: the self-test says which scanner setting to change.',
  'scanner.card.print': 'Print',
  'scanner.card.loading': 'Drawing the barcodes…',
  'scanner.card.failed': ({ reason }: { reason: string }) => `The barcodes could not be drawn: ${reason}`,
  'scanner.card.aim-on': ({ sent }: { sent: string }) => `AIM code ID on: ${sent}`,
  'scanner.card.aim-off': ({ sent }: { sent: string }) => `AIM code ID off: ${sent}`,

  'scanner.code.gs1-128': 'GS1-128: GTIN, lot, expiry, serial',
  'scanner.code.gs1-128.why': 'The GS separator after the lot must arrive, or the expiry becomes part of the lot.',
  'scanner.code.gs1-datamatrix': 'GS1 DataMatrix: GTIN, expiry, lot, serial',
  'scanner.code.gs1-datamatrix.why': 'The GS separator after the lot must arrive, or the serial becomes part of the lot.',
  'scanner.code.code128': 'Code 128: a plain code',
  'scanner.code.code128.why': 'Shows the prefix, suffix and Enter the scanner adds, and how fast its keys come.',
  'scanner.code.aim-check': 'AIM check: an order number (400) alone',
  'scanner.code.aim-check.why': 'Only the AIM prefix ]C1 tells this GS1 barcode from a plain code.',

  'scanner.test.title': 'Scanner self-test',
  'scanner.test.hint': 'Scan each code of the printed test card. Each scan shows what the scanner sent and which of its settings to change.',
  'scanner.test.field': 'Scan here',
  'scanner.test.aim': 'AIM code ID (the symbology prefix, such as ]C1)',
  'scanner.test.aim-on': 'On (recommended)',
  'scanner.test.aim-off': 'Off',
  'scanner.test.waiting': 'Scan a code of the test card.',
  'scanner.test.answer': 'The last scan',
  'scanner.test.sent': 'The scanner sent',
  'scanner.test.legend': 'Marked: a prefix or suffix, the AIM prefix, ␝ for the GS separator, ‸ where a separator is missing, ⏎ for Enter.',
  'scanner.test.which': ({ code }: { code: string }) => `Scanned: ${code}`,
  'scanner.test.reads-gs1': ({ data }: { data: string }) => `Lotline reads GS1 data: ${data}`,
  'scanner.test.reads-plain': ({ code }: { code: string }) => `Lotline reads the plain code ${code}`,
  'scanner.test.reads-refused': ({ message }: { message: string }) => `Lotline cannot read it: ${message}`,
  'scanner.test.gap': ({ gap }: { gap: number }) => `Keys up to ${number(gap)} ms apart.`,
  'scanner.test.good': 'Good: this scanner sends this code as Lotline needs it.',
  'scanner.test.card': 'The test card',
  'scanner.test.not-scanned': 'Not scanned yet',
  'scanner.test.passed': 'Good',
  'scanner.test.to-change': 'A setting to change',

  'scanner.finding.not-on-card': 'This is not a code of the test card: scan one of the card’s codes.',
  'scanner.finding.layout': ({ typed, meant }: { typed: string; meant: string }) =>
    `Your scanner types for another keyboard layout: “${typed}” arrived for “${meant}”. Lotline reads it, but set the scanner to this device’s keyboard layout.`,
  'scanner.finding.slow': ({ gap, max }: { gap: number; max: number }) =>
    `Keystrokes arrive too slowly: up to ${number(gap)} ms apart, and Lotline takes a scan’s keys at most ${number(max)} ms apart. Set the scanner’s inter-character delay to 0, or raise the largest gap in Settings.`,
  'scanner.finding.no-enter': 'Your scanner sends no Enter after the code: turn on “Send ENTER”.',
  'scanner.finding.prefix-added': ({ prefix }: { prefix: string }) =>
    `Your scanner adds a prefix “${prefix}”: remove it in the scanner, or enter it as the prefix in Settings.`,
  'scanner.finding.suffix-added': ({ suffix }: { suffix: string }) =>
    `Your scanner adds a suffix “${suffix}”: remove it in the scanner, or enter it as the suffix in Settings.`,
  'scanner.finding.aim-missing': 'Your scanner sends no AIM prefix: turn on AIM code ID.',
  'scanner.finding.aim-unexpected': ({ aim }: { aim: string }) =>
    `Your scanner sends the AIM prefix ${aim}: turn AIM code ID off in the scanner, or choose On above.`,
  'scanner.finding.aim-not-gs1': ({ aim, expected }: { aim: string; expected: string }) =>
    `Your scanner reads this GS1 barcode as a plain one (${aim}, not ${expected}): turn on GS1-128 and GS1 DataMatrix in its symbologies.`,
  'scanner.finding.gs-dropped': ({ substitute }: { substitute: string }) =>
    `Your scanner drops the GS separator: enable “Send control characters”, or set the substitute to ${substitute} (the scanner replaces GS with it).`,
  'scanner.finding.gs-other': ({ sent }: { sent: string }) => (sent.length === 1
    ? `Your scanner sends “${sent}” for the GS separator: set the GS substitute in Settings to ${sent}, or enable “Send control characters”.`
    : `Your scanner sends “${sent}” for the GS separator: enable “Send control characters”, or have it send one character such as ~ and set that as the GS substitute.`),

  'scanner.read-back.location': ({ code }: { code: string }) => `Location ${code}.`,
  'scanner.read-back.lot': ({ lot }: { lot: string }) => `Lot ${lot}.`,
  'scanner.read-back.quantity': ({ quantity, unit }: { quantity: number; unit: string }) => `${number(quantity)} ${unit}.`,
};
