// The clients of a run that share agents look FIPS, dual-stack, the app id and the auth scheme
// preference up once: later clients reuse the first one's (memoized) answers.
import { describe, expect, test } from '@jest/globals';
import { createAgents } from '../../src/aws/clients.js';
import { createIamClient } from '../../src/aws/iam-client.js';

describe('sharedLookups', () => {
  test('a second IAM client of the run reuses the first one’s lookups, and finds the same', async () => {
    const env = { AWS_USE_FIPS_ENDPOINT: 'true' };
    const agents = createAgents(env);
    const before = process.env.AWS_USE_FIPS_ENDPOINT;
    process.env.AWS_USE_FIPS_ENDPOINT = 'true';
    try {
      const first = createIamClient({ region: 'us-east-1', env, agents });
      const second = createIamClient({ region: 'us-east-1', env, agents });
      const alone = createIamClient({ region: 'us-east-1', env, agents: createAgents(env) });
      expect(await second.config.useFipsEndpoint()).toBe(true);
      expect(await alone.config.useFipsEndpoint()).toBe(true);
      expect(agents.lookedUp?.get('iam')?.useFipsEndpoint).toBeDefined();
      expect(await first.config.useDualstackEndpoint()).toBe(
        await second.config.useDualstackEndpoint(),
      );
    } finally {
      if (before === undefined) delete process.env.AWS_USE_FIPS_ENDPOINT;
      else process.env.AWS_USE_FIPS_ENDPOINT = before;
      agents.http.destroy();
      agents.https.destroy();
    }
  });
});
