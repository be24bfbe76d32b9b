import * as core from '@actions/core';
import { finish } from '../finish.js';
import type { Config } from '../inputs/config.js';
import { runInfo } from '../inputs/context.js';
import { mergeShardReports } from '../merge/merge-shards.js';
import { Deadline } from '../runtime/deadline.js';
import { collectBeforeHeapDoubles } from '../runtime/heap-settings.js';
import { Redactor } from '../runtime/redact.js';
import type { RunDeps } from '../runtime/run-deps.js';
import { actionsLog } from './actions-log.js';

/** The shards' reports → one summary, annotations, outputs, SARIF and JSON report; no AWS call. */
export async function runMerge(config: Config, pattern: string, deps: RunDeps): Promise<void> {
  const workspace = deps.env.GITHUB_WORKSPACE || process.cwd();
  const deadline = new Deadline(config.timeoutSeconds, deps.now);
  const merged = await core.group('Merging shard reports', async () => {
    collectBeforeHeapDoubles();
    const result = await mergeShardReports(pattern, workspace, runInfo(deps.env));
    core.info(`${result.files} report(s), ${result.accounts.length} account(s).`);
    for (const problem of result.problems) core.error(problem, { title: 'Merging shard reports' });
    return result;
  });
  await finish(
    config,
    {
      accounts: merged.accounts,
      rootCredentialsManagement: merged.rootCredentialsManagement,
      runProblems: merged.problems,
      controls: merged.controls,
      partOf: merged.partOf,
      deadline,
    },
    new Redactor(),
    deps,
    actionsLog,
  );
}
