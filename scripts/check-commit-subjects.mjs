// The commit subject rule of CONTRIBUTING.md: a subject says what changed in at most 72 characters.
//   node scripts/check-commit-subjects.mjs                 every commit since RULE_SINCE (npm run lint)
//   node scripts/check-commit-subjects.mjs --message FILE  one message (the commit-msg hook)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX_SUBJECT = 72;
/** The last commit before the rule was checked; older subjects are history, left as they are. */
const RULE_SINCE = 'b0e2051587e0d2236817aa1214a82e17cad89283';
/** Made on a branch before its hook existed, and merged: history too (73 characters). */
const MERGED_BEFORE_THE_HOOK = new Set(['889ce602e1f88d959d4079b4946289f4bbaa1bd7']);

/** What is wrong with a subject, or undefined when it keeps the rule. */
const subjectProblem = (subject) => {
  if (!subject.trim()) return 'the subject is empty';
  if (subject.length > MAX_SUBJECT) {
    return `the subject has ${subject.length} characters (at most ${MAX_SUBJECT})`;
  }
  return undefined;
};

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' });

const checkMessageFile = (file) => {
  const subject = readFileSync(file, 'utf8').split('\n')[0];
  const problem = subjectProblem(subject);
  if (problem) {
    console.error(`commit-msg: ${problem}:\n  ${subject}`);
    process.exit(1);
  }
};

const checkHistory = () => {
  let range = `${RULE_SINCE}..HEAD`;
  try {
    git('cat-file', '-e', `${RULE_SINCE}^{commit}`);
  } catch {
    // A shallow clone without the rule's first commit: the commit at hand is what can be checked.
    console.error(`commit subjects: ${RULE_SINCE.slice(0, 7)} is not in this clone; checking HEAD`);
    range = '-1';
  }
  const bad = git('log', '--format=%H %s', range)
    .split('\n')
    .filter(Boolean)
    .map((line) => ({
      hash: line.slice(0, line.indexOf(' ')),
      subject: line.slice(line.indexOf(' ') + 1),
    }))
    .filter((commit) => !MERGED_BEFORE_THE_HOOK.has(commit.hash))
    .map((commit) => ({ ...commit, problem: subjectProblem(commit.subject) }))
    .filter((commit) => commit.problem);
  for (const { hash, subject, problem } of bad) {
    console.error(`${hash.slice(0, 7)}: ${problem}:\n  ${subject}`);
  }
  if (bad.length) process.exit(1);
};

const messageIndex = process.argv.indexOf('--message');
if (messageIndex >= 0) checkMessageFile(process.argv[messageIndex + 1]);
else checkHistory();
