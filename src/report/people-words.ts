// How the reports count people in words.

/** "12 IAM users", "1 IAM user". */
export function iamUsers(count: number): string {
  return `${count} IAM user${count === 1 ? '' : 's'}`;
}

/**
 * "12 IAM users have no MFA device, 8 of them can sign in to the console with a password";
 * with `of`, "12 of 40 IAM users …"; `where` follows the users (" in 123456789012 (prod)").
 */
export function failingUsersPhrase(
  failing: number,
  console: number,
  options: { of?: number; where?: string } = {},
): string {
  const verb = failing === 1 ? 'has' : 'have';
  const them = failing === 1 ? 'it can' : `${console === failing ? 'all' : console} of them can`;
  const consolePart = console > 0 ? `, ${them} sign in to the console with a password` : '';
  const who =
    options.of === undefined
      ? iamUsers(failing)
      : `${failing} of ${options.of} IAM user${options.of === 1 ? '' : 's'}`;
  return `${who}${options.where ?? ''} ${verb} no MFA device${consolePart}`;
}
