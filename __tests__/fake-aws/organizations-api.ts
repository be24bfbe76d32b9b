// AWS Organizations' answers (AWS JSON 1.1 bodies) for the fake: the organization's tree, account
// states, pages of at most 20 with opaque NextTokens, empty pages, and paging faults.
import type { PagingFaultKind } from './account.js';
import type { FakeMember, FakeOrganization } from './organization.js';

export const ORGANIZATIONS_TARGET = 'AWSOrganizationsV20161128.';
const MAX_RESULTS = 20;
const JOINED_AT = 1_700_000_000.123;

export type JsonAnswer = { json: object } | { error: string; status: number; message: string };

/** Operations any account of the organization may call; the others need management or delegated admin. */
const OPEN_TO_MEMBERS = new Set(['DescribeOrganization']);

interface PageToken {
  /** Offset of the next item. */
  o: number;
  /** Pages answered so far in this paging. */
  p: number;
  /** The listing the token belongs to (operation and parent). */
  k: string;
}

export class FakeOrganizationsApi {
  private readonly byId = new Map<string, FakeMember>();
  private readonly ouIds = new Set<string>();

  constructor(readonly org: FakeOrganization) {
    for (const member of org.members) {
      if (this.byId.has(member.account.accountId))
        throw new Error(`account ${member.account.accountId} is listed twice`);
      this.byId.set(member.account.accountId, member);
    }
    for (const ou of org.ous) this.ouIds.add(ou.id);
    if (!this.byId.has(org.managementAccountId))
      throw new Error(`the management account ${org.managementAccountId} is not a member`);
    for (const parent of [...org.members.map((m) => m.parentId), ...org.ous.map((o) => o.parentId)])
      if (!this.isParent(parent)) throw new Error(`unknown parent ${parent}`);
  }

  member(accountId: string): FakeMember | undefined {
    return this.byId.get(accountId);
  }

  isAdministrator(accountId: string): boolean {
    return (
      accountId === this.org.managementAccountId ||
      (this.org.delegatedAdministrators ?? []).includes(accountId)
    );
  }

  /** The refusal for a caller from `accountId`, or undefined if it may call `operation`. */
  refusal(operation: string, accountId: string): JsonAnswer | undefined {
    if (!this.byId.has(accountId)) {
      return {
        error: 'AWSOrganizationsNotInUseException',
        status: 400,
        message: 'Your account is not a member of an organization.',
      };
    }
    if (OPEN_TO_MEMBERS.has(operation) || this.isAdministrator(accountId)) return undefined;
    return {
      error: 'AccessDeniedException',
      status: 400,
      message: "You don't have permissions to access this resource.",
    };
  }

  answer(operation: string, body: Record<string, unknown>, paging?: PagingFaultKind): JsonAnswer {
    switch (operation) {
      case 'DescribeOrganization':
        return { json: { Organization: this.description() } };
      case 'ListAccounts':
        return this.list(operation, '', this.org.members, body, paging, (items) => ({
          Accounts: items.map((m) => this.accountJson(m)),
        }));
      case 'ListAccountsForParent': {
        const parent = String(body.ParentId ?? '');
        if (!this.isParent(parent)) return parentNotFound();
        const accounts = this.org.members.filter((m) => m.parentId === parent);
        return this.list(operation, parent, accounts, body, paging, (items) => ({
          Accounts: items.map((m) => this.accountJson(m)),
        }));
      }
      case 'ListChildren': {
        const parent = String(body.ParentId ?? '');
        const type = body.ChildType;
        if (type !== 'ACCOUNT' && type !== 'ORGANIZATIONAL_UNIT')
          return invalidInput(
            `1 validation error detected: Value '${String(type)}' at 'childType' failed to satisfy constraint: Member must satisfy enum value set: [ACCOUNT, ORGANIZATIONAL_UNIT]`,
          );
        if (!this.isParent(parent)) return parentNotFound();
        const ids =
          type === 'ACCOUNT'
            ? this.org.members.filter((m) => m.parentId === parent).map((m) => m.account.accountId)
            : this.org.ous.filter((ou) => ou.parentId === parent).map((ou) => ou.id);
        return this.list(`${operation}:${type}`, parent, ids, body, paging, (items) => ({
          Children: items.map((Id) => ({ Id, Type: type })),
        }));
      }
      case 'DescribeAccount': {
        const id = String(body.AccountId ?? '');
        if (!/^\d{12}$/.test(id))
          return invalidInput(
            `1 validation error detected: Value '${id}' at 'accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\d{12}$`,
          );
        const member = this.byId.get(id);
        if (!member)
          return {
            error: 'AccountNotFoundException',
            status: 400,
            message: "You specified an account that doesn't exist.",
          };
        return { json: { Account: this.accountJson(member) } };
      }
      case 'ListParents': {
        const child = String(body.ChildId ?? '');
        const parent =
          this.byId.get(child)?.parentId ?? this.org.ous.find((ou) => ou.id === child)?.parentId;
        if (!parent)
          return {
            error: 'ChildNotFoundException',
            status: 400,
            message:
              "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.",
          };
        const type = parent === this.org.rootId ? 'ROOT' : 'ORGANIZATIONAL_UNIT';
        return this.list(operation, child, [parent], body, paging, (items) => ({
          Parents: items.map((Id) => ({ Id, Type: type })),
        }));
      }
      default:
        return {
          error: 'UnknownOperationException',
          status: 400,
          message: `The operation ${operation} is not supported by the fake.`,
        };
    }
  }

  private isParent(id: string): boolean {
    return id === this.org.rootId || this.ouIds.has(id);
  }

  private arnOf(kind: string, id: string): string {
    return `arn:aws:organizations::${this.org.managementAccountId}:${kind}/${this.org.id}/${id}`;
  }

  private description(): object {
    const management = this.byId.get(this.org.managementAccountId) as FakeMember;
    return {
      Id: this.org.id,
      Arn: `arn:aws:organizations::${this.org.managementAccountId}:organization/${this.org.id}`,
      FeatureSet: 'ALL',
      MasterAccountArn: this.arnOf('account', this.org.managementAccountId),
      MasterAccountId: this.org.managementAccountId,
      MasterAccountEmail: emailOf(management),
      AvailablePolicyTypes: [],
    };
  }

  /** `o-…/r-…/ou-…/…/<account id>/`, as Account.Paths has it. */
  private pathOf(member: FakeMember): string {
    const chain: string[] = [member.account.accountId];
    let parent: string | undefined = member.parentId;
    while (parent && parent !== this.org.rootId) {
      chain.unshift(parent);
      parent = this.org.ous.find((ou) => ou.id === parent)?.parentId;
    }
    return `${this.org.id}/${this.org.rootId}/${chain.join('/')}/`;
  }

  private accountJson(member: FakeMember): object {
    const id = member.account.accountId;
    const state = member.state ?? 'ACTIVE';
    return {
      Id: id,
      Arn: this.arnOf('account', id),
      Email: emailOf(member),
      Name: member.name ?? member.account.alias ?? id,
      ...(member.omitState ? {} : { State: state }),
      // The retired field: a closed account shows SUSPENDED there.
      ...(member.omitStatus ? {} : { Status: state === 'CLOSED' ? 'SUSPENDED' : state }),
      Paths: [this.pathOf(member)],
      JoinedMethod: id === this.org.managementAccountId ? 'INVITED' : 'CREATED',
      JoinedTimestamp: JOINED_AT,
    };
  }

  private list<T>(
    listing: string,
    parent: string,
    items: T[],
    body: Record<string, unknown>,
    paging: PagingFaultKind | undefined,
    shape: (items: T[]) => object,
  ): JsonAnswer {
    const max = body.MaxResults;
    if (max !== undefined && (typeof max !== 'number' || max < 1 || max > MAX_RESULTS))
      return invalidInput(
        `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${MAX_RESULTS}`,
      );
    const key = `${listing}:${parent}`;
    if (paging === 'repeat-marker')
      return { json: { ...shape(items.slice(0, 1)), NextToken: encode({ o: 0, p: 1, k: key }) } };
    let token: PageToken = { o: 0, p: 0, k: key };
    if (body.NextToken !== undefined) {
      const decoded = decode(String(body.NextToken));
      if (!decoded || decoded.k !== key)
        return invalidInput('The specified pagination token is not valid.');
      token = decoded;
    }
    const pageNo = token.p + 1;
    const every = this.org.emptyPageEvery;
    if (every && pageNo % every === 0 && token.o < items.length)
      return { json: { ...shape([]), NextToken: encode({ ...token, p: pageNo }) } };
    if (paging === 'empty-truncated') return { json: shape([]) };
    const size = typeof max === 'number' ? max : MAX_RESULTS;
    const slice = items.slice(token.o, token.o + size);
    const next = token.o + size;
    if (paging === 'truncated-without-marker' || next >= items.length)
      return { json: shape(slice) };
    return { json: { ...shape(slice), NextToken: encode({ o: next, p: pageNo, k: key }) } };
  }
}

function emailOf(member: FakeMember): string {
  return member.email ?? `aws+${member.account.accountId}@example.com`;
}

function encode(token: PageToken): string {
  // Long and opaque, as AWS's are.
  return Buffer.from(JSON.stringify(token)).toString('base64') + 'AAAAfakeorgtoken';
}

function decode(text: string): PageToken | undefined {
  try {
    const token = JSON.parse(
      Buffer.from(text.replace(/AAAAfakeorgtoken$/, ''), 'base64').toString(),
    ) as PageToken;
    return typeof token.o === 'number' && typeof token.k === 'string' ? token : undefined;
  } catch {
    return undefined;
  }
}

function parentNotFound(): JsonAnswer {
  return {
    error: 'ParentNotFoundException',
    status: 400,
    message: "We can't find a root or OU with the ParentId that you specified.",
  };
}

function invalidInput(message: string): JsonAnswer {
  return { error: 'InvalidInputException', status: 400, message };
}
