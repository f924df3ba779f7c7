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
import { readFile } from 'node:fs/promises';
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

/** Builds the API into `outDir` (default `dist/` beside `src/`); resolves when written. */
export async function buildApi(outDir = path.join(API_ROOT, 'dist')): Promise<void> {
  const manifest = JSON.parse(await readFile(path.join(API_ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  await build({
    absWorkingDir: API_ROOT,
    entryPoints: ENTRIES,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    tsconfig: path.join(API_ROOT, 'tsconfig.json'),
    plugins: [installedPackagesExternal(manifest.dependencies)],
    sourcemap: true,
    // The API's own stack traces point at src/ with node's --enable-source-maps.
    sourcesContent: false,
    logLevel: 'warning',
  });
}

/**
 * Leaves to node_modules every package the API installs itself (not `workspace:` ones), and their
 * subpaths; anything else a bare import names (a workspace package and what it imports) is bundled.
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
      builder.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) => {
        const parts = specifier.split('/');
        const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
        return name && installed.has(name) ? { external: true } : undefined;
      });
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildApi();
}
