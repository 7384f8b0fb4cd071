import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
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

/** `first`/`after` of a connection field. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: "How many items from `after` on (at most the server's maxFirst)." })
  first!: number;
  @Field(() => String, { nullable: true, description: "An endCursor or edge cursor of this connection: the items after it." })
  after?: string | null;
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

/** `first`/`after` of a nested connection, checked: BAD_USER_INPUT naming the argument. */
export function pageArgs(args: { first: number; after?: string | null }, maxFirst: number): { offset: number; limit: number } {
  if (args.first < 0 || args.first > maxFirst) throw badInput("first", `must be between 0 and ${maxFirst}`);
  return { offset: parseOffsetCursor(args.after, "after"), limit: args.first };
}

/** A connection over a list read whole (its length is the total): the page `first`/`after` asks for. */
export function connectionFromList<T>(all: T[], args: { first: number; after?: string | null }, maxFirst: number): ConnectionShape<T> {
  const { offset, limit } = pageArgs(args, maxFirst);
  return toConnection(all.slice(offset, offset + limit), offset, all.length > offset + limit, all.length);
}
