import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTROL_IDS, DEFAULT_CONTROL_IDS, type ControlId, type Partition } from '../model.js';
import { ConfigurationError } from '../runtime/errors.js';
import { partitionOfRegion } from './region.js';
import { parseAccountSelection, type AccountSelection } from './account-selection.js';
import { parseShard, shardName, type Shard } from './shard.js';
import { parseExceptions, utcDay, type ExceptionEntry, type YamlParse } from './exceptions.js';

export const INPUT_NAMES = [
  'role-to-assume',
  'aws-region',
  'audience',
  'role-session-name',
  'role-duration-seconds',
  'controls',
  'assume-root',
  'regions',
  'fail-on',
  'report-path',
  'timeout-seconds',
  'sarif-path',
  'accounts',
  'exclude-accounts',
  'member-role-name',
  'shard',
  'merge-reports',
  'exceptions',
  'baseline-report',
  'tracking-issue',
  'github-token',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];
export type RawInputs = Record<InputName, string>;

export const FAIL_ON_LEVELS = ['critical', 'high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface Config {
  roleToAssume?: string;
  region: string;
  partition: Partition;
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  controls: ControlId[];
  /** Read root's evidence in member accounts through root sessions (sts:AssumeRoot). */
  assumeRoot: boolean;
  /** Regions read for regional controls (Cognito.5); undefined: every enabled region offering the service. */
  regions?: string[];
  failOn: FailOn;
  reportPath: string;
  timeoutSeconds: number;
  /** Empty: no SARIF file. */
  sarifPath?: string;
  /** Which accounts to audit; by default the credentials' own. */
  selection: AccountSelection;
  /** This job audits one slice of the accounts (a matrix job). */
  shard?: Shard;
  /** A glob of shard reports to merge: no AWS call. */
  mergeReports?: string;
  /** Accepted findings (`exceptions`), and what to warn about them. */
  exceptions: ExceptionEntry[];
  exceptionWarnings: string[];
  /** An earlier run's JSON report, resolved from the workspace. */
  baselineReport?: string;
  trackingIssue?: string;
  githubToken: string;
}

const DEFAULTS = {
  'aws-region': 'us-east-1',
  audience: 'sts.amazonaws.com',
  'role-session-name': 'iam-mfa-audit',
  'role-duration-seconds': '900',
  'fail-on': 'critical',
  'timeout-seconds': '600',
} as const;

// IAM's rules: a path of printable ASCII between slashes, a name of 1 to 64 of [\w+=,.@-].
const ROLE_ARN =
  /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]{1,64})$/;
// STS's rule for RoleSessionName.
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const MIN_DURATION = 900;
const MAX_DURATION = 43200;
// GitHub ends a job after 6 hours.
const MAX_TIMEOUT = 21600;

/** Turns the raw inputs into a Config, or throws one ConfigurationError naming every bad input. */
export function parseConfig(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  now: number = Date.now(),
  parseYaml: YamlParse = noYamlParser,
): Config {
  const problems: string[] = [];
  const value = (name: InputName): string =>
    raw[name].trim() || (DEFAULTS as Record<string, string>)[name] || '';

  const region = value('aws-region');
  const partition = partitionOfRegion(region);
  if (!partition) {
    problems.push(
      `aws-region "${region}" is not an AWS region of the aws, aws-us-gov or aws-cn partitions (for example us-east-1, us-gov-west-1, cn-north-1).`,
    );
  }

  const roleToAssume = value('role-to-assume') || undefined;
  if (roleToAssume) {
    const match = ROLE_ARN.exec(roleToAssume);
    if (!match) {
      problems.push(
        `role-to-assume "${roleToAssume}" is not an IAM role ARN; expected arn:aws:iam::<12-digit account id>:role/<role name>.`,
      );
    } else if (partition && match[1] !== partition) {
      problems.push(
        `role-to-assume is in partition ${match[1]} but aws-region "${region}" is in ${partition}; set aws-region to a region of ${match[1]}.`,
      );
    }
  }

  const audience = value('audience');
  if (/\s/.test(audience)) problems.push(`audience "${audience}" must not contain white space.`);

  const roleSessionName = value('role-session-name');
  if (!SESSION_NAME.test(roleSessionName)) {
    problems.push(
      `role-session-name ${JSON.stringify(roleSessionName)} must be 2 to 64 characters of letters, digits and + = , . @ - _ (STS's rule).`,
    );
  }

  const durationText = value('role-duration-seconds');
  const roleDurationSeconds = Number(durationText);
  if (
    !/^\d+$/.test(durationText) ||
    roleDurationSeconds < MIN_DURATION ||
    roleDurationSeconds > MAX_DURATION
  ) {
    problems.push(
      `role-duration-seconds "${durationText}" must be a whole number from ${MIN_DURATION} to ${MAX_DURATION}.`,
    );
  }

  const timeoutText = value('timeout-seconds');
  const timeoutSeconds = Number(timeoutText);
  if (!/^\d+$/.test(timeoutText) || timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT) {
    problems.push(
      `timeout-seconds "${timeoutText}" must be a whole number from 1 to ${MAX_TIMEOUT}.`,
    );
  }

  const controls = parseControls(raw.controls, problems);
  const assumeRoot = parseBoolean('assume-root', raw['assume-root'], false, problems);
  const regions = parseRegions(raw.regions, partition, problems);

  const failOn = value('fail-on');
  if (!(FAIL_ON_LEVELS as readonly string[]).includes(failOn)) {
    problems.push(`fail-on "${failOn}" must be one of ${FAIL_ON_LEVELS.join(', ')}.`);
  }

  const paths = outputPaths(raw, env);
  problems.push(...paths.problems);
  const { reportPath, sarifPath } = paths;

  const selection = parseAccountSelection(
    {
      accounts: raw.accounts,
      exclude: raw['exclude-accounts'],
      memberRoleName: raw['member-role-name'],
    },
    problems,
  );

  const shard = parseShard(raw.shard, problems);
  const mergeReports = raw['merge-reports'].trim() || undefined;
  if (shard && mergeReports) {
    problems.push(
      'shard and merge-reports cannot be used together: the shards audit, one final job merges.',
    );
  }
  const exceptions = parseExceptions(raw.exceptions, utcDay(now), parseYaml);
  problems.push(...exceptions.problems);
  const baselineInput = raw['baseline-report'].trim();
  const trackingIssue = raw['tracking-issue'].trim() || undefined;
  if (trackingIssue && trackingIssue.length > 256)
    problems.push('tracking-issue is an issue title: at most 256 characters.');

  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    roleToAssume,
    region,
    partition: partition as Partition,
    audience,
    roleSessionName,
    roleDurationSeconds,
    controls,
    assumeRoot,
    regions,
    failOn: failOn as FailOn,
    reportPath,
    timeoutSeconds,
    sarifPath,
    selection,
    shard,
    mergeReports,
    exceptions: exceptions.entries,
    exceptionWarnings: exceptions.warnings,
    baselineReport: baselineInput
      ? path.resolve(env.GITHUB_WORKSPACE || process.cwd(), baselineInput)
      : undefined,
    trackingIssue,
    githubToken: raw['github-token'].trim(),
  };
}

export interface OutputPaths {
  reportPath: string;
  /** Undefined: no SARIF file (none asked for, or sarif-path is invalid). */
  sarifPath?: string;
  problems: string[];
  /** report-path was invalid, so reportPath is the default. */
  reportPathFellBack: boolean;
}

/**
 * Where the JSON report and the SARIF file go, read on their own: with any input invalid, the
 * reports are still written, and an invalid report-path falls back to the default.
 */
export function outputPaths(
  raw: Pick<RawInputs, 'report-path' | 'sarif-path' | 'shard'>,
  env: NodeJS.ProcessEnv,
): OutputPaths {
  const problems: string[] = [];
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  // A shard's default name carries the shard, so that shards never collide. Outside a runner, the
  // system's temporary folder, never the checkout (a local run must not leave a file in the repo).
  const defaultReport = path.join(
    env.RUNNER_TEMP || tmpdir(),
    `${shardName(parseShard(raw.shard, []))}.json`,
  );
  const reportInput = raw['report-path'].trim();
  const reportProblem = reportInput ? filePathProblem('report-path', reportInput) : undefined;
  if (reportProblem) {
    problems.push(`${reportProblem} The JSON report was written to the default, ${defaultReport}.`);
  }
  const reportPath =
    reportInput && !reportProblem ? path.resolve(workspace, reportInput) : defaultReport;

  const sarifInput = raw['sarif-path'].trim();
  const sarifProblem = sarifInput
    ? (filePathProblem('sarif-path', sarifInput) ??
      (path.resolve(workspace, sarifInput) === reportPath
        ? `sarif-path "${sarifInput}" is the JSON report's path; give each its own file.`
        : undefined))
    : undefined;
  if (sarifProblem) problems.push(sarifProblem);
  const sarifPath = sarifInput && !sarifProblem ? path.resolve(workspace, sarifInput) : undefined;
  return { reportPath, sarifPath, problems, reportPathFellBack: Boolean(reportProblem) };
}

function filePathProblem(name: InputName, value: string): string | undefined {
  if (/[\0\r\n]/.test(value)) {
    return `${name} ${JSON.stringify(value)} must be one file path, on one line.`;
  }
  if (/[\\/]$/.test(value) || value === '.' || value === '..') {
    return `${name} "${value}" names a folder, not a file; give a file name (for example ${value.replace(/[\\/]?$/, '/')}iam-mfa-audit.${name === 'sarif-path' ? 'sarif' : 'json'}).`;
  }
  return undefined;
}

function parseControls(text: string, problems: string[]): ControlId[] {
  const ids = text
    .split(/[,\n]/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  if (ids.length === 0) return [...DEFAULT_CONTROL_IDS];
  if (ids.length === 1 && ids[0]?.toLowerCase() === 'all') return [...CONTROL_IDS];
  const chosen = new Set<ControlId>();
  for (const id of ids) {
    if ((CONTROL_IDS as readonly string[]).includes(id)) {
      chosen.add(id as ControlId);
      continue;
    }
    const near = CONTROL_IDS.find(
      (known) => known.toLowerCase() === id.toLowerCase().replace('-', '.'),
    );
    const separated = /[\s;]/.test(id)
      ? ' Separate control ids with commas or new lines (for example `IAM.9, IAM.6`), not spaces or semicolons.'
      : '';
    problems.push(
      `controls: "${id}" is not a control this action decides` +
        (near ? ` (did you mean ${near}?)` : '') +
        `; known controls: ${CONTROL_IDS.join(', ')} (or all, alone).${separated}`,
    );
  }
  // Keep the order people read them in, whatever order they were given.
  return CONTROL_IDS.filter((id) => chosen.has(id));
}

const REGION_NAME = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

/** The `regions` input: region names of aws-region's partition, each once; empty: the default. */
function parseRegions(
  text: string,
  partition: Partition | undefined,
  problems: string[],
): string[] | undefined {
  const names = [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((name) => name.trim())
        .filter((name) => name.length > 0),
    ),
  ];
  if (names.length === 0) return undefined;
  for (const name of names) {
    if (!REGION_NAME.test(name)) {
      problems.push(
        `regions: "${name}" is not an AWS region name (for example eu-west-1); separate regions with commas or new lines.`,
      );
    } else if (partition && partitionOfRegion(name) !== partition) {
      problems.push(
        `regions: "${name}" is not a region of partition ${partition} (aws-region's); the credentials work only there.`,
      );
    }
  }
  return names;
}

/** `true` or `false` (any case, as YAML 1.2's core schema writes them); empty: the default. */
function parseBoolean(
  name: InputName,
  text: string,
  fallback: boolean,
  problems: string[],
): boolean {
  const value = text.trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  problems.push(`${name} ${JSON.stringify(text.trim())} must be true or false.`);
  return fallback;
}

/** parseConfig without a YAML parser: only right where there are no exceptions to read. */
function noYamlParser(): never {
  throw new Error('exceptions were given, but parseConfig was not given a YAML parser');
}
