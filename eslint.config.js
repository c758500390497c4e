// ESLint for every runtime's TypeScript: the recommended rules of eslint and typescript-eslint.
// Prettier owns the layout, so no rule here is about form.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.wrangler/', 'bench/results/', '**/worker-configuration.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The DOM, Node and Workers globals are the type checker's to know, per runtime.
      'no-undef': 'off',
    },
  },
);
