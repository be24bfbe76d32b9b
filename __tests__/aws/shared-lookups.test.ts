// The clients of a fan-out (one or more per account) share the first client's lookups of FIPS,
// dual-stack, app id and auth scheme preference, instead of each running the SDK's provider chains.
import { GetUserCommand } from '@aws-sdk/client-iam';
import { afterEach, expect, test } from '@jest/globals';
import { createAgents } from '../../src/aws/clients.js';
import { createIamClient } from '../../src/aws/iam-client.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const client = (agents: ReturnType<typeof createAgents>) =>
  createIamClient({
    region: 'us-east-1',
    env: {},
    agents,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example-secret-key' },
  });

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

/** Where a client's next request would go: the request is stopped before it leaves, its URL read. */
async function destination(iam: ReturnType<typeof client>): Promise<string> {
  iam.middlewareStack.add(
    () => async (args) => {
      const { protocol, hostname, port } = args.request as {
        protocol: string;
        hostname: string;
        port?: number;
      };
      throw new Error(`${protocol}//${hostname}${port ? `:${port}` : ''}`);
    },
    { step: 'finalizeRequest', name: 'stopBeforeSending' },
  );
  const stopped = await iam.send(new GetUserCommand({})).catch((error: Error) => error);
  return (stopped as Error).message;
}

test('clients made with the same agents go to the endpoint the first client found in the environment', async () => {
  process.env.AWS_ENDPOINT_URL_IAM = 'http://127.0.0.1:4599';
  const agents = createAgents({});
  expect(await destination(client(agents))).toBe('http://127.0.0.1:4599');

  process.env.AWS_ENDPOINT_URL_IAM = 'http://127.0.0.1:4600';
  expect(await destination(client(agents))).toBe('http://127.0.0.1:4599');
  expect(await destination(client(createAgents({})))).toBe('http://127.0.0.1:4600');
});

test('where the first client found no endpoint configured, later ones go to the partition default', async () => {
  delete process.env.AWS_ENDPOINT_URL;
  delete process.env.AWS_ENDPOINT_URL_IAM;
  process.env.AWS_CONFIG_FILE = '/nonexistent/config';
  const agents = createAgents({});
  expect(await destination(client(agents))).toBe('https://iam.amazonaws.com');

  process.env.AWS_ENDPOINT_URL_IAM = 'http://127.0.0.1:4601';
  expect(await destination(client(agents))).toBe('https://iam.amazonaws.com');
  expect(await destination(client(createAgents({})))).toBe('http://127.0.0.1:4601');
});
