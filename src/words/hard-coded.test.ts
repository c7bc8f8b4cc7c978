// No floor or console screen writes a sentence of its own: every word an
// operator or a supervisor reads comes from the catalogue (src/words/en.ts).
// This reads the floor's source (flows, ui, scan, the floor app screens) and
// the whole console, and fails on JSX text, text-bearing
// attributes and literals that read like words; ALLOWED names the few
// literals that look like words but are not shown as such.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { hardCodedWords } from './hard-coded';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The floor: the operator flows, their UI pieces, scanning, and the app's floor screens. */
const FLOOR = [
  'src/flows', 'src/ui', 'src/scan',
  'src/app/App.tsx', 'src/app/Home.tsx', 'src/app/Inbox.tsx', 'src/app/StatusBar.tsx', 'src/app/LoginScreen.tsx', 'src/app/pwa',
];

/** The whole supervisor console, printed labels, and the sentences made around a failed server call. */
const CONSOLE = ['src/supervisor', 'src/labels', 'src/net/api.ts'];

/** Literals that read like words but are names in code, never shown as sentences. */
const ALLOWED: Record<string, readonly string[]> = {
  // The name of a thrown value that is not an Error, inside kit.save.refused's "(…)".
  'src/flows/kit/save.ts': ['Error'],
  // The localStorage key prefix a half-done task is kept under.
  'src/flows/kit/task-memory.ts': ['lotline.task.'],
  // zxing-wasm's text mode option.
  'src/scan/camera/formats.ts': ['Plain'],
  // KeyboardEvent.key names the wedge ignores.
  'src/scan/keystrokes.ts': ['Shift', 'Control', 'Alt', 'Meta', 'Unidentified', 'Process', 'Dead', 'Compose'],
  // KeyboardEvent.key names of the keys that end a scan, as the self-test records them.
  'src/scan/key-recorder.ts': ['Enter', 'Tab'],
  // CSS selectors of the controls a dialog focuses and keeps Tab among.
  'src/supervisor/Dialog.tsx': [
    'input, select, textarea, button',
    'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]',
  ],
  // The grids' CSS grid-template-columns.
  'src/supervisor/items/ItemsScreen.tsx': ['3rem minmax(8rem, 1fr) minmax(12rem, 2fr) 10rem 7rem 6rem'],
  'src/supervisor/serials/SerialsScreen.tsx': ['minmax(9rem, 1fr) minmax(8rem, 1fr) minmax(8rem, 1fr) 7rem minmax(8rem, 1fr)'],
  // The authorization header's scheme; the HTTP status line and "not JSON" are the failure's detail for developers
  // (ApiError.detail), said to a person only inside a catalogue sentence.
  'src/net/api.ts': ['Bearer {}', 'HTTP {} {}', 'not JSON'],
};

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isDirectory()) return readdirSync(full).flatMap((name) => sourceFiles(join(path, name)));
  return /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) ? [path] : [];
}

describe('the checker finds sentences written into code', () => {
  test('JSX text, text attributes and word-like literals are found; class names, keys, test ids, codes and developer errors are not', () => {
    const source = `
      import { x } from './some module';
      type Kind = 'Not a sentence';
      export function Step({ step }: { step: string }) {
        const refusal = { kind: 'refused', message: 'No item chosen.' };
        const tag = \`lot \${step}\`;
        if (step === 'Some Step') throw new Error('Developer words here');
        console.warn('Logged words');
        const keyed = say('kit.continue');
        const id = \`lot-\${step}\`;
        return (
          <div className="step primary" data-testid="fefo-suggestion" aria-live="polite" key="a b">
            <p>Nothing is assigned here.</p>
            <ScanField label="Serial" submitLabel={step ? 'Add serial' : 'Set'} />
            <button aria-label={\`Remove serial \${step}\`} className={\`choice\${step ? ' selected' : ''}\`}>🗑</button>
            <span>{step} · {keyed}</span>
          </div>
        );
      }`;
    expect(hardCodedWords('sample.tsx', source).map((h) => h.text)).toEqual([
      'No item chosen.', 'lot {}', 'Nothing is assigned here.', 'Serial', 'Add serial', 'Set', 'Remove serial {}',
    ]);
  });

  test('a name in code (camel case, digits) is not a sentence; a capitalised word is', () => {
    const source = "const a = ['DataMatrix', 'Code128', 'QRCode', 'QuotaExceededError', 'Back', 'just now'];";
    expect(hardCodedWords('sample.ts', source).map((h) => h.text)).toEqual(['Back', 'just now']);
  });
});

describe('every sentence of the floor and the console is in the catalogue', () => {
  const files = [...FLOOR, ...CONSOLE].flatMap(sourceFiles);

  test('the floor and the console have source files to check', () => {
    expect(files.length).toBeGreaterThan(130);
    expect(files).toContain('src/flows/restock/steps/PlaceStep.tsx');
    expect(files).toContain('src/supervisor/items/ItemsScreen.tsx');
  });

  test('no floor or console file hard-codes a sentence (outside the allow-list)', () => {
    const found = files.flatMap((file) => {
      const allowed = ALLOWED[file] ?? [];
      return hardCodedWords(file, readFileSync(join(ROOT, file), 'utf8'))
        .filter((hit) => !allowed.includes(hit.text))
        .map((hit) => `${relative('.', file)}:${hit.line}: ${hit.text}`);
    });
    expect(found).toEqual([]);
  // Parsing some 300 files with the TypeScript compiler: 3 s alone, past vitest's 5 s default on two loaded cores.
  }, 60_000);

  test('every allow-list entry is still there (a stale one is removed)', () => {
    for (const [file, texts] of Object.entries(ALLOWED)) {
      const hits = hardCodedWords(file, readFileSync(join(ROOT, file), 'utf8')).map((h) => h.text);
      for (const text of texts) expect(hits, `${file}: ${text}`).toContain(text);
    }
  });
});
