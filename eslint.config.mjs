// Lint and the layer boundaries of docs/architecture.md, run by `npm test` (so CI refuses a crossing).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Packages that tie code to a server, a database, a search engine or GraphQL. */
const FRAMEWORKS = [
  'graphql',
  'graphql-*',
  'type-graphql',
  '@apollo/*',
  'typeorm',
  'pg',
  'meilisearch',
  'dataloader',
  'class-validator',
  'reflect-metadata',
  'node:http',
  'node:https',
  'node:net',
  'node:fs',
  'node:fs/*',
  'node:child_process',
  'fs',
  'fs/*',
  'http',
  'https',
  'net',
  'child_process',
];

/** An import of one of the project's top-level folders under src, from anywhere below src. */
const layer = (...names) => ({
  regex: `^(\\.\\./)+(${names.join('|')})(/|$)`,
  message: 'crosses a layer boundary of docs/architecture.md',
});

const boundary = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'coverage/**', '.zangraph/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // the texts' own control characters and runs of spaces are data here: patterns name them as they are
      'no-control-regex': 'off',
      'no-regex-spaces': 'off',
      // a variable declared with its empty value before the branches that set it reads as the state it starts in
      'no-useless-assignment': 'off',
      // a variable a closure reads before it is set (a fatal handler made before the app it stops)
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // tests read GraphQL answers of any shape
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: Object.fromEntries(
        [
          'require',
          'module',
          'exports',
          'process',
          'console',
          '__dirname',
          '__filename',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'Buffer',
        ].map((g) => [g, 'readonly']),
      ),
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
  // parsing and the legal rules: pure, no framework, no I/O, nothing of the layers above them
  boundary(
    ['src/corpus/**/*.ts', 'src/domain/**/*.ts'],
    [
      { group: FRAMEWORKS, message: 'corpus and domain import no framework and do no I/O' },
      layer('entities', 'ingest', 'search', 'services', 'schema', 'resolvers', 'http', 'web', 'runtime'),
    ],
  ),
  // the domain is the bottom: corpus and citations build on it, never the other way
  boundary(
    ['src/domain/**/*.ts'],
    [
      { group: FRAMEWORKS, message: 'corpus and domain import no framework and do no I/O' },
      layer('corpus', 'citations', 'entities', 'ingest', 'search', 'services', 'schema', 'resolvers', 'http', 'web', 'runtime'),
    ],
  ),
  // services answer in entities and domain types: GraphQL shaping and HTTP stay above them
  boundary(['src/services/**/*.ts'], [layer('schema', 'resolvers', 'http', 'web')]),
  // entities are the tables; rows are built from them, not the other way
  boundary(['src/entities/**/*.ts'], [layer('ingest', 'services', 'schema', 'resolvers', 'http', 'web', 'search')]),
);
