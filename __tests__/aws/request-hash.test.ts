// The clients sign with RequestSha256 instead of the SDK's Sha256: every digest, and so every
// SigV4 signature, must be the SDK's own, byte for byte.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import { RequestSha256 } from '../../src/aws/request-hash.js';
import { clientSettings } from '../../src/aws/clients.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('RequestSha256 computes what the SDK computes', () => {
  const keys: Array<[string, string | Uint8Array | undefined]> = [
    ['no key (SHA-256)', undefined],
    ['an empty string key (SHA-256, as the SDK reads it)', ''],
    ['a string key', 'AWS4wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a byte key', Uint8Array.from({ length: 32 }, (_, i) => (i * 37) % 256)],
    [
      'a byte key that is a view into a larger buffer',
      new Uint8Array(Buffer.alloc(64, 9).buffer, 8, 32),
    ],
  ];
  for (const [label, key] of keys)
    test(label, async () => {
      const ours = new RequestSha256(key);
      const sdk = new Sha256(key);
      for (const piece of ['GET\n/\nAction=ListUsers', '&Version=2010-05-08', '']) {
        ours.update(utf8(piece));
        sdk.update(utf8(piece));
      }
      const digest = hex(await ours.digest());
      expect(digest).toBe(hex(await sdk.digest()));
      const whole = 'GET\n/\nAction=ListUsers&Version=2010-05-08';
      expect(digest).toBe(
        key === undefined || key === ''
          ? createHash('sha256').update(whole).digest('hex')
          : createHmac('sha256', typeof key === 'string' ? key : Buffer.from(key))
              .update(whole)
              .digest('hex'),
      );
    });

  test('reset starts again; an HMAC read once cannot be updated, a plain hash can', async () => {
    const hmac = new RequestSha256('secret-key');
    hmac.update(utf8('one'));
    await hmac.digest();
    expect(() => hmac.update(utf8('two'))).toThrow(/already finished/);
    hmac.reset();
    hmac.update(utf8('two'));
    expect(hex(await hmac.digest())).toBe(
      createHmac('sha256', 'secret-key').update('two').digest('hex'),
    );

    const plain = new RequestSha256();
    plain.update(utf8('one'));
    const first = hex(await plain.digest());
    plain.update(utf8('two'));
    expect(first).toBe(createHash('sha256').update('one').digest('hex'));
    expect(hex(await plain.digest())).toBe(createHash('sha256').update('onetwo').digest('hex'));
  });
});

test("a request signed with the clients' hash carries the SDK's own SigV4 signature", async () => {
  const credentials = {
    accessKeyId: 'ASIAEXAMPLEEXAMPLE01',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    sessionToken: 'FwoGZXIvYXdzEXAMPLE-session-token',
  };
  const signer = (sha256: typeof Sha256 | typeof RequestSha256) =>
    new SignatureV4({ credentials, region: 'us-east-1', service: 'iam', sha256 });
  const request = () => ({
    method: 'POST',
    protocol: 'https:',
    hostname: 'iam.amazonaws.com',
    path: '/',
    headers: {
      host: 'iam.amazonaws.com',
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    },
    body: 'Action=ListUsers&Version=2010-05-08',
  });
  const signingDate = new Date('2026-12-02T12:00:00Z');
  // Twice each: the second signature comes from the signing key each signer has cached.
  for (let i = 0; i < 2; i++) {
    const ours = await signer(RequestSha256).sign(request(), { signingDate });
    const sdk = await signer(Sha256).sign(request(), { signingDate });
    expect(ours.headers.authorization).toBe(sdk.headers.authorization);
    expect(ours.headers.authorization).toMatch(/Signature=[0-9a-f]{64}$/);
  }
  // The clients are built with it.
  expect(clientSettings({ region: 'us-east-1', env: {} }).sha256).toBe(RequestSha256);
});
