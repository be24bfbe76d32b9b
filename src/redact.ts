/** A piece of a secret this long is still worth hiding: a cut message may end in one. */
const MIN_PIECE = 8;

/**
 * The secrets this run has seen. The runner hides masked values only in the log; the summary,
 * the annotations, the outputs and the report are written by us, so every text passes redact().
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (secret && secret.length >= 6) this.secrets.add(secret);
  }

  /**
   * Replaces every secret, and every piece of one that starts a secret and runs for at least
   * MIN_PIECE characters: a message cut to length before it reached us may end mid-secret.
   */
  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) {
      // includes() first: a large report is copied only where a secret is really in it.
      if (out.includes(secret)) out = out.split(secret).join('***');
      if (secret.length > MIN_PIECE) out = redactPieces(out, secret);
    }
    return out;
  }
}

function redactPieces(text: string, secret: string): string {
  const head = secret.slice(0, MIN_PIECE);
  let at = text.indexOf(head);
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    let end = at + MIN_PIECE;
    while (end < text.length && end - at < secret.length && text[end] === secret[end - at]) end++;
    out += `${text.slice(from, at)}***`;
    from = end;
    at = text.indexOf(head, end);
  }
  return out + text.slice(from);
}
