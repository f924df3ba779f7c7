// Regenerates schema.graphql, the typed documents and the permissions table, and fails if
// anything changed: the committed generated files must match their sources.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const GENERATED = [
  'packages/schema/schema.graphql',
  'packages/schema/src/generated',
  'packages/api/test/generated',
  'docs/permissions.md',
];

function snapshot() {
  const files = new Map();
  const visit = (file) => {
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) for (const entry of readdirSync(file)) visit(path.join(file, entry));
    else files.set(file, readFileSync(file, 'utf8'));
  };
  GENERATED.forEach(visit);
  return files;
}

const before = snapshot();
execSync('pnpm generate', { stdio: ['ignore', 'ignore', 'inherit'] });
const after = snapshot();

const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
  (file) => before.get(file) !== after.get(file),
);
if (changed.length > 0) {
  console.error(
    `Generated files were out of date (now regenerated; review and commit them):\n  ${changed.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('Generated files are up to date.');
