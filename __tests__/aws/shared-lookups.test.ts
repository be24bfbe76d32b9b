// The clients of a fan-out (one or more per account) share the first client's lookups of FIPS,
// dual-stack, app id and auth scheme preference, instead of each running the SDK's provider chains.
import { afterEach, expect, test } from '@jest/globals';
import { createAgents } from '../../src/aws/clients.js';
import { createIamClient } from '../../src/aws/iam-client.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const client = (agents: ReturnType<typeof createAgents>) =>
  createIamClient({ region: 'us-east-1', env: {}, agents });

test('clients made with the same agents answer as the first client looked up; others look again', async () => {
  // The SDK reads these from the process's environment (and the AWS config files).
  process.env.AWS_USE_DUALSTACK_ENDPOINT = 'true';
  process.env.AWS_SDK_UA_APP_ID = 'nightly-audit';
  const agents = createAgents({});
  const first = client(agents);
  expect(await first.config.useDualstackEndpoint()).toBe(true);
  expect(await first.config.userAgentAppId()).toBe('nightly-audit');

  delete process.env.AWS_USE_DUALSTACK_ENDPOINT;
  delete process.env.AWS_SDK_UA_APP_ID;
  const later = client(agents);
  expect(await later.config.useDualstackEndpoint()).toBe(true);
  expect(await later.config.userAgentAppId()).toBe('nightly-audit');
  expect(await later.config.useFipsEndpoint()).toBe(await first.config.useFipsEndpoint());

  // Another run's agents: the environment is read afresh.
  const elsewhere = client(createAgents({}));
  expect(await elsewhere.config.useDualstackEndpoint()).toBe(false);
  expect(await elsewhere.config.userAgentAppId()).toBeUndefined();
  for (const agent of [agents.http, agents.https]) agent.destroy();
});
