import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// `innerHTML` with page content is how clippers get XSS'd: rendering goes through
// components/SafeHtml (DOMPurify) only.
const noRawHtml = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Do not assign innerHTML; sanitize and render through components/SafeHtml.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Do not assign outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Do not use insertAdjacentHTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Only components/SafeHtml.tsx may set HTML, after DOMPurify.',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', '.cache/', 'dist/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noRawHtml],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['components/SafeHtml.tsx', 'tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
