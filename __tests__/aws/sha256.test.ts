// The signer's SHA-256 (src/aws/sha256.ts) must give the SDK's bytes, or every request is refused:
// the same digests and HMACs as the SDK's own, and the same SigV4 signature over a request.
import { describe, expect, test } from '@jest/globals';
import { Sha256 as SdkSha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '../../src/aws/sha256.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

async function both(secret: string | Uint8Array | undefined, data: Array<string | Uint8Array>) {
  const ours = new Sha256(secret);
  const theirs = new SdkSha256(secret);
  for (const piece of data) {
    ours.update(piece);
    theirs.update(piece as Uint8Array); // the SDK passes strings too
  }
  return [hex(await ours.digest()), hex(await theirs.digest())];
}

describe('Sha256 for the SigV4 signer', () => {
  const key = new Uint8Array(Buffer.from('AWS4wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'));
  test.each([
    ['a digest', undefined, ['hello', new Uint8Array([1, 2, 3])]],
    ['an HMAC keyed by a string', 'AWS4secret', ['20261202']],
    ['an HMAC keyed by bytes', key, ['20261202', 'us-east-1']],
    ['an HMAC keyed by a slice of a larger buffer', key.subarray(4, 20), ['iam']],
    ['an empty key, which the SDK takes for a digest', '', ['aws4_request']],
  ])('%s: the SDK’s bytes', async (_, secret, data) => {
    const [ours, theirs] = await both(secret, data);
    expect(ours).toBe(theirs);
  });

  test('a digest may be read, updated and read again; an HMAC read once is finished', async () => {
    const hash = new Sha256();
    hash.update('a');
    const first = hex(await hash.digest());
    hash.update('b');
    expect(hex(await hash.digest())).not.toBe(first);
    const hmac = new Sha256(key);
    hmac.update('a');
    await hmac.digest();
    expect(() => hmac.update('b')).toThrow('already finished');
    hmac.reset();
    hmac.update('a');
    expect(hex(await hmac.digest())).toBe((await both(key, ['a']))[1]);
  });

  test('a request signed with it carries the signature the SDK’s own gives', async () => {
    const request = () =>
      new HttpRequest({
        method: 'POST',
        protocol: 'https:',
        hostname: 'iam.amazonaws.com',
        path: '/',
        headers: { host: 'iam.amazonaws.com', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Action=ListUsers&Version=2010-05-08',
      });
    const signer = (sha256: typeof SdkSha256) =>
      new SignatureV4({
        service: 'iam',
        region: 'us-east-1',
        sha256,
        credentials: {
          accessKeyId: 'ASIAEXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          sessionToken: 'token',
        },
      });
    const signingDate = new Date('2026-12-02T10:00:00Z');
    const ours = await signer(Sha256 as unknown as typeof SdkSha256).sign(request(), {
      signingDate,
    });
    const theirs = await signer(SdkSha256).sign(request(), { signingDate });
    expect(ours.headers.authorization).toMatch(/Signature=[0-9a-f]{64}$/);
    expect(ours.headers.authorization).toBe(theirs.headers.authorization);
  });
});
