// The self-test's answers in words: each finding's sentence, each card code's
// name, and how the app's parser reads the scan.
import { formatHumanReadable, type ScanResult } from '../domain/gs1';
import { say } from '../words';
import type { Finding } from './self-test';
import type { TestCodeId } from './test-card';

export function findingSentence(finding: Finding): string {
  switch (finding.kind) {
    case 'not-on-card': return say('scanner.finding.not-on-card');
    case 'layout': return say('scanner.finding.layout', { typed: finding.typed, meant: finding.meant });
    case 'slow': return say('scanner.finding.slow', { gap: finding.gapMs, max: finding.maxGapMs });
    case 'no-enter': return say('scanner.finding.no-enter');
    case 'prefix-added': return say('scanner.finding.prefix-added', { prefix: finding.prefix });
    case 'suffix-added': return say('scanner.finding.suffix-added', { suffix: finding.suffix });
    case 'aim-missing': return say('scanner.finding.aim-missing');
    case 'aim-unexpected': return say('scanner.finding.aim-unexpected', { aim: finding.aim });
    case 'aim-not-gs1': return say('scanner.finding.aim-not-gs1', { aim: finding.aim, expected: finding.expected });
    case 'gs-dropped': return say('scanner.finding.gs-dropped', { substitute: finding.substitute });
    case 'gs-other': return say('scanner.finding.gs-other', { sent: finding.sent });
  }
}

export function codeName(id: TestCodeId): string {
  switch (id) {
    case 'gs1-128': return say('scanner.code.gs1-128');
    case 'gs1-datamatrix': return say('scanner.code.gs1-datamatrix');
    case 'code128': return say('scanner.code.code128');
    case 'aim-check': return say('scanner.code.aim-check');
  }
}

export function codePurpose(id: TestCodeId): string {
  switch (id) {
    case 'gs1-128': return say('scanner.code.gs1-128.why');
    case 'gs1-datamatrix': return say('scanner.code.gs1-datamatrix.why');
    case 'code128': return say('scanner.code.code128.why');
    case 'aim-check': return say('scanner.code.aim-check.why');
  }
}

export function readsSentence(result: ScanResult): string {
  if (!result.ok) return say('scanner.test.reads-refused', { message: result.message });
  if (result.kind === 'gs1') return say('scanner.test.reads-gs1', { data: formatHumanReadable(result.elements) });
  return say('scanner.test.reads-plain', { code: result.value });
}
