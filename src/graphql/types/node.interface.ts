import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({ description: "An object with a global id `vendor:type:nativeId`, fetchable with `node(id:)`." })
export abstract class Node {
  @Field(() => ID, { description: "Global id `vendor:type:nativeId`, e.g. `clienttether:lead:8051632`; stable, a cache key." })
  id!: string;
}
