import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Names come from files and people: zod's record and JSON copies drop a key named __proto__.
const ownNames = [
  {
    selector:
      "CallExpression[callee.object.name='z'][callee.property.name='record'][arguments.0.callee.property.name='string'][arguments.0.arguments.length=0]",
    message: 'zod drops a key named __proto__: use ownRecord(value) (shared/model/ownRecord.ts).',
  },
  {
    selector: "CallExpression[callee.object.name='z'][callee.property.name='json']",
    message: 'zod drops a key named __proto__: use ownJson (shared/model/ownJson.ts).',
  },
];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**', 'tests/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...ownNames],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // Every react-hooks rule is an error: the model layer keeps state out of effects and refs.
      ...Object.fromEntries(
        Object.keys(reactHooks.configs.recommended.rules).map((rule) => [rule, 'error']),
      ),
      // The window renders with Preact, which leaves autoFocus to the browser (honoured only
      // while the page loads): a field that opens with the keyboard takes it by a ref.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='autoFocus']",
          message: 'Preact does not focus on mount: use ref={focusOnMount} (ui/focusOnMount.ts).',
        },
        ...ownNames,
      ],
    },
  },
);
