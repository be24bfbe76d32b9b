import * as core from '@actions/core';
import { run } from './main.js';

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(
    `iam-mfa-audit stopped on an unexpected error: ${message}. Please report it with the debug log (re-run with debug logging).`,
  );
});
