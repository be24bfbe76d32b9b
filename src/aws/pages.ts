import { EvidenceError } from './call-failure.js';

/**
 * Collects every item of an SDK paginator. A marker seen twice means the listing would never end:
 * that is an error, never a silently shortened list.
 */
export async function collectPages<Page extends { Marker?: string }, Item>(
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
): Promise<Item[]> {
  const items: Item[] = [];
  const seen = new Set<string>();
  for await (const page of pages) {
    items.push(...(itemsOf(page) ?? []));
    if (page.Marker === undefined) continue;
    if (seen.has(page.Marker)) {
      throw new EvidenceError(
        'RepeatedMarker',
        `the listing returned the marker "${page.Marker.slice(0, 40)}" twice; paging stopped`,
      );
    }
    seen.add(page.Marker);
  }
  return items;
}
