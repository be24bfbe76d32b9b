import { createHash, createHmac, createSecretKey, type Hash, type Hmac } from 'node:crypto';
import type { Checksum, SourceData } from '@aws-sdk/types';

/**
 * The SHA-256 and HMAC-SHA256 the SDK signs every request with (the clients' `sha256` setting),
 * as the SDK's own Sha256Node computes them, but with a byte key given to Node as a KeyObject.
 * Node 24 checks a Buffer key against every key kind it knows before it uses it: 12 µs an HMAC,
 * against 3 µs through createSecretKey; SigV4 keys its signature with bytes on every request, and
 * a fan-out over 1,000 accounts signs some 11,000 (docs/performance.md).
 */
export class RequestSha256 implements Checksum {
  readonly digestLength = 32;
  private hash: Hash | Hmac;
  private finished = false;
  private readonly key: string | Buffer | ReturnType<typeof createSecretKey> | undefined;

  constructor(secret?: SourceData) {
    this.key =
      secret === undefined || (typeof secret === 'string' && secret.length === 0)
        ? undefined
        : typeof secret === 'string'
          ? secret
          : keyOf(bytesOf(secret));
    this.hash = this.start();
  }

  update(data: Uint8Array): void {
    if (this.finished) throw new Error('Attempted to update an already finished hash.');
    this.hash.update(data);
  }

  async digest(): Promise<Uint8Array> {
    let out: Buffer;
    if (this.key !== undefined) {
      this.finished = true;
      out = this.hash.digest();
    } else {
      // A plain hash may be read and updated again, as the SDK's is.
      out = (this.hash as Hash).copy().digest();
    }
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  reset(): void {
    this.hash = this.start();
    this.finished = false;
  }

  private start(): Hash | Hmac {
    return this.key !== undefined ? createHmac('sha256', this.key) : createHash('sha256');
  }
}

/** An empty key (no SDK path signs with one) stays bytes: a KeyObject cannot be empty. */
function keyOf(bytes: Buffer): Buffer | ReturnType<typeof createSecretKey> {
  return bytes.length > 0 ? createSecretKey(bytes) : bytes;
}

function bytesOf(data: ArrayBuffer | ArrayBufferView): Buffer {
  return ArrayBuffer.isView(data)
    ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    : Buffer.from(data);
}
