#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//
//   typecheck → lint → unit (vitest domain) → server (vitest server) → build → e2e (Playwright)
//
// The last line printed is always `N passed, N failed` (plus `, N skipped` when
// there are any), summed over the test runners. A failed step that is not a test
// (typecheck, lint, build) or a runner that failed without a failing test
// (crash, bad config, missing browser) counts as one failed, so that line never
// says "0 failed" for a failed run. The exit code is non-zero on any failure.
//
// Run only some steps: `node scripts/test-all.mjs unit server` (names as above).
// Set TEST_DATABASE_URL to run the server suite against PostgreSQL too.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findChromium, INSTALL_HINT } from './find-chromium.mjs';

const root = join(import.meta.dirname, '..');
const reports = mkdtempSync(join(tmpdir(), 'lotline-test-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Counts from a Vitest JSON report. */
function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
}

/** Counts from a Playwright JSON report. */
function playwrightCounts(file) {
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  // A flaky test (failed, then passed on CI's one retry) counts as passed, and is named in the step's line.
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped, flaky: stats.flaky };
}

function vitest(name, project) {
  const report = join(reports, `vitest-${project}.json`);
  return {
    name,
    command: [
      bin('vitest'), 'run', '--project', project, '--passWithNoTests',
      '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
    ],
    report,
    counts: vitestCounts,
  };
}

const e2eReport = join(reports, 'playwright.json');
const steps = [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  vitest('unit', 'unit'),
  vitest('server', 'server'),
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'e2e',
    command: [bin('playwright'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport },
    report: e2eReport,
    counts: playwrightCounts,
    precheck(selected) {
      const chromium = findChromium();
      if (!chromium) return INSTALL_HINT;
      if (!selected.has('build') && !existsSync(join(root, 'dist', 'index.html'))) {
        return 'dist/ has no build of the app: run `npm run build` first (or run the build step too).';
      }
      const where = chromium.executablePath ?? "Playwright's own Chromium";
      console.log(`Chromium: ${where}`);
      return null;
    },
  },
];

function run(step) {
  const [command, ...args] = step.command;
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? 128 : (code ?? 1)));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !steps.some((step) => step.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${steps.map((s) => s.name).join(', ')}`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const selected = new Set(wanted.length > 0 ? wanted : steps.map((step) => step.name));
  const total = { passed: 0, failed: 0, skipped: 0 };
  const summary = [];

  for (const step of steps.filter((s) => selected.has(s.name))) {
    console.log(`\n━━ ${step.name}: ${step.command.map((part) => (part.startsWith(root) ? relative(root, part) : part)).join(' ')}`);
    const started = Date.now();

    const problem = step.precheck?.(selected) ?? null;
    let code = 1;
    if (problem) console.error(`\n${problem}\n`);
    else code = await run(step);

    let counts = null;
    if (!problem && step.report) {
      try {
        counts = step.counts(step.report);
      } catch {
        console.error(`(no readable report from ${step.name} at ${step.report})`);
      }
    }
    if (counts) {
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    }
    const ok = code === 0 && (!counts || counts.failed === 0);
    if (!ok && (!counts || counts.failed === 0)) total.failed += 1;

    let detail = '';
    if (counts) {
      detail = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}${counts.flaky ? ` (${counts.flaky} flaky: passed on retry)` : ''}`;
      if (ok && counts.passed + counts.failed + counts.skipped === 0) detail += ' (warning: no tests found)';
    }
    summary.push(`  ${ok ? 'ok  ' : 'FAIL'}  ${step.name.padEnd(10)} ${seconds(Date.now() - started).padStart(7)}  ${detail}`.trimEnd());
    if (!ok) {
      const why = problem ? '' : code !== 0 ? ` (exit code ${code})` : ' (failing tests)';
      summary.push(`\n${step.name} failed${why}; later steps were not run.`);
      break;
    }
  }

  console.log(`\n━━ summary\n${summary.join('\n')}\n`);
  return total;
}

let total;
try {
  total = await main();
} catch (error) {
  console.error(error);
  total = { passed: 0, failed: 1, skipped: 0 };
} finally {
  rmSync(reports, { recursive: true, force: true });
}
process.exitCode = total.failed > 0 ? 1 : 0;
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
