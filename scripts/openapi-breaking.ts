// `npm run openapi:breaking`: fails when openapi/openapi.json breaks a client generated from a spec committed
// earlier under the same major version. Raise the major version in package.json (info.version follows it)
// to make a breaking change on purpose.
//
// The rule: the working openapi/openapi.json must not break any earlier committed version of itself whose
// info.version has the same major. "Earlier committed versions" are the distinct contents of the file in the
// commits reachable from HEAD that changed it. Comparing with all of them, not only the previous one, covers
// a submission of several commits (a break in the first is not hidden by an additive second), and gives the
// same answer in CI (a fresh clone, working tree = HEAD) as before a commit (working tree ahead of HEAD).
// Without git history (not a repository, a shallow clone of one commit, a new file) it says so and passes.
//
// What counts as breaking, and what is not checked: scripts/breaking-changes.ts.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatChange, judge, type SpecVersion } from './breaking-changes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SPEC = 'openapi/openapi.json';

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Each distinct committed content of the spec, newest first; null when there is no git history to read. */
function committedVersions(working: string): SpecVersion[] | null {
  let commits: string[];
  try {
    commits = git('log', '--format=%H %s', '--', SPEC).split('\n').filter(Boolean);
  } catch {
    return null;
  }
  const seen = new Set([working]);
  const versions: SpecVersion[] = [];
  for (const line of commits) {
    const commit = line.slice(0, 40);
    let text: string;
    try {
      text = git('show', `${commit}:${SPEC}`);
    } catch {
      continue; // the commit deleted the file
    }
    if (seen.has(text)) continue;
    seen.add(text);
    versions.push({ label: `${commit.slice(0, 7)} (${line.slice(41)})`, document: JSON.parse(text) });
  }
  return versions;
}

const working = await readFile(new URL(`../${SPEC}`, import.meta.url), 'utf8');
const versions = committedVersions(working);
if (versions === null || versions.length === 0) {
  console.log(`No earlier committed ${SPEC} to compare with (no git history here): nothing can break yet.`);
  process.exit(0);
}

const verdict = judge(JSON.parse(working), versions);
for (const { against, changes } of verdict.allowed) {
  console.log(`Breaking changes against ${against}, allowed because the major version was raised:`);
  for (const change of changes) console.log(`  ${formatChange(change)}`);
}
if (verdict.breaking.length > 0) {
  for (const { against, changes } of verdict.breaking) {
    console.error(`Breaking changes against ${against}:`);
    for (const change of changes) console.error(`  ${formatChange(change)}`);
  }
  console.error('Keep the old shape (add, do not remove or require), or raise the major version in package.json.');
  process.exit(1);
}
const allowed = verdict.allowed.length > 0 ? ', other than those the raised major version allows' : '';
console.log(`${SPEC}: no breaking change against ${versions.length} earlier committed version(s)${allowed}.`);
