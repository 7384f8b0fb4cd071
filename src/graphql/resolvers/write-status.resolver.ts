import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { vendorCall } from "../context.js";
import { Vendor, vendorIdOf } from "../types/enums.js";
import { WriteStatus } from "../types/write-status.type.js";
import { getAdapter } from "../../vendors/registry.js";
import { badInput } from "../../lib/errors.js";

@Resolver()
export class WriteStatusResolver {
  @Query(() => WriteStatus, {
    nullable: true,
    description: "Where an asynchronous write stands (Entrata through Propexo: the jobId from a createEvent delivery). Null when the vendor knows no such job.",
  })
  async writeStatus(@Arg("vendor", () => Vendor) vendor: Vendor, @Arg("jobId", () => String) jobId: string, @Ctx() ctx: Context): Promise<WriteStatus | null> {
    const adapter = getAdapter(vendorIdOf(vendor));
    if (!adapter?.writeStatusReader) throw badInput("vendor", `${vendor} has no asynchronous writes to check`);
    const { vctx } = vendorCall(ctx, adapter.id);
    return adapter.writeStatusReader.getWriteStatus(vctx, jobId);
  }
}
