/** A piece of a secret this long is still worth hiding: a cut message may end in one. */
const MIN_PIECE = 8;
const BASE = 131;
/** BASE^(MIN_PIECE-1) in 32-bit arithmetic, to drop the oldest character from a rolling hash. */
const BASE_TOP = Array.from({ length: MIN_PIECE - 1 }).reduce<number>(
  (power) => Math.imul(power, BASE),
  1,
);

const HEAD_BITS_SIZE = 1 << 16;
const HEAD_BITS_MASK = HEAD_BITS_SIZE - 1;

function headHash(text: string, from: number): number {
  let hash = 0;
  for (let i = from; i < from + MIN_PIECE; i++)
    hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
  return hash;
}

/**
 * The secrets this run has seen. The runner hides masked values only in the log; the summary,
 * the annotations, the outputs and the report are written by us, so every text passes redact().
 */
export class Redactor {
  /** Secrets by the hash of their first MIN_PIECE characters. */
  private readonly byHead = new Map<number, string[]>();
  /** Those hashes' low bits: most windows of a report are ruled out here, without a Map lookup. */
  private readonly headBits = new Uint8Array(HEAD_BITS_SIZE);
  private readonly short = new Set<string>();

  add(secret: string | undefined): void {
    if (!secret || secret.length < 6) return;
    if (secret.length < MIN_PIECE) {
      this.short.add(secret);
      return;
    }
    const hash = headHash(secret, 0);
    this.headBits[hash & HEAD_BITS_MASK] = 1;
    const list = this.byHead.get(hash) ?? [];
    if (!list.includes(secret)) list.push(secret);
    this.byHead.set(hash, list);
  }

  /**
   * Replaces every secret, and every piece of one that starts like a secret and runs for at least
   * MIN_PIECE characters: a message cut to length before it reached us may end mid-secret. One pass
   * over the text whatever the number of secrets (a rolling hash of each MIN_PIECE window), so a
   * large report of a thousand accounts costs no more than a small one per byte.
   */
  redact(text: string): string {
    let out = this.byHead.size > 0 ? this.redactPieces(text) : text;
    for (const secret of this.short) if (out.includes(secret)) out = out.split(secret).join('***');
    return out;
  }

  private redactPieces(text: string): string {
    if (text.length < MIN_PIECE) return text;
    const parts: string[] = [];
    let from = 0;
    let hash = headHash(text, 0);
    for (let start = 0; start + MIN_PIECE <= text.length;) {
      const end = this.pieceAt(text, start, hash);
      if (end > start) {
        parts.push(text.slice(from, start), '***');
        from = end;
        start = end;
        if (start + MIN_PIECE <= text.length) hash = headHash(text, start);
        continue;
      }
      if (start + MIN_PIECE < text.length) {
        hash =
          (Math.imul(hash - Math.imul(text.charCodeAt(start), BASE_TOP), BASE) +
            text.charCodeAt(start + MIN_PIECE)) |
          0;
      }
      start += 1;
    }
    if (from === 0) return text;
    parts.push(text.slice(from));
    return parts.join('');
  }

  /** Where the longest piece of a secret that starts at `start` ends; `start` where none does. */
  private pieceAt(text: string, start: number, hash: number): number {
    if (this.headBits[hash & HEAD_BITS_MASK] === 0) return start;
    const candidates = this.byHead.get(hash);
    if (!candidates) return start;
    let best = start;
    for (const secret of candidates) {
      let end = start;
      while (end < text.length && end - start < secret.length && text[end] === secret[end - start])
        end++;
      if (end - start >= MIN_PIECE && end > best) best = end;
    }
    return best;
  }
}
