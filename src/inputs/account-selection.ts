/** Which accounts to audit (inputs `accounts`, `exclude-accounts`, `member-role-name`). */
export interface AccountSelection {
  /** Nothing selected: the credentials' own account, as a single-account run. */
  ownAccountOnly: boolean;
  /** `organization`: every ACTIVE account of the Organization. */
  organization: boolean;
  /** OU ids (`ou-…`) and root ids (`r-…`): every ACTIVE account under them, at any depth. */
  parents: string[];
  /** 12-digit account ids named outright. */
  accountIds: string[];
  exclude: string[];
  /** The role assumed in every account but the first session's own; a path may lead it. */
  memberRoleName: string;
}

const ACCOUNT_ID = /^\d{12}$/;
// Organizations' patterns for root and OU ids.
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
// IAM: an optional path of printable ASCII between slashes, then a role name.
const MEMBER_ROLE = /^(?:[\x21-\x7e]*\/)?[\w+=,.@-]{1,64}$/;
const DEFAULT_MEMBER_ROLE = 'iam-mfa-audit';

function entries(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/**
 * Parses the account inputs, adding a problem per bad entry. The member role defaults to
 * iam-mfa-audit, the role deploy/'s member templates create (never role-to-assume's own name: the
 * hub's role is another role).
 */
export function parseAccountSelection(
  raw: { accounts: string; exclude: string; memberRoleName: string },
  problems: string[],
): AccountSelection {
  const selection: AccountSelection = {
    ownAccountOnly: false,
    organization: false,
    parents: [],
    accountIds: [],
    exclude: [],
    memberRoleName: raw.memberRoleName.trim().replace(/^\/+/, '') || DEFAULT_MEMBER_ROLE,
  };
  for (const entry of new Set(entries(raw.accounts))) {
    if (entry.toLowerCase() === 'organization') selection.organization = true;
    else if (ACCOUNT_ID.test(entry)) selection.accountIds.push(entry);
    else if (ROOT_ID.test(entry) || OU_ID.test(entry)) selection.parents.push(entry);
    else
      problems.push(
        `accounts: "${entry}" is not a 12-digit account id, "organization", an OU id (ou-…) or a root id (r-…)` +
          (/\s/.test(entry) ? '; separate entries with commas or new lines' : '') +
          '.',
      );
  }
  for (const entry of new Set(entries(raw.exclude))) {
    if (ACCOUNT_ID.test(entry)) selection.exclude.push(entry);
    else problems.push(`exclude-accounts: "${entry}" is not a 12-digit account id.`);
  }
  if (!MEMBER_ROLE.test(selection.memberRoleName)) {
    problems.push(
      `member-role-name "${selection.memberRoleName}" is not an IAM role name (1 to 64 of letters, digits and + = , . @ - _, optionally after a path such as audit/).`,
    );
  }
  selection.ownAccountOnly =
    !selection.organization && selection.parents.length === 0 && selection.accountIds.length === 0;
  return selection;
}

/** The selection is a single account (the credentials' own, or one id): a run of it covers all of it. */
export function selectsOneAccount(selection: AccountSelection): boolean {
  return (
    selection.ownAccountOnly ||
    (selection.accountIds.length === 1 && !selection.organization && selection.parents.length === 0)
  );
}
