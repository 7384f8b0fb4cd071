import DataLoader from "dataloader";
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
  registerEnumType,
} from "type-graphql";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { Lead } from "../../model/lead.js";
import type { Calendar } from "../../model/calendar.js";
import type { Event } from "../../model/event.js";
import { badInput } from "../../lib/errors.js";
import { hasGlobalIdType } from "../../model/ids.js";
import type { ConnectionShape, GraphQLKit, PageArgs, RequestContext, VendorGraphQL } from "../types.js";
import { VENDOR } from "./config.js";
import { ForwardingStatus } from "./model.js";
import type * as model from "./model.js";
import { afterSeq, calendarsForLead, forwardingsOf, queryCompletions } from "./queries.js";
import { completionStream } from "./live.js";

/**
 * Kartra's GraphQL (issue 6): calendar completions as a connection, live delivery with replay
 * (live.ts), forwarding status, and the Kartra-only Lead fields. Types are declared over the
 * Kartra model (model.ts); the resolvers only call queries.ts and live.ts.
 */
export function kartraGraphQL(kit: GraphQLKit): VendorGraphQL {
  const { Node, Lead: LeadClass, Calendar: CalendarClass, Event: EventClass, Vendor } = kit.types;

  registerEnumType(ForwardingStatus, {
    name: "ForwardingStatus",
    description:
      "Where one forwarding of a received webhook stands. RETRYING: the last attempt failed and another is scheduled (nextAttemptAt). " +
      "FAILED: given up (rejected by the vendor or out of attempts).",
    valuesConfig: {
      PENDING: { description: "Queued in the outbox; no attempt yet." },
      RUNNING: { description: "A worker is attempting it now." },
      RETRYING: { description: "The last attempt failed; another is scheduled at nextAttemptAt." },
      SUCCEEDED: { description: "The target vendor took it (see leadId)." },
      FAILED: { description: "Given up: the vendor rejected it or it ran out of attempts (see lastError)." },
    },
  });

  @ObjectType({
    simpleResolvers: true,
    description:
      "One forwarding of a received calendar completion to another vendor (tenant rule `vendors.kartra.forward`), " +
      "run from a durable outbox.",
  })
  class Forwarding implements model.Forwarding {
    @Field(() => Vendor, { description: "The vendor the completion is forwarded to." }) target!: string;
    @Field(() => ForwardingStatus, { description: "Where the forwarding stands." }) status!: ForwardingStatus;
    @Field(() => Int, { description: "Attempts made so far." }) attempts!: number;
    @Field(() => String, { nullable: true, description: "Why the last attempt failed (sanitized)." }) lastError!: string | null;
    @Field(() => DateTimeResolver, { nullable: true, description: "RETRYING: when the next attempt runs (UTC); null otherwise." })
    nextAttemptAt!: Date | null;
    @Field(() => DateTimeResolver, { description: "When the status last changed (UTC)." }) updatedAt!: Date;
    @Field(() => ID, { nullable: true, description: "Global id of the lead in the target vendor, once created or found." })
    leadId!: string | null;
    @Field(() => [ID], { description: "Global ids of the events created in the target, one per session." }) eventIds!: string[];
  }

  @ObjectType({
    simpleResolvers: true,
    implements: Node,
    description: "A Kartra `calendar_complete` webhook as received and stored: the lead, the calendar subscription and its sessions.",
  })
  class CalendarCompletion implements model.CalendarCompletion {
    // node(id:) gets a plain object from the adapter, and type-graphql tells a Node's type by instanceof
    static [Symbol.hasInstance](v: unknown): boolean {
      return hasGlobalIdType(v, "completion");
    }

    @Field(() => ID, { description: "kartra:completion:<sequence>" }) id!: string;
    @Field(() => Vendor, { description: "Always KARTRA." }) vendor!: string;
    @Field({ description: "Pass as `after` to calendarCompletions or the calendarCompleted subscription to resume after this completion." })
    cursor!: string;
    @Field(() => DateTimeResolver, { description: "When LeadGraph received and stored the webhook (UTC)." }) receivedAt!: Date;
    @Field(() => String, { description: "calendar_subscription_status, e.g. Completed." }) status!: string;
    @Field(() => LeadClass, { description: "The lead the webhook carried (global id kartra:lead:<lead id>)." })
    lead!: model.KartraMappedLead;
    @Field(() => CalendarClass, { description: "The calendar subscription the webhook carried." }) calendar!: Calendar;
    @Field(() => [EventClass], { description: "One CALENDAR_SESSION per event (same as calendar.sessions)." }) sessions!: Event[];
    @Field(() => JSONResolver, { description: "The webhook body exactly as Kartra sent it." }) raw!: unknown;
    seq!: number;
  }

  @ObjectType({ simpleResolvers: true, description: "GDPR state Kartra keeps for a lead." })
  class KartraGdpr implements model.KartraGdpr {
    @Field(() => String, { nullable: true, description: "gdpr_lead_status: OFF, NOT_SUBJECT, ACCEPTED, NOT_ACCEPTED, UNKNOWN, PENDING." })
    status!: string | null;
    @Field(() => Int, { nullable: true, description: "gdpr_lead_status as sent (0–5)." }) statusCode!: number | null;
    @Field(() => String, { nullable: true, description: "gdpr_lead_status_date as sent." }) statusDate!: string | null;
    @Field(() => String, { nullable: true, description: "gdpr_lead_status_ip: the IP address the GDPR status was given from." })
    statusIp!: string | null;
    @Field(() => String, { nullable: true, description: "gdpr_lead_communications: AGREED or NOT_AGREED." }) communications!: string | null;
    @Field(() => Int, { nullable: true, description: "gdpr_lead_communications as sent (0/1)." }) communicationsCode!: number | null;
  }

  @ObjectType({ simpleResolvers: true, description: "Kartra lead fields outside the unified Lead model." })
  class KartraLeadDetails implements model.KartraLeadDetails {
    @Field(() => String, { nullable: true, description: "last_name2: a second family name." }) lastName2!: string | null;
    @Field(() => String, { nullable: true, description: "phone_country_code as sent, e.g. +1." }) phoneCountryCode!: string | null;
    @Field(() => String, {
      nullable: true,
      description: "date_joined as sent (YYYY-mm-dd hh:mm:ss, Eastern time); createdAt holds the instant.",
    })
    dateJoined!: string | null;
    @Field(() => String, { nullable: true, description: "website." }) website!: string | null;
    @Field(() => String, { nullable: true, description: "ip: the address the lead signed up from." }) ip!: string | null;
    @Field(() => String, { nullable: true, description: "ip_country: the country of that address." }) ipCountry!: string | null;
    @Field(() => String, { nullable: true, description: "facebook profile." }) facebook!: string | null;
    @Field(() => String, { nullable: true, description: "twitter profile." }) twitter!: string | null;
    @Field(() => String, { nullable: true, description: "linkedin profile." }) linkedin!: string | null;
    @Field(() => String, { nullable: true, description: "sales_tax_id." }) salesTaxId!: string | null;
    @Field(() => String, { nullable: true, description: "lead_picture: URL of the lead's picture." }) leadPicture!: string | null;
    @Field(() => Int, { nullable: true, description: "referring_id: the Kartra lead that referred this one." }) referringId!: number | null;
    @Field(() => Boolean, { nullable: true, description: "blacklisted: true when Kartra blacklisted the lead." })
    blacklisted!: boolean | null;
    @Field(() => Int, { nullable: true, description: "source_id: the Kartra source the lead came in through." }) sourceId!: number | null;
    @Field(() => String, { nullable: true, description: "preferred_time_zone as sent." }) preferredTimeZone!: string | null;
    @Field(() => KartraGdpr, { description: "GDPR consent state." }) gdpr!: KartraGdpr;
  }

  @InputType({ description: "Which calendar completions to list or subscribe to; fields combine with AND." })
  class CalendarCompletionFilter implements model.CalendarCompletionFilter {
    @Field(() => String, { nullable: true, description: "Lead email (case-insensitive)." }) email?: string | null;
    @Field(() => String, { nullable: true, description: "calendar_id: only completions of this calendar." }) calendarId?: string | null;
    @Field(() => String, { nullable: true, description: "calendar_class_id: only completions of this class." }) classId?: string | null;
    @Field(() => String, { nullable: true, description: "calendar_subscription_status, case-insensitive." }) status?: string | null;
    @Field(() => DateTimeResolver, { nullable: true, description: "Received at or after." }) since?: Date | null;
    @Field(() => DateTimeResolver, { nullable: true, description: "Received before." }) until?: Date | null;
  }

  @ArgsType()
  class CalendarCompletionsArgs {
    @Field(() => CalendarCompletionFilter, { nullable: true, description: "Which completions; all when omitted." })
    filter?: CalendarCompletionFilter | null;
    @Field(() => Int, { defaultValue: 20, description: "How many completions to return (at most maxFirst)." }) first!: number;
    @Field(() => String, { nullable: true, description: "A CalendarCompletion cursor: completions received after it, oldest first." })
    after?: string | null;
  }

  @ArgsType()
  class CalendarCompletedArgs {
    @Field(() => CalendarCompletionFilter, { nullable: true, description: "Which completions to deliver; all when omitted." })
    filter?: CalendarCompletionFilter | null;
    @Field(() => String, { nullable: true, description: "Replay stored completions after this cursor first, then go live with no gap." })
    after?: string | null;
  }

  const CalendarCompletionConnection = kit.Connection(CalendarCompletion);
  type Connection = InstanceType<typeof CalendarCompletionConnection>;

  /** Lazy like the stream itself: a missing configuration or bad cursor is the first result's error. */
  async function* completedStream(ctx: RequestContext, args: CalendarCompletedArgs): AsyncGenerator<model.CalendarCompletion> {
    const vctx = kit.callContext(ctx, "kartra");
    yield* completionStream(vctx, args.filter, afterSeq(args.after));
  }

  @Resolver(() => CalendarCompletion)
  class CalendarCompletionResolver {
    @Query(() => CalendarCompletionConnection, {
      description: "Kartra calendar completions received by this tenant's webhook, oldest first.",
    })
    async calendarCompletions(@Args() { filter, first, after }: CalendarCompletionsArgs, @Ctx() ctx: RequestContext): Promise<Connection> {
      const max = ctx.limits.maxFirst;
      if (first < 0 || first > max) throw badInput("first", `must be between 0 and ${max}`);
      const vctx = kit.callContext(ctx, "kartra");
      const seq = afterSeq(after);
      const rows = await queryCompletions(vctx.store, ctx.tenant, { ...filter, afterSeq: seq, limit: first + 1 });
      const page = rows.slice(0, first);
      const [startCursor, endCursor] = [page[0]?.cursor ?? null, page.at(-1)?.cursor ?? null];
      return {
        edges: page.map((node) => ({ node, cursor: node.cursor })),
        pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: seq != null, startCursor, endCursor },
        totalCount: null,
      };
    }

    @Subscription(() => CalendarCompletion, {
      description:
        "Each Kartra calendar completion as it is stored. " +
        "With `after`, first replays the stored completions after that cursor, then goes live with no gap.",
      subscribe: ({ args, context }) => completedStream(context as RequestContext, args as CalendarCompletedArgs),
    })
    calendarCompleted(@Root() completion: CalendarCompletion, @Args() _args: CalendarCompletedArgs): CalendarCompletion {
      return completion;
    }

    @FieldResolver(() => [Forwarding], {
      description: "Forwardings of this completion (tenant rules `vendors.kartra.forward`) and where each stands.",
    })
    async forwardings(@Root() c: CalendarCompletion, @Ctx() ctx: RequestContext): Promise<Forwarding[]> {
      // one query per page of completions, not one per completion; not cached: statuses change
      // while a subscription runs
      const { memo, store } = kit.callContext(ctx, "kartra");
      let loader = memo.get("kartra:forwardings") as DataLoader<number, Forwarding[]> | undefined;
      if (!loader) {
        const batch = (seqs: readonly number[]) => forwardingsOf(store, ctx.services.registry, ctx.tenant, seqs);
        loader = new DataLoader(batch, { cache: false });
        memo.set("kartra:forwardings", loader);
      }
      return loader.load(c.seq);
    }
  }

  // a lead's subscriptions grow with every booking: a connection. Calendar.sessions and
  // CalendarCompletion.forwardings stay lists: one webhook's sessions, one forwarding per tenant rule.
  const CalendarConnection = kit.Connection(CalendarClass as never, "Calendar");

  @Resolver(() => LeadClass)
  class KartraLeadFieldsResolver {
    @FieldResolver(() => CalendarConnection, {
      description: "The lead's Kartra calendar subscriptions (latest state of each); empty for other vendors.",
    })
    async calendars(
      @Root() lead: Lead, @Args(() => kit.types.ConnectionArgs) args: PageArgs, @Ctx() ctx: RequestContext,
    ): Promise<ConnectionShape<Calendar>> {
      kit.pageArgs(ctx, args);
      const all = lead.vendor === VENDOR ? await calendarsForLead(ctx.services.store, ctx.tenant, lead.nativeId) : [];
      return kit.connectionFromList(ctx, all, args);
    }

    @FieldResolver(() => KartraLeadDetails, {
      nullable: true,
      description: "Kartra-only lead fields (GDPR, social, ip, …); null for other vendors.",
    })
    kartra(@Root() lead: Lead): model.KartraLeadDetails | null {
      return (lead as Partial<model.KartraMappedLead>).kartra ?? null;
    }
  }

  return { resolvers: [CalendarCompletionResolver, KartraLeadFieldsResolver] };
}
