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

@ObjectType("ClientTetherActionStep", { simpleResolvers: true, description: "One step of an action plan: what happens on which day." })
export class CTActionStep implements model.ActionStep {
  @Field(() => Int, { nullable: true, description: "Position of the step in the plan, 1 first." }) order!: number | null;
  @Field(() => String, { nullable: true, description: "email, text, call, …" }) type!: string | null;
  @Field(() => String, { nullable: true, description: "Day offset as ClientTether gives it." }) day!: string | null;
  @Field(() => String, { nullable: true, description: "Time of day the step runs, as ClientTether gives it (e.g. 09:00)." })
  time!: string | null;
  @Field(() => String, { nullable: true, description: "Email or text subject of the step." }) subject!: string | null;
  @Field(() => String, { nullable: true, description: "Email or text body of the step." }) body!: string | null;
}

@ObjectType("ClientTetherTag", { simpleResolvers: true, description: "A ClientTether tag (read_tags_list)." })
export class CTTag implements model.Tag {
  @Field(() => String, { nullable: true, description: "ClientTether's id of the tag, where it gives one." }) nativeId!: string | null;
  @Field({ description: "The tag text, as put on leads." }) value!: string;
}

@ObjectType("ClientTetherNote", {
  simpleResolvers: true,
  description: "A history note on a ClientTether client (read_client_history_notes).",
})
export class CTNote implements model.Note {
  @Field(() => String, { nullable: true, description: "ClientTether's note id." }) nativeId!: string | null;
  @Field(() => String, { nullable: true, description: "Note type as ClientTether words it." }) type!: string | null;
  @Field(() => String, { nullable: true, description: "The note text." }) body!: string | null;
  @Field(() => DateTime, { nullable: true, description: "When the note was written (UTC)." }) createdAt!: Date | null;
  @Field(() => JSON, { description: "The ClientTether record as received, nothing lost." }) raw!: unknown;
}

@ObjectType("ClientTetherPendingAction", {
  simpleResolvers: true,
  description: "A step of an action plan waiting to run for a client (read_pending_actions).",
})
export class CTPendingAction implements model.PendingAction {
  @Field(() => String, { nullable: true, description: "ClientTether's id of the pending action." }) nativeId!: string | null;
  @Field(() => String, { nullable: true, description: "Id of the action plan the step belongs to." }) actionPlanId!: string | null;
  @Field(() => String, { nullable: true, description: "Name of the action plan the step belongs to." }) actionPlanName!: string | null;
  @Field(() => String, { nullable: true, description: "Step kind as ClientTether words it (email, text, call, task)." })
  type!: string | null;
  @Field(() => String, { nullable: true, description: "Subject of the step." }) subject!: string | null;
  @Field(() => DateTime, { nullable: true, description: "When the step is due (UTC)." }) dueAt!: Date | null;
  @Field(() => JSON, { description: "The ClientTether record as received, nothing lost." }) raw!: unknown;
}

@ObjectType("ClientTetherProposalLineItem", { simpleResolvers: true, description: "One line of a ClientTether proposal." })
export class CTLineItem implements model.LineItem {
  @Field(() => String, { nullable: true, description: "What the line is for." }) description!: string | null;
  @Field(() => String, { nullable: true, description: "Decimal as ClientTether sends it (a string)." }) price!: string | null;
  @Field(() => String, { nullable: true, description: "Notes on the line." }) notes!: string | null;
}

@ObjectType("ClientTetherPayment", {
  simpleResolvers: true,
  description: "A payment on a ClientTether proposal (read_proposal_payments, read_all_payments).",
})
export class CTPayment implements model.Payment {
  @Field(() => String, { nullable: true, description: "ClientTether's id of the proposal paid." }) proposalId!: string | null;
  @Field(() => String, { nullable: true, description: "The proposal's number, e.g. P-1001." }) proposalNumber!: string | null;
  @Field(() => String, { nullable: true, description: "yyyy-mm-dd" }) payday!: string | null;
  @Field(() => String, { nullable: true, description: "Decimal as a string." }) amount!: string | null;
  @Field(() => String, { nullable: true, description: "Cash, Card, Check or Other." }) type!: string | null;
  @Field(() => String, { nullable: true, description: "Deposit, Progress or Final." }) status!: string | null;
  @Field(() => String, { nullable: true, description: "yyyy-mm-dd" }) createdDate!: string | null;
  @Field(() => JSON, { description: "The ClientTether record as received, nothing lost." }) raw!: unknown;
}

export type ReferenceTypes = ReturnType<typeof referenceTypes>;

export function referenceTypes(kit: GraphQLKit) {
  const node = { simpleResolvers: true, implements: kit.types.Node };
  // node(id:) gets plain objects from the adapter, and type-graphql tells a Node's type by
  // instanceof: each type below claims the objects whose global id names it

  @ObjectType("ClientTetherLeadSource", {
    ...node,
    description: "A ClientTether lead source (read_lead_source_list): where clients come from.",
  })
  class CTLeadSource implements model.LeadSource {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "lead_source");
    }
    @Field(() => ID, { description: "Global id clienttether:lead_source:<lead_source_id>." }) id!: string;
    @Field({ description: "ClientTether's lead_source_id." }) nativeId!: string;
    @Field({ description: "Lead source name, as LeadInput.source matches it." }) name!: string;
    @Field(() => String, { nullable: true, description: "The MD5 web key ClientTether generated for this source (for web-form posts)." })
    webKey!: string | null;
    @Field(() => JSON, { description: "The ClientTether record as received, nothing lost." }) raw!: unknown;
  }

  @ObjectType("ClientTetherActionPlan", {
    ...node,
    description: "A ClientTether action plan (read_action_plan_list): an automated series of emails, texts and tasks.",
  })
  class CTActionPlan implements model.ActionPlan {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "action_plan");
    }
    @Field(() => ID, { description: "Global id clienttether:action_plan:<action_plan_id>." }) id!: string;
    @Field({ description: "ClientTether's action_plan_id." }) nativeId!: string;
    @Field({ description: "Plan name." }) name!: string;
    @Field(() => String, { nullable: true, description: "Connection, Conversion or Retention." }) type!: string | null;
    @Field(() => String, {
      nullable: true,
      description: "Lead source (Connection plans) or sales cycle (Conversion plans) this plan is linked to.",
    })
    linkId!: string | null;
    @Field(() => String, { nullable: true, description: "Name of the lead source or sales cycle the plan is linked to." })
    linkName!: string | null;
    @Field(() => String, { nullable: true, description: "Id of the plan that starts when this one ends." }) nextPlanId!: string | null;
    @Field(() => String, { nullable: true, description: "Name of the plan that starts when this one ends." }) nextPlanName!: string | null;
    @Field(() => [CTActionStep], { description: "The plan's steps, in order (read_action_plan_by_id)." }) steps!: CTActionStep[];
    @Field(() => JSON, { description: "The ClientTether record as received, nothing lost." }) raw!: unknown;
  }

  @ObjectType("ClientTetherSalesCycle", { ...node, description: "A stage of ClientTether's sales pipeline (read_sales_cycle_list)." })
  class CTSalesCycle implements model.SalesCycle {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "sales_cycle");
    }
    @Field(() => ID, { description: "Global id clienttether:sales_cycle:<sales_cycle_id>." }) id!: string;
    @Field({ description: "ClientTether's sales_cycle_id." }) nativeId!: string;
    @Field({ description: "Stage name." }) name!: string;
    @Field(() => Boolean, { nullable: true, description: "Active path (true) or inactive path (false)." }) active!: boolean | null;
    @Field(() => Int, { nullable: true, description: "Position in the pipeline, 1 first." }) order!: number | null;
    @Field(() => Int, { nullable: true, description: "1 Client, 2 Employee, 3 Partner, 4 Vendor, 5 Other." }) contactType!: number | null;
    @Field(() => JSON, { description: "The ClientTether record as received, nothing lost." }) raw!: unknown;
  }

  @ObjectType("ClientTetherUser", {
    ...node,
    description: "A ClientTether user (read_user_list): an agent whose calendar and tasks hold events.",
  })
  class CTUser implements model.User {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "user");
    }
    @Field(() => ID, { description: "Global id clienttether:user:<user_id>." }) id!: string;
    @Field({ description: "ClientTether's user_id (EventInput.userId, clientTetherAppointments)." }) nativeId!: string;
    @Field(() => String, { nullable: true, description: "Standard or Admin." }) type!: string | null;
    @Field(() => String, { nullable: true, description: "User's first name." }) firstName!: string | null;
    @Field(() => String, { nullable: true, description: "User's last name." }) lastName!: string | null;
    @Field(() => String, { nullable: true, description: "User's phone as ClientTether stores it." }) phone!: string | null;
    @Field(() => String, { nullable: true, description: "User's email." }) email!: string | null;
    @Field(() => String, { nullable: true, description: "Login name." }) username!: string | null;
    @Field(() => Boolean, { description: "Whether the user's calendar takes appointments." }) showCalendar!: boolean;
    @Field(() => JSON, { description: "The ClientTether record as received, nothing lost." }) raw!: unknown;
  }

  @ObjectType("ClientTetherAccount", {
    ...node,
    description: "A ClientTether account (read_account_list): the enterprise and its sub-accounts.",
  })
  class CTAccount implements model.Account {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "account");
    }
    @Field(() => ID, { description: "Global id clienttether:account:<account_id>." }) id!: string;
    @Field({ description: "ClientTether's account_id." }) nativeId!: string;
    @Field(() => String, { nullable: true, description: "Standard or Multi-level." }) type!: string | null;
    @Field(() => String, { nullable: true, description: "Account name." }) name!: string | null;
    @Field(() => String, { nullable: true, description: "Account holder's first name." }) firstName!: string | null;
    @Field(() => String, { nullable: true, description: "Account holder's last name." }) lastName!: string | null;
    @Field(() => String, { nullable: true, description: "Owner's full name." }) ownerName!: string | null;
    @Field(() => String, { nullable: true, description: "Company name." }) companyName!: string | null;
    @Field(() => String, { nullable: true, description: "Account email." }) email!: string | null;
    @Field(() => String, { nullable: true, description: "Main phone as ClientTether stores it." }) phone!: string | null;
    @Field(() => String, { nullable: true, description: "Office phone as ClientTether stores it." }) officePhone!: string | null;
    @Field(() => JSON, { description: "The record as received; the account web key is removed." }) raw!: unknown;
  }

  @ObjectType("ClientTetherProposal", {
    ...node,
    description: "A ClientTether proposal (quote) for a client (read_proposals), with its lines and payments.",
  })
  class CTProposal implements model.Proposal {
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "proposal");
    }
    @Field(() => ID, { description: "Global id clienttether:proposal:<proposal_id>." }) id!: string;
    @Field({ description: "ClientTether's proposal_id." }) nativeId!: string;
    @Field(() => ID, { nullable: true, description: "Global id of the lead the proposal is for." }) leadId!: string | null;
    @Field(() => String, { nullable: true, description: "Proposal type as ClientTether words it." }) type!: string | null;
    @Field(() => String, { nullable: true, description: "Proposal number, e.g. P-1001." }) number!: string | null;
    @Field(() => String, { nullable: true, description: "Name of the estimator." }) estimator!: string | null;
    @Field(() => String, { nullable: true, description: "Name of the production manager." }) productionManager!: string | null;
    @Field(() => String, { nullable: true, description: "Notes for the client." }) notes!: string | null;
    @Field(() => String, { nullable: true, description: "Internal work notes." }) workNotes!: string | null;
    @Field(() => String, { nullable: true, description: "Final price as ClientTether gives it (a decimal string, dollars)." })
    finalPrice!: string | null;
    @Field(() => String, { nullable: true, description: "Discount as ClientTether gives it (a decimal string, dollars)." })
    discount!: string | null;
    @Field(() => String, { nullable: true, description: "Job start date as ClientTether gives it (YYYY-MM-DD)." })
    jobStartDate!: string | null;
    @Field(() => String, { nullable: true, description: "Job end date as ClientTether gives it (YYYY-MM-DD)." }) jobEndDate!: string | null;
    @Field(() => [CTLineItem], { description: "The proposal's lines." }) lineItems!: CTLineItem[];
    @Field(() => JSON, { description: "The ClientTether record as received, nothing lost." }) raw!: unknown;
  }

  return { CTLeadSource, CTActionPlan, CTSalesCycle, CTUser, CTAccount, CTProposal };
}
