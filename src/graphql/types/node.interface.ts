import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({ description: "An object with a global id `vendor:type:nativeId`, fetchable with `node(id:)`." })
export abstract class Node {
  @Field(() => ID, { description: "Global id `vendor:type:nativeId`: stable, so a normalised client cache can key the object by it." })
  id!: string;
}
