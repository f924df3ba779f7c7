import { cleanName, nameProblems } from '@orgplane/schema';
import { ValidationFailedError } from '../domain-error.ts';

/**
 * A name people will read (a display name; an organization, workspace, environment or API-key
 * name), cleaned by the shared rules (no control, bidi or zero-width characters, one line) and
 * checked: 1 to 100 characters, no link. Otherwise `VALIDATION_FAILED` at `path`.
 */
export function requireName(input: string, path = 'name'): string {
  const name = cleanName(input);
  const problems = nameProblems(name, path);
  if (problems.length) throw new ValidationFailedError(problems);
  return name;
}
