/** A mistake in the workflow's inputs: the message says what to change. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    this.name = 'ConfigurationError';
  }
}

/** Credentials could not be had; the message names the fix (permissions, trust policy, role). */
export class CredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialsError';
  }
}
