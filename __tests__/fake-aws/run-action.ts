// Runs dist/index.js as the GitHub runner does: INPUT_* variables, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, RUNNER_TEMP, the OIDC request variables, and AWS_ENDPOINT_URL at the fake.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeAws } from './server.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE = path.join(ROOT, 'dist/index.js');
export const DEFAULT_ROLE = 'arn:aws:iam::111122223333:role/iam-mfa-audit';

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  report: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  reportText: string;
  annotations: Array<{ level: string; title: string; message: string }>;
  failure?: string;
  tempDir: string;
  /** Date.now() just before the process was spawned. */
  startedAt: number;
  elapsedMs: number;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Variables to add; a value of undefined removes one the harness would set. */
  env?: Record<string, string | undefined>;
  /** Node binary; defaults to the one running the tests. */
  node?: string;
  /** A run that outlives this is killed as a hang (default 90 s; the bench's slow comparisons need more). */
  killAfterMs?: number;
  /** Use the fake's ambient credentials instead of OIDC. */
  ambient?: boolean;
  /** Arguments for node before the bundle (the benchmark's peak-memory hook). */
  nodeArgs?: string[];
  /** Another build of the action (the benchmark's "before"); default dist/index.js. */
  bundle?: string;
}

export async function runAction(fake: FakeAws, options: RunOptions = {}): Promise<ActionRun> {
  const tempDir = await mkdtemp(path.join(tmpdir(), 'iam-mfa-audit-'));
  const outputFile = path.join(tempDir, 'output.txt');
  const summaryFile = path.join(tempDir, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const inputs: Record<string, string> = options.ambient
    ? { ...options.inputs }
    : { 'role-to-assume': DEFAULT_ROLE, ...options.inputs };
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: tempDir,
    RUNNER_TEMP: tempDir,
    GITHUB_WORKSPACE: tempDir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_ACTIONS: 'true',
    // Step debug logging on: secrets must stay hidden in ::debug:: lines too.
    RUNNER_DEBUG: '1',
    AWS_ENDPOINT_URL: fake.url,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...(options.ambient
      ? {
          AWS_ACCESS_KEY_ID: fake.ambient.accessKeyId,
          AWS_SECRET_ACCESS_KEY: fake.ambient.secretAccessKey,
          AWS_SESSION_TOKEN: fake.ambient.sessionToken,
        }
      : {
          ACTIONS_ID_TOKEN_REQUEST_URL: fake.oidcRequestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: fake.oidcRequestToken,
        }),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, options.env);
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];

  const started = Date.now();
  // A run that outlives this is a hang: kill it so that the test fails instead of waiting.
  const child = spawn(
    options.node ?? process.execPath,
    [...(options.nodeArgs ?? []), options.bundle ?? BUNDLE],
    {
      env: env as NodeJS.ProcessEnv,
      cwd: tempDir,
      timeout: options.killAfterMs ?? 90_000,
      killSignal: 'SIGKILL',
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code) => resolve(code ?? -1)),
  );
  const elapsedMs = Date.now() - started;

  const outputs = parseOutputs(await readFile(outputFile, 'utf8'));
  const summary = await readFile(summaryFile, 'utf8');
  const reportPath = outputs['report-path'];
  const reportText = reportPath ? await readFile(reportPath, 'utf8').catch(() => '') : '';
  const annotations = [...stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)].map(
    (m) => ({
      level: m[1] as string,
      title: decodeURIComponent((/title=([^,]*)/.exec(m[2] ?? '')?.[1] ?? '').replace(/%2C/g, ',')),
      message: (m[3] ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
    }),
  );
  const failure = annotations.find((a) => a.level === 'error' && !a.title)?.message;
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    report: reportText ? JSON.parse(reportText) : undefined,
    reportText,
    annotations: annotations.filter((a) => a.title),
    failure,
    tempDir,
    startedAt: started,
    elapsedMs,
  };
}

/** GITHUB_OUTPUT's heredoc format: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] as string);
    outputs[match[1] as string] = value.join('\n');
  }
  return outputs;
}
