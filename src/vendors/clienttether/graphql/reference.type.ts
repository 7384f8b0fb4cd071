import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeResolver as DateTime, JSONResolver as JSON } from "graphql-scalars";
import type { GraphQLKit } from "../../types.js";
import { hasGlobalIdType } from "../../../model/ids.js";
import type * as model from "../model/records.js";

/**
 * ClientTether's own object types (clienttether-api-v2.txt parameter tables), typed rather than
 * JSON. Those fetchable with `node(id:)` implement the unified Node, so they are declared by
 * `referenceTypes(kit)`; the others need nothing from the kit and are declared at import.
 */

@ObjectType("ClientTetherActionStep", { simpleResolvers: true })
export class CTActionStep implements model.ActionStep {
  @Field(() => Int, { nullable: true }) order!: number | null;
  @Field(() => String, { nullable: true, description: "email, text, call, …" }) type!: string | null;
  @Field(() => String, { nullable: true, description: "Day offset as ClientTether gives it." }) day!: string | null;
  @Field(() => String, { nullable: true }) time!: string | null;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => String, { nullable: true }) body!: string | null;
}

@ObjectType("ClientTetherTag", { simpleResolvers: true })
export class CTTag implements model.Tag {
  @Field(() => String, { nullable: true }) nativeId!: string | null;
  @Field() value!: string;
}

@ObjectType("ClientTetherNote", { simpleResolvers: true })
export class CTNote implements model.Note {
  @Field(() => String, { nullable: true }) nativeId!: string | null;
  @Field(() => String, { nullable: true }) type!: string | null;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field(() => DateTime, { nullable: true }) createdAt!: Date | null;
  @Field(() => JSON) raw!: unknown;
}

@ObjectType("ClientTetherPendingAction", { simpleResolvers: true })
export class CTPendingAction implements model.PendingAction {
  @Field(() => String, { nullable: true }) nativeId!: string | null;
  @Field(() => String, { nullable: true }) actionPlanId!: string | null;
  @Field(() => String, { nullable: true }) actionPlanName!: string | null;
  @Field(() => String, { nullable: true }) type!: string | null;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => DateTime, { nullable: true }) dueAt!: Date | null;
  @Field(() => JSON) raw!: unknown;
}

@ObjectType("ClientTetherProposalLineItem", { simpleResolvers: true })
export class CTLineItem implements model.LineItem {
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: "Decimal as ClientTether sends it (a string)." }) price!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
}

@ObjectType("ClientTetherPayment", { simpleResolvers: true })
export class CTPayment implements model.Payment {
  @Field(() => String, { nullable: true }) proposalId!: string | null;
  @Field(() => String, { nullable: true }) proposalNumber!: string | null;
  @Field(() => String, { nullable: true, description: "yyyy-mm-dd" }) payday!: string | null;
  @Field(() => String, { nullable: true, description: "Decimal as a string." }) amount!: string | null;
  @Field(() => String, { nullable: true, description: "Cash, Card, Check or Other." }) type!: string | null;
  @Field(() => String, { nullable: true, description: "Deposit, Progress or Final." }) status!: string | null;
  @Field(() => String, { nullable: true, description: "yyyy-mm-dd" }) createdDate!: string | null;
  @Field(() => JSON) raw!: unknown;
}

export type ReferenceTypes = ReturnType<typeof referenceTypes>;

export function referenceTypes(kit: GraphQLKit) {
  const node = { simpleResolvers: true, implements: kit.types.Node };
  // node(id:) gets plain objects from the adapter, and type-graphql tells a Node's type by
  // instanceof: each type below claims the objects whose global id names it

  @ObjectType("ClientTetherLeadSource", node)
  class CTLeadSource implements model.LeadSource {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "lead_source");
    }
    @Field(() => ID) id!: string;
    @Field() nativeId!: string;
    @Field() name!: string;
    @Field(() => String, { nullable: true, description: "The MD5 web key ClientTether generated for this source (for web-form posts)." })
    webKey!: string | null;
    @Field(() => JSON) raw!: unknown;
  }

  @ObjectType("ClientTetherActionPlan", node)
  class CTActionPlan implements model.ActionPlan {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "action_plan");
    }
    @Field(() => ID) id!: string;
    @Field() nativeId!: string;
    @Field() name!: string;
    @Field(() => String, { nullable: true, description: "Connection, Conversion or Retention." }) type!: string | null;
    @Field(() => String, {
      nullable: true,
      description: "Lead source (Connection plans) or sales cycle (Conversion plans) this plan is linked to.",
    })
    linkId!: string | null;
    @Field(() => String, { nullable: true }) linkName!: string | null;
    @Field(() => String, { nullable: true }) nextPlanId!: string | null;
    @Field(() => String, { nullable: true }) nextPlanName!: string | null;
    @Field(() => [CTActionStep]) steps!: CTActionStep[];
    @Field(() => JSON) raw!: unknown;
  }

  @ObjectType("ClientTetherSalesCycle", node)
  class CTSalesCycle implements model.SalesCycle {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "sales_cycle");
    }
    @Field(() => ID) id!: string;
    @Field() nativeId!: string;
    @Field() name!: string;
    @Field(() => Boolean, { nullable: true, description: "Active path (true) or inactive path (false)." }) active!: boolean | null;
    @Field(() => Int, { nullable: true }) order!: number | null;
    @Field(() => Int, { nullable: true, description: "1 Client, 2 Employee, 3 Partner, 4 Vendor, 5 Other." }) contactType!: number | null;
    @Field(() => JSON) raw!: unknown;
  }

  @ObjectType("ClientTetherUser", node)
  class CTUser implements model.User {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "user");
    }
    @Field(() => ID) id!: string;
    @Field() nativeId!: string;
    @Field(() => String, { nullable: true, description: "Standard or Admin." }) type!: string | null;
    @Field(() => String, { nullable: true }) firstName!: string | null;
    @Field(() => String, { nullable: true }) lastName!: string | null;
    @Field(() => String, { nullable: true }) phone!: string | null;
    @Field(() => String, { nullable: true }) email!: string | null;
    @Field(() => String, { nullable: true }) username!: string | null;
    @Field(() => Boolean) showCalendar!: boolean;
    @Field(() => JSON) raw!: unknown;
  }

  @ObjectType("ClientTetherAccount", node)
  class CTAccount implements model.Account {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "account");
    }
    @Field(() => ID) id!: string;
    @Field() nativeId!: string;
    @Field(() => String, { nullable: true, description: "Standard or Multi-level." }) type!: string | null;
    @Field(() => String, { nullable: true }) name!: string | null;
    @Field(() => String, { nullable: true }) firstName!: string | null;
    @Field(() => String, { nullable: true }) lastName!: string | null;
    @Field(() => String, { nullable: true }) ownerName!: string | null;
    @Field(() => String, { nullable: true }) companyName!: string | null;
    @Field(() => String, { nullable: true }) email!: string | null;
    @Field(() => String, { nullable: true }) phone!: string | null;
    @Field(() => String, { nullable: true }) officePhone!: string | null;
    @Field(() => JSON, { description: "The record as received; the account web key is removed." }) raw!: unknown;
  }

  @ObjectType("ClientTetherProposal", node)
  class CTProposal implements model.Proposal {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "proposal");
    }
    @Field(() => ID) id!: string;
    @Field() nativeId!: string;
    @Field(() => ID, { nullable: true }) leadId!: string | null;
    @Field(() => String, { nullable: true }) type!: string | null;
    @Field(() => String, { nullable: true }) number!: string | null;
    @Field(() => String, { nullable: true }) estimator!: string | null;
    @Field(() => String, { nullable: true }) productionManager!: string | null;
    @Field(() => String, { nullable: true }) notes!: string | null;
    @Field(() => String, { nullable: true }) workNotes!: string | null;
    @Field(() => String, { nullable: true }) finalPrice!: string | null;
    @Field(() => String, { nullable: true }) discount!: string | null;
    @Field(() => String, { nullable: true }) jobStartDate!: string | null;
    @Field(() => String, { nullable: true }) jobEndDate!: string | null;
    @Field(() => [CTLineItem]) lineItems!: CTLineItem[];
    @Field(() => JSON) raw!: unknown;
  }

  return { CTLeadSource, CTActionPlan, CTSalesCycle, CTUser, CTAccount, CTProposal };
}
