/**
 * The API's production build: `pnpm --filter @orgplane/api build` writes `dist/main.js` (the
 * server), `dist/migrate.js` (migrations) and `dist/cli.js` (operator commands), each one ES module
 * that runs on plain `node`.
 *
 * esbuild bundles the API's own source and the workspace packages it imports (`@orgplane/schema`
 * is TypeScript source, with its own dependencies), and leaves every package the API declares in
 * its package.json to node_modules. esbuild is what `tsx` runs in development and the tests, so
 * the legacy decorators compile the same way on every path (no decorator metadata: every field
 * and property names its type). Entities and migrations are listed statically, so nothing is
 * found by a glob at run time. The outputs sit one level below the package, as `src/` files do,
 * so paths resolved from `import.meta.url` (REPO_ROOT) are the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The build's entry points: output name (without `.js`) → source. */
const ENTRIES = {
  main: 'src/main.ts',
  migrate: 'src/database/migrate.cli.ts',
  cli: 'src/cli.ts',
};

/**
 * Builds the API into `outDir` (default `dist/` beside `src/`), with `extraEntries` (output name →
 * source, such as the bench's target) besides the API's own; resolves when written.
 */
export async function buildApi(
  outDir = path.join(API_ROOT, 'dist'),
  extraEntries: Record<string, string> = {},
): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(API_ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  await build({
    absWorkingDir: API_ROOT,
    entryPoints: { ...ENTRIES, ...extraEntries },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    tsconfig: path.join(API_ROOT, 'tsconfig.json'),
    plugins: [installedPackagesExternal(manifest.dependencies)],
    // `require` for the CommonJS packages (an ES module has none of its own).
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    sourcemap: true,
    // The API's own stack traces point at src/ with node's --enable-source-maps.
    sourcesContent: false,
    logLevel: 'warning',
  });
}

/**
 * Leaves to node_modules every package the API installs itself (not `workspace:` ones), and their
 * subpaths; anything else a bare import names (a workspace package and what it imports) is bundled.
 *
 * A CommonJS package is loaded with `require` (through a one-line module the bundle wraps like
 * any CommonJS file, so a default import is `module.exports`, as node's own import gives), not
 * with `import`: node imports CommonJS into ES modules by first parsing the source of every file
 * a package re-exports to find its export names, which doubled the time the API spent loading
 * its dependencies (MikroORM, type-graphql and Apollo re-export hundreds of files). ES module
 * packages stay imports.
 */
function installedPackagesExternal(dependencies: Record<string, string>): Plugin {
  const installed = new Set(
    Object.entries(dependencies)
      .filter(([, version]) => !version.startsWith('workspace:'))
      .map(([name]) => name),
  );
  return {
    name: 'installed-packages-external',
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, ({ path: specifier, kind }) => {
        const [scopeOrName, name] = specifier.split('/');
        if (!installed.has(specifier.startsWith('@') ? `${scopeOrName}/${name}` : (scopeOrName ?? '')))
          return undefined;
        if (kind === 'require-call' || !isCommonJs(specifier)) return { external: true };
        return { path: specifier, namespace: 'commonjs-package' };
      });
      builder.onLoad({ filter: /.*/, namespace: 'commonjs-package' }, ({ path: specifier }) => ({
        contents: `module.exports = require(${JSON.stringify(specifier)});`,
        loader: 'js',
      }));
    },
  };
}

const requireFromApi = createRequire(path.join(API_ROOT, 'package.json'));

/**
 * Whether node loads the file `require(specifier)` resolves to as CommonJS: by its extension, else
 * by the nearest package.json's `type`.
 */
function isCommonJs(specifier: string): boolean {
  const file = requireFromApi.resolve(specifier);
  if (file.endsWith('.cjs')) return true;
  if (file.endsWith('.mjs')) return false;
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest))
      return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type !== 'module';
  }
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildApi();
}
