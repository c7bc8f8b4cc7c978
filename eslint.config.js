import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureDomain =
  'src/domain is the pure rule engine shared by the server and the device: no UI, storage, scanner, server, database or Node imports. Do the I/O in a shell and pass data in.';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '**/node_modules/',
      'test-results/',
      'test-results-*/',
      'playwright-report/',
      'blob-report/',
      'coverage/',
      '.lotline-data/',
      '**/.vite/',
    ],
  },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each file uses its nearest tsconfig.json: sync-server/** gets
        // sync-server/tsconfig.json, everything else the root tsconfig.json.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Plain JavaScript (this file, scripts/*.mjs) is not in a TypeScript project.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  // React UI.
  {
    files: ['src/**/*.tsx', 'src/app/**/*.ts', 'src/device/**/*.ts'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },

  // Tests: Vitest's asymmetric matchers (expect.objectContaining, expect.any, …)
  // are typed `any`, which no-unsafe-assignment flags in every toEqual/toMatchObject.
  {
    files: ['**/*.test.ts', 'sync-server/test/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  // The domain stays pure.
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'react',
            'react-dom',
            'dexie',
            'zustand',
            'zxing-wasm',
            'fastify',
            'pg',
            '@electric-sql/pglite',
            ...builtinModules.filter((name) => !name.startsWith('_')),
          ].map((name) => ({ name, message: pureDomain })),
          patterns: [
            {
              group: [
                'react/*',
                'react-dom/*',
                'dexie/*',
                'zustand/*',
                '@zxing/*',
                'zxing-wasm/*',
                'fastify/*',
                '@fastify/*',
                'pg/*',
                '@electric-sql/pglite/*',
                'node:*',
              ],
              message: pureDomain,
            },
          ],
        },
      ],
    },
  },
);
