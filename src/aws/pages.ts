import { EvidenceError } from './call-failure.js';

/** How one kind of listing says that more pages follow, and where to ask for them. */
export interface PageShape<Page> {
  /** The page says more follow (IAM: `IsTruncated`; Organizations: a `NextToken`). */
  claimsMore: (page: Page) => boolean;
  /** The token that fetches the next page (IAM: `Marker`; Organizations: `NextToken`). */
  token: (page: Page) => string | undefined;
}

/** IAM's Query listings: `IsTruncated` and `Marker`. */
export const IAM_PAGES: PageShape<{ IsTruncated?: boolean; Marker?: string }> = {
  claimsMore: (page) => page.IsTruncated === true,
  token: (page) => page.Marker,
};

/** JSON listings (Organizations, Cognito, SSM, Account): a NextToken means more; a page may be empty while it is set. */
export const NEXT_TOKEN_PAGES: PageShape<{ NextToken?: string }> = {
  claimsMore: () => false,
  token: (page) => page.NextToken,
};

/**
 * Collects every item of an SDK paginator. The SDK stops quietly when a page claims more but gives
 * no token, and loops when a token repeats; either would make a shortened list look complete, so
 * both are errors here: the controls that need the listing are then ERROR, never passed.
 */
export async function collectPages<Page, Item>(
  listing: string,
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
  shape: PageShape<Page>,
  /** Each page's items as it arrives, before the listing ends (discovery feeds the fan-out). */
  onItems?: (items: Item[]) => void,
): Promise<Item[]> {
  const items: Item[] = [];
  const seen = new Set<string>();
  for await (const page of pages) {
    const pageItems = itemsOf(page) ?? [];
    items.push(...pageItems);
    onItems?.(pageItems);
    const token = shape.token(page);
    if (shape.claimsMore(page) && !token) {
      throw new EvidenceError(
        'IncompleteListing',
        `${listing} said more results follow but gave no token to fetch them; the listing is incomplete`,
      );
    }
    if (token === undefined) continue;
    if (seen.has(token)) {
      throw new EvidenceError(
        'RepeatedMarker',
        `${listing} returned the same page token "${token.slice(0, 40)}" twice; paging stopped`,
      );
    }
    seen.add(token);
  }
  return items;
}
