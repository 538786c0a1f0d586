// Turns a repository page into a Relay connection: offset cursors, pageInfo and totalCount.
import { encodeCursor } from "../../graph/queries/pagination.ts";
import type { Page } from "../../graph/queries/records.ts";

export interface Connection<N, E = object> {
  edges: ({ node: N; cursor: string } & E)[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function connection<T, N, E = object>(
  page: Page<T>,
  edge: (item: T) => { node: N } & E,
): Connection<N, E> {
  const edges = page.items.map((item, i) => ({
    ...edge(item),
    cursor: encodeCursor(page.offset + i),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
