// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What the pure core (domain, parser, schemas) may not import: the layers that do I/O, and the I/O itself. */
const IO_AND_LAYERS = [
  '**/db/**',
  '**/store/**',
  '**/service/**',
  '**/http/**',
  '**/jobs/**',
  'fastify*',
  'pg',
  'drizzle-orm*',
  'node:*',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'migrations/', 'openapi/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The board's pages run in the browser, as plain ES modules with no build step.
  { files: ['board/**/*.js'], languageOptions: { globals: globals.browser } },
  // One direction of travel: http -> service -> store -> db, and everything may use the pure domain (and the
  // parser and schemas). Each folder may not import from the folders above it.
  layer('src/domain/**/*.ts', 'src/domain is pure and the bottom of the core: no I/O, no parser, no schemas.', [
    ...IO_AND_LAYERS,
    '**/parser/**',
    '**/schemas/**',
  ]),
  layer(['src/parser/**/*.ts', 'src/schemas/**/*.ts'], 'src/parser and src/schemas are pure: no I/O.', IO_AND_LAYERS),
  layer('src/db/**/*.ts', 'src/db is the bottom layer: it knows no store, service or HTTP.', [
    '**/store/**',
    '**/service/**',
    '**/http/**',
    '**/jobs/**',
    'fastify*',
  ]),
  layer('src/store/**/*.ts', 'src/store knows SQL, not services or HTTP.', [
    '**/service/**',
    '**/http/**',
    '**/jobs/**',
    'fastify*',
  ]),
  layer('src/service/**/*.ts', 'src/service knows the domain and the stores, never HTTP.', [
    '**/http/**',
    '**/jobs/**',
    'fastify*',
  ]),
  layer(
    'src/http/**/*.ts',
    'src/http calls services: no SQL, no stores (types of the database connection only).',
    ['**/store/**', '**/jobs/**', 'drizzle-orm*'],
    ['**/db/**', 'pg'],
  ),
  layer(
    'src/jobs/**/*.ts',
    'src/jobs run services on a timer: no stores, no HTTP.',
    ['**/store/**', '**/http/**', 'drizzle-orm*'],
    ['**/db/**'],
  ),
);

/**
 * Forbid imports matching `banned` in `files`; `typesOnly` may be imported for their types alone.
 * @param {string | string[]} files
 * @param {string} message
 * @param {string[]} banned
 * @param {string[]} [typesOnly]
 */
function layer(files, message, banned, typesOnly = []) {
  return {
    files: Array.isArray(files) ? files : [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: banned, message },
            ...(typesOnly.length > 0 ? [{ group: typesOnly, message, allowTypeImports: true }] : []),
          ],
        },
      ],
    },
  };
}
