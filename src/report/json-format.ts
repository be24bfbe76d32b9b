// What the JSON report's writer and its readers (the merge, the baseline) agree on.

/** The `tool.name` of every report this action writes. */
export const TOOL_NAME = 'iam-mfa-audit';

/**
 * The shape the writer writes now. 1: accounts[] with their findings. 2: each account has its
 * `status` (audited, not-judged, skipped); a skipped account has no findings, so readers must not
 * take it for a clean one. 3: `sinceBaseline` entries say `was` and `now` (never `status`), new
 * ones point at their finding, and `unknownNow` lists what could not be compared; a shard records
 * the selection it sliced (`shard.selection`) and the run's attempt (`run.attempt`). 4: a finding's
 * `resourceType` may be `AwsCognitoUserPool` (Cognito.5: the pool's ARN, or a region's
 * `arn:…:cognito-idp:REGION:ACCOUNT:userpool/*` where it could not be read).
 */
export const SCHEMA_VERSION = 4;

/** The oldest shape still read as a baseline; raise it only when an old shape cannot be read. */
const OLDEST_READ_SCHEMA_VERSION = 1;

/** Every shape a reader accepts: from the oldest still read to the writer's own, so they cannot drift apart. */
export const READ_SCHEMA_VERSIONS: readonly number[] = Array.from(
  { length: SCHEMA_VERSION - OLDEST_READ_SCHEMA_VERSION + 1 },
  (_, i) => OLDEST_READ_SCHEMA_VERSION + i,
);
