// Imported first by main.tsx, before any module builds a schema. The app's
// Content-Security-Policy has no 'unsafe-eval' (sync-server/src/http/security.ts),
// so zod cannot compile its fast object parsers with new Function; left to
// find out, it tries when the first object schema is built, and the refused
// attempt is a CSP violation (reported, and e2e/csp.spec.ts fails on it).
// jitless: zod parses without generated code and never makes the attempt.
import { config } from 'zod';

config({ jitless: true });
