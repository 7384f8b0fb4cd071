import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "../../lib/errors.js";

@ObjectType({ simpleResolvers: true, description: "Where a page of a Relay connection sits in the whole list." })
export class PageInfo {
  @Field({ description: "True when more items follow: ask again with after: endCursor." }) hasNextPage!: boolean;
  @Field({ description: "True when this page did not start at the first item." }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the first edge on this page; null for an empty page." })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge on this page: the next page's `after`." })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/** Relay connection type for `T`, named `<T>Connection` / `<T>Edge`. */
export function Connection<T extends object>(NodeClass: ClassType<T>, name = NodeClass.name) {
  const edgeDescription = `One ${name} in a page of a ${name}Connection, with its cursor.`;
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: edgeDescription })
  class EdgeType {
    @Field(() => NodeClass, { description: `The ${name}.` }) node!: T;
    @Field({ description: "Opaque cursor of this edge: pass it as `after` to continue from here." }) cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items (Relay connection).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The items of this page, in order." }) edges!: EdgeType[];
    @Field(() => PageInfo, { description: "Whether more pages follow, and the cursors to get them." }) pageInfo!: PageInfo;
    @Field(() => Int, { nullable: true, description: "Total matching items, when the vendor reports it." })
    totalCount!: number | null;
  }
  return ConnectionType;
}

/** Opaque offset cursors: base64 of `o:<offset>`. */
export function offsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

export function parseOffsetCursor(cursor: string | null | undefined, argument = "after"): number {
  if (cursor == null) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m) throw badInput(argument, "is not a cursor this connection issued");
  return Number(m[1]) + 1;
}

export function toConnection<T>(
  items: T[],
  startOffset: number,
  hasNextPage: boolean,
  totalCount: number | null = null,
): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ node, cursor: offsetCursor(startOffset + i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: startOffset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
