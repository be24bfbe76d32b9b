// GetAccountSummary as AWS sends it: the SDK reads "" as 0 and "true" as NaN; neither is a count.
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  rawSummaryValues,
  readAccountSummary,
  summaryFacts,
} from '../../src/aws/account-summary.js';
import { createIamClient } from '../../src/aws/iam-client.js';
import { compliantAccount } from '../fake-aws/account.js';
import { startFakeAws, type FakeAws } from '../fake-aws/server.js';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function readWith(summaryValues: Record<string, string>) {
  const account = compliantAccount();
  account.root.summaryValues = summaryValues;
  await fake?.close();
  fake = await startFakeAws(account);
  // The SDK reads AWS_ENDPOINT_URL from the process, as snapshot.test.ts does.
  process.env.AWS_ENDPOINT_URL = fake.url;
  const iam = createIamClient({ region: 'us-east-1', env: {}, credentials: fake.ambient });
  return readAccountSummary(iam);
}

describe('readAccountSummary against the fake IAM', () => {
  test('whole numbers are read as they are', async () => {
    expect(
      await readWith({
        AccountMFAEnabled: '1',
        AccountPasswordPresent: '1',
        AccountAccessKeysPresent: '0',
      }),
    ).toEqual({ accountMfaEnabled: 1, accountPasswordPresent: 1, accountAccessKeysPresent: 0 });
  });

  test('an empty value, which the SDK reads as 0, is malformed, never 0', async () => {
    const facts = await readWith({ AccountAccessKeysPresent: '', AccountPasswordPresent: '' });
    expect(facts.accountAccessKeysPresent).toBeUndefined();
    expect(facts.accountPasswordPresent).toBeUndefined();
    expect(facts.malformed).toEqual({ AccountAccessKeysPresent: '', AccountPasswordPresent: '' });
    expect(facts.accountMfaEnabled).toBe(1);
  });

  test('true, abc, -1 and 1.5 are malformed', async () => {
    const facts = await readWith({
      AccountMFAEnabled: 'true',
      AccountPasswordPresent: '-1',
      AccountAccessKeysPresent: '1.5',
    });
    expect(facts).toEqual({
      malformed: {
        AccountMFAEnabled: 'true',
        AccountPasswordPresent: '-1',
        AccountAccessKeysPresent: '1.5',
      },
    });
    expect((await readWith({ AccountMFAEnabled: 'abc' })).malformed).toEqual({
      AccountMFAEnabled: 'abc',
    });
  });
});

test('each read of one client sees its own body, though the client caches its handlers', async () => {
  const account = compliantAccount();
  account.root.summaryValues = { AccountMFAEnabled: '1', AccountPasswordPresent: '1' };
  fake = await startFakeAws(account);
  process.env.AWS_ENDPOINT_URL = fake.url;
  const iam = createIamClient({ region: 'us-east-1', env: {}, credentials: fake.ambient });
  expect(iam.config.cacheMiddleware).toBe(true);
  expect(await readAccountSummary(iam)).toEqual({
    accountMfaEnabled: 1,
    accountPasswordPresent: 1,
    accountAccessKeysPresent: 0,
  });

  account.root.summaryValues = { AccountMFAEnabled: '', AccountPasswordPresent: '0' };
  const [second, third] = await Promise.all([readAccountSummary(iam), readAccountSummary(iam)]);
  for (const facts of [second, third])
    expect(facts).toEqual({
      accountPasswordPresent: 0,
      accountAccessKeysPresent: 0,
      malformed: { AccountMFAEnabled: '' },
    });
});

describe('summaryFacts and rawSummaryValues', () => {
  test('entries with whitespace and either order of key and value', () => {
    const raw = rawSummaryValues(
      '<SummaryMap><entry>\n  <key>AccountMFAEnabled</key>\n  <value>1</value>\n</entry><entry><value/><key>AccountAccessKeysPresent</key></entry></SummaryMap>',
    );
    expect(raw.get('AccountMFAEnabled')).toBe('1');
    expect(raw.get('AccountAccessKeysPresent')).toBe('');
  });

  test('a parsed value with no raw value beside it is not trusted', () => {
    expect(summaryFacts({ AccountMFAEnabled: 1 }, new Map())).toEqual({
      malformed: { AccountMFAEnabled: '1' },
    });
    expect(summaryFacts({}, new Map())).toEqual({});
  });
});
