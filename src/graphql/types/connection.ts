import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "../../lib/errors.js";

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
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
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => NodeClass) node!: T;
    @Field() cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { nullable: true, description: "Total matching items, when the vendor reports it." }) totalCount!: number | null;
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
