// Paging fails closed (spec: "page through all of it"): a listing cut short is an error, never a
// shorter list that looks complete.
import { describe, expect, test } from '@jest/globals';
import { EvidenceError } from '../../src/aws/call-failure.js';
import { collectPages, IAM_PAGES } from '../../src/aws/pages.js';

interface IamPage {
  IsTruncated?: boolean;
  Marker?: string;
  Users?: string[];
}

async function* pagesOf(pages: IamPage[]): AsyncIterable<IamPage> {
  for (const page of pages) yield page;
}

const collect = (pages: IamPage[]) =>
  collectPages('iam:ListUsers', pagesOf(pages), (page) => page.Users, IAM_PAGES);

describe('collectPages over IAM listings', () => {
  test('collects every page up to the one that claims no more', async () => {
    await expect(
      collect([
        { IsTruncated: true, Marker: 'm1', Users: ['a', 'b'] },
        { IsTruncated: true, Marker: 'm2', Users: ['c'] },
        { IsTruncated: false, Users: ['d'] },
      ]),
    ).resolves.toEqual(['a', 'b', 'c', 'd']);
  });

  test('a page that claims more (IsTruncated) but gives no Marker is an IncompleteListing error, not the end', async () => {
    const cut = collect([
      { IsTruncated: true, Marker: 'm1', Users: ['a'] },
      { IsTruncated: true, Users: ['b'] },
    ]);
    await expect(cut).rejects.toBeInstanceOf(EvidenceError);
    await expect(cut).rejects.toMatchObject({
      name: 'IncompleteListing',
      message: expect.stringMatching(/^iam:ListUsers said more results follow but gave no token/),
    });
  });

  test('an empty Marker on a truncated page is no marker either', async () => {
    await expect(collect([{ IsTruncated: true, Marker: '', Users: ['a'] }])).rejects.toMatchObject({
      name: 'IncompleteListing',
    });
  });

  test('a Marker that comes back a second time is a RepeatedMarker error, not a loop', async () => {
    await expect(
      collect([
        { IsTruncated: true, Marker: 'm1', Users: ['a'] },
        { IsTruncated: true, Marker: 'm1', Users: ['a'] },
      ]),
    ).rejects.toMatchObject({ name: 'RepeatedMarker' });
  });

  test('a page that claims no more needs no Marker', async () => {
    await expect(collect([{ Users: ['a'] }])).resolves.toEqual(['a']);
  });
});
