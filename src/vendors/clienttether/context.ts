import type { VendorCallContext } from "../types.js";
import type { ClientTetherConfig } from "./config.js";
import type { MapOptions } from "./mapper/values.js";

export type ClientTetherContext = VendorCallContext<ClientTetherConfig>;

export const mapOptions = (ctx: ClientTetherContext): MapOptions => ({
  defaultCountry: ctx.tenant.defaultCountry,
  timezone: ctx.tenant.timezone,
});
