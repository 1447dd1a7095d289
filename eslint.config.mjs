// `npm run lint` (with `prettier --check`): ESLint over all our code, zero warnings allowed.
//
// typescript-eslint and TypeScript 7: typescript-eslint's parser needs the TypeScript 4-6 JS API
// (`require('typescript')` → ts.createSourceFile, ts.SyntaxKind), and TypeScript 7, our compiler, is
// the native port and no longer exports it. So the lint gets TypeScript 6.0 under the npm alias
// `typescript-eslint-ts`, and the resolve hook below sends every `typescript` import made while linting
// there. `tsc`, vite and vitest keep using TypeScript 7. The rules are the syntax-only sets
// (no type-aware linting): a second type checker with a different version would report on a program
// that TypeScript 7 checks, and `npm run typecheck` already covers the types.
import * as nodeModule from 'node:module';

if (!nodeModule.registerHooks) throw new Error(`npm run lint heeft Node.js 22.15 of nieuwer nodig (module.registerHooks); dit is ${process.version}.`);
nodeModule.registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'typescript' || specifier.startsWith('typescript/')) {
      return nextResolve(specifier.replace(/^typescript/, 'typescript-eslint-ts'), context);
    }
    return nextResolve(specifier, context);
  },
});

const { default: js } = await import('@eslint/js');
const { default: tseslint } = await import('typescript-eslint');
const { default: reactHooks } = await import('eslint-plugin-react-hooks');
const { default: jsxA11y } = await import('eslint-plugin-jsx-a11y');
const { default: globals } = await import('globals');

export default tseslint.config(
  {
    ignores: ['**/node_modules/', 'dist/', 'release/', 'test-artifacts/', 'bench/tmp/', 'tests/fixtures/', 'resources/', 'build/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter or destructured field that is there on purpose (a signature, or omitting a key).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Main process, CLI, scripts, bench and tests run on Node.
  {
    files: ['electron/**', 'tests/**', 'scripts/**', 'bench/**', 'bin/**', '*.config.*', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The renderer runs in the browser, with React.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['renderer/src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  // Browser tests and the browser bench hand functions to page.evaluate: those run in the page.
  {
    files: ['tests/e2e/**', 'tests/helpers/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
