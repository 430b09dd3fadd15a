/**
 * ESLint checks only the architecture's import boundaries (docs/architecture.md), not style:
 *   - a feature never imports another feature (src/features/a ↛ src/features/b); what two
 *     features share moves to src/components, src/services or src/lib;
 *   - shared code (components, services, lib) never imports a feature or a page;
 *   - features never import pages or subpackages (pages compose features, not the reverse);
 *   - no import cycles inside src/.
 * The server keeps the same kind of boundaries between its domains (server/src/routes/<domain>):
 *   - a domain never imports another domain's files except that domain's index.ts, its public face;
 *   - jobs, seed and services reach a domain only through its index.ts as well.
 * eslint-plugin-import-x resolves each import to its file, so `../../features/x` and
 * `../x/api` are caught alike.
 */
const fs = require('node:fs');
const path = require('node:path');
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');

const features = fs
  .readdirSync(path.join(__dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const domains = fs
  .readdirSync(path.join(__dirname, 'server/src/routes'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// A domain's index.ts is its public face; files beside the domains (me.ts, health.ts) belong to none.
const publicFaces = [
  ...domains.map((domain) => `./${domain}/index.ts`),
  ...fs
    .readdirSync(path.join(__dirname, 'server/src/routes'), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `./${entry.name}`),
];

const domainZones = [
  ...domains.map((domain) => ({
    target: `./server/src/routes/${domain}`,
    from: './server/src/routes',
    except: [`./${domain}`, ...publicFaces],
    message: "A domain must not reach into another domain's files: import what it exports from its index.ts.",
  })),
  {
    target: ['./server/src/jobs', './server/src/seed', './server/src/services'],
    from: './server/src/routes',
    except: publicFaces,
    message: 'Jobs, seed and services reach a domain only through its index.ts, never its internal files.',
  },
];

const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'A feature must not import another feature: move what both need to src/components, src/services or src/lib.',
}));

module.exports = [
  { ignores: ['dist/**', 'dist-h5/**', 'node_modules/**', 'src/services/api-schema.ts'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      // Without these import-x reads only .js files and finds no cycle through TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.json'],
          // The `@/` alias (tsconfig paths): boundaries hold through it too.
          alias: { '@': [path.join(__dirname, 'src')] },
        }),
      ],
    },
    // Disable-comments for rules that are not on here are not an error.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: __dirname,
          zones: [
            ...featureZones,
            {
              target: ['./src/components', './src/services', './src/lib'],
              from: ['./src/features', './src/pages', './src/packages'],
              message: 'Shared code (components, services, lib) must not import features or pages.',
            },
            {
              target: './src/features',
              from: ['./src/pages', './src/packages'],
              message: 'Features must not import pages: pages compose features, not the reverse.',
            },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: __dirname, zones: domainZones }],
    },
  },
];
