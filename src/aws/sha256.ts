import { createHash, createHmac, createSecretKey, type Hash, type Hmac } from 'node:crypto';

type SourceData = string | ArrayBuffer | ArrayBufferView;

/**
 * The SDK's SHA-256 for Node (@smithy/core's Sha256Node, its `sha256` setting) with one change:
 * an HMAC key given as bytes reaches createHmac as a KeyObject. The SigV4 signer makes two HMACs a
 * request, keyed by bytes, and four more for each new session; given a Buffer, Node 24 checks it
 * for a KeyObject or CryptoKey at some 20 µs an HMAC, given a KeyObject at once. Same bytes out.
 */
export class Sha256 {
  private hash: Hash | Hmac;
  private readonly isHmac: boolean;
  private finished = false;

  constructor(private readonly secret?: SourceData) {
    this.isHmac = !!secret;
    this.hash = this.create();
  }

  update(data: string | Uint8Array): void {
    if (this.finished) throw new Error('Attempted to update an already finished hash.');
    this.hash.update(data);
  }

  async digest(): Promise<Uint8Array> {
    let buf: Buffer;
    if (this.isHmac) {
      this.finished = true;
      buf = this.hash.digest();
    } else buf = (this.hash as Hash).copy().digest();
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  reset(): void {
    this.hash = this.create();
    this.finished = false;
  }

  private create(): Hash | Hmac {
    return this.secret ? createHmac('sha256', key(this.secret)) : createHash('sha256');
  }
}

function key(secret: SourceData) {
  if (typeof secret === 'string') return secret;
  const bytes = ArrayBuffer.isView(secret)
    ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength)
    : Buffer.from(secret);
  return bytes.length > 0 ? createSecretKey(bytes) : bytes;
}
