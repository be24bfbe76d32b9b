import * as core from '@actions/core';
import { parseConfig, type Config } from './inputs/config.js';
import { workflowEvent } from './inputs/context.js';
import { readRawInputs } from './inputs/raw-inputs.js';
import { readTrigger, type Trigger } from './inputs/trigger.js';
import { runAudit } from './modes/audit.js';
import { ConfigurationError } from './runtime/errors.js';
import type { RunDeps } from './runtime/run-deps.js';

const defaultDeps: RunDeps = {
  env: process.env,
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Reads the inputs and picks a mode. Invalid inputs: every report says so, no AWS call. A merge:
 * shard reports → accounts, no AWS call. An audit: credentials → accounts → per account, snapshot →
 * controls → findings. Each mode ends in finish(): exceptions and baseline → outcome → reports and
 * outputs → tracking issue → the step's result.
 */
export async function run(deps: RunDeps = defaultDeps): Promise<void> {
  const raw = readRawInputs();
  let config: Config;
  let trigger: Trigger | undefined;
  try {
    // The YAML parser is loaded only where there are exceptions to read.
    const yaml = raw.exceptions.trim() ? await import('yaml') : undefined;
    config = parseConfig(raw, deps.env, deps.now(), yaml?.parse);
    const event = workflowEvent(deps.env);
    trigger = readTrigger(event.name, event.payload);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const { reportInvalidInputs } = await import('./modes/invalid-inputs.js');
    return reportInvalidInputs(raw, error, deps);
  }
  if (config.githubToken) core.setSecret(config.githubToken);
  for (const [key, value] of Object.entries(config))
    if (key !== 'githubToken') core.debug(`${key}: ${JSON.stringify(value)}`);
  for (const warning of config.exceptionWarnings) core.warning(warning);

  if (config.mergeReports) {
    const { runMerge } = await import('./modes/merge.js');
    return runMerge(config, config.mergeReports, deps);
  }
  return runAudit(config, trigger, deps);
}
