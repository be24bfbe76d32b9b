/**
 * The secrets this run has seen. The runner hides masked values only in the log; the summary,
 * the annotations, the outputs and the report are written by us, so every text passes redact().
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (secret && secret.length >= 6) this.secrets.add(secret);
  }

  redact(text: string): string {
    let out = text;
    // includes() first: a large report is copied only where a secret is really in it.
    for (const secret of this.secrets)
      if (out.includes(secret)) out = out.split(secret).join('***');
    return out;
  }
}
