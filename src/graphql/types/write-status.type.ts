import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Vendor } from "./enums.js";
import { JSON } from "./scalars.js";

export enum WriteStatusState {
  SUCCESS = "SUCCESS",
  PARTIAL_SUCCESS = "PARTIAL_SUCCESS",
  FAILURE = "FAILURE",
  PENDING = "PENDING",
}
registerEnumType(WriteStatusState, {
  name: "WriteStatusState",
  description:
    "Outcome of an asynchronous vendor write. SUCCESS: written. PARTIAL_SUCCESS: part of it was written. FAILURE: nothing was written (see errors). PENDING: not finished yet.",
});

@ObjectType({ simpleResolvers: true, description: "Where an asynchronous vendor write (e.g. an Entrata event queued by Propexo) stands." })
export class WriteStatus {
  @Field(() => Vendor) vendor!: Vendor;
  @Field(() => String) jobId!: string;
  @Field(() => WriteStatusState) status!: WriteStatusState;
  @Field(() => [String], { description: "The vendor's error messages, if any." }) errors!: string[];
  @Field(() => String, { nullable: true, description: "The vendor's id for the created record, when it reports one (Entrata usually cannot)." }) createdRecordId!: string | null;
  @Field(() => JSON, { description: "The vendor's answer as received." }) raw!: unknown;
}
