// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    // The domain core, the parser and the zod shapes are pure: no I/O, and nothing from the layers that do it.
    files: ['src/domain/**/*.ts', 'src/parser/**/*.ts', 'src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/db/**',
                '**/store/**',
                '**/service/**',
                '**/http/**',
                'fastify*',
                'pg',
                'drizzle-orm*',
                'node:*',
              ],
              message: 'src/domain, src/parser and src/schemas are pure: no I/O.',
            },
          ],
        },
      ],
    },
  },
);
