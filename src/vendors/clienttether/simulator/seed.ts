import type { ClientTetherClient } from "../types.js";
import { SIM_WEB_KEY, type ClientTetherSimState } from "./state.js";

/** Demo data: 250 clients (so pagination shows) and the reference data, activity and proposals around the first. */

const FIRST = "John Anna Peter Maria James Linda Robert Susan David Karen Kent Emily Carlos Aisha Wei".split(" ");
const LAST = "Doe Smith Jones Garcia Brown Miller Davis Wilson Hall Clark Lopez Young King Chen Patel".split(" ");
const CITIES: [string, string, string][] = [
  ["Denver", "CO", "80202"],
  ["Austin", "TX", "78701-1234"],
  ["Chicago", "IL", "60601"],
  ["Toronto", "ON", "M5V 2T6"],
  ["Phoenix", "AZ", "85004"],
];

export const DEMO_FIRST_CLIENT_ID = "8051632";

/** Demo client number `i`: the seed data, also the realistic record tests fill caches with. */
export function demoClient(i: number, id = String(8051632 + i)): ClientTetherClient {
  const [city, state, zip] = CITIES[i % CITIES.length]!;
  return {
    client_id: id,
    external_id: String(16051989 + i),
    firstName: FIRST[i % FIRST.length]!,
    lastName: LAST[Math.floor(i / FIRST.length) % LAST.length]!,
    phone: `303${String(5550000 + i).padStart(7, "0")}`,
    smsok: "1",
    second_phone: "",
    email: `client${i}@example.com`,
    address: `${100 + i} Main St`,
    city,
    state,
    zip,
    compName: i % 3 === 0 ? `Company ${i}` : "",
    tag: i % 4 === 0 ? "Hot Lead,LV Show" : "",
    job_title: "",
    creation_date: "2020:01:15",
    action_plan_id: "0",
    sales_cycle_id: i % 2 === 0 ? "123" : "234",
    lead_source_id: i % 2 === 0 ? "123" : "234",
    lead_source_name: i % 2 === 0 ? "Craftjack" : "HomeAdvisor",
    contact_type: "1",
    new_lead_notification: "0",
    assigned_user_id: "123",
    favorite_color: i % 5 === 0 ? "blue" : "",
  };
}

export function seedDemo(st: ClientTetherSimState): void {
  st.leadSources.set("123", { lead_source_id: "123", lead_source_name: "Craftjack", lead_source_web_key: "CT-123" });
  st.leadSources.set("234", { lead_source_id: "234", lead_source_name: "HomeAdvisor", lead_source_web_key: "CT-234" });
  st.salesCycles.set("123", {
    sales_cycle_id: "123",
    sales_cycle_name: "Apt Scheduled",
    sales_cycle_active_status: "1",
    sales_cycle_order: "1",
    sales_cycle_contact_type: "1",
  });
  st.salesCycles.set("234", {
    sales_cycle_id: "234",
    sales_cycle_name: "Pending",
    sales_cycle_active_status: "1",
    sales_cycle_order: "2",
    sales_cycle_contact_type: "1",
  });
  st.salesCycles.set("345", {
    sales_cycle_id: "345",
    sales_cycle_name: "Dead",
    sales_cycle_active_status: "0",
    sales_cycle_order: "1",
    sales_cycle_contact_type: "1",
  });
  const steps = [
    { Order: "1", Type: "email", Date: "1", Time: "00:00:00", Subject: "MyFirstEmail", Body: "La te da and doe ray me" },
    { Order: "2", Type: "email", Date: "1", Time: "00:00:00", Subject: "MySecondEmail", Body: "La te da and doe ray me" },
  ];
  st.actionPlans.set("123456", {
    action_plan_id: "123456",
    action_plan_name: "New Lead Welcome",
    action_plan_type: "Connection",
    action_plan_link_id: "123",
    action_plan_next_plan_id: "",
    "Action Steps": steps,
  });
  st.actionPlans.set("234567", {
    action_plan_id: "234567",
    action_plan_name: "Nurture Quote",
    action_plan_type: "Conversion",
    action_plan_link_id: "234",
    action_plan_next_plan_id: "",
    "Action Steps": [
      { Order: "1", Type: "text", Date: "2", Time: "10:00:00", Subject: "Checking in", Body: "Any questions about the quote?" },
    ],
  });
  st.actionPlans.set("345678", {
    action_plan_id: "345678",
    action_plan_name: "Annual Retention",
    action_plan_type: "Retention",
    action_plan_link_id: "",
    action_plan_next_plan_id: "",
    "Action Steps": [],
  });
  st.users.set("123", {
    user_id: "123",
    user_type: "Admin",
    user_first_name: "Kent",
    user_last_name: "Hall",
    user_phone: "1234567890",
    user_email: "Kent@clienttether.com",
    user_username: "KentH123",
    user_show_calendar: "0",
    user_password: "x",
  });
  st.users.set("124", {
    user_id: "124",
    user_type: "Standard",
    user_first_name: "Dana",
    user_last_name: "Reyes",
    user_phone: "3035550142",
    user_email: "dana@example.com",
    user_username: "dana",
    user_show_calendar: "1",
    user_password: "x",
  });
  st.tags.push({ tag_id: "1", tag_value: "123" }, { tag_id: "2", tag_value: "Hot Lead" }, { tag_id: "3", tag_value: "LV Show" });
  st.accounts.set("123456", {
    account_id: "123456",
    account_type: "Multi-level",
    account_name: "Demo Enterprise",
    account_first_name: "Kent",
    account_last_name: "Hall",
    account_owner_name: "Kent Hall",
    account_company_name: "ClientTether Demo",
    account_email: "owner@example.com",
    account_phone: "3039291447",
    account_office_phone: "3039291400",
    account_web_key: SIM_WEB_KEY,
  });
  st.accounts.set("123457", {
    account_id: "123457",
    account_type: "Standard",
    account_name: "Demo Denver",
    account_first_name: "Dana",
    account_last_name: "Reyes",
    account_owner_name: "Dana Reyes",
    account_company_name: "Denver Branch",
    account_email: "denver@example.com",
    account_phone: "3035550100",
    account_office_phone: "3035550101",
    account_web_key: "CT_denver000000000000000000000002",
  });

  for (let i = 0; i < 250; i++) {
    const id = String(8051632 + i);
    st.clients.set(id, demoClient(i, id));
  }
  const first = st.clients.get(DEMO_FIRST_CLIENT_ID)!;
  first.action_plan_id = "123456";
  st.pending.push(
    {
      action_id: "700001",
      client_id: first.client_id,
      action_plan_id: "123456",
      action_plan_name: "New Lead Welcome",
      action_type: "email",
      action_date: "2020:01:16",
      action_time: "09:00:00",
      action_subject: "MyFirstEmail",
    },
    {
      action_id: "700002",
      client_id: first.client_id,
      action_plan_id: "123456",
      action_plan_name: "New Lead Welcome",
      action_type: "email",
      action_date: "2020:01:17",
      action_time: "09:00:00",
      action_subject: "MySecondEmail",
    },
  );
  st.events.set("600001", {
    event_id: "600001",
    client_id: first.client_id,
    event_type: "Call",
    event_date: "2020:01:16",
    event_time: "10:30:00",
    event_note: "Intro call",
    user_id: "123",
  });
  st.events.set("600002", {
    event_id: "600002",
    client_id: first.client_id,
    event_type: "Appointment",
    event_date: "2020:01:20",
    event_time: "14:00:00",
    event_end_date: "2020:01:20",
    event_end_time: "15:00:00",
    event_note: "Estimate visit",
    user_id: "123",
  });
  st.notes.push({
    note_id: "500001",
    client_id: first.client_id,
    note_type: "Integration",
    note_body: "Lead came from the spring show",
    note_date: "2020:01:15",
    note_time: "09:12:00",
  });
  st.proposals.push({
    proposal_id: "9000000000001",
    client_id: first.client_id,
    proposal_type: "Exterior Painting",
    proposal_num: "P-1001",
    estimator: "Kent Hall",
    production_manager: "Dana Reyes",
    proposal_notes: "Two coats",
    work_notes: "North wall needs scraping",
    final_price: "4200.00",
    discount: "300.00",
    job_start_date: "2020-02-01",
    job_end_date: "2020-02-05",
    line_item_detail: [
      { Description: "Prep and scrape", "Line Price": "900.00", Notes: "" },
      { Description: "Paint", "Line Price": "3600.00", Notes: "Two coats" },
    ],
  });
  st.payments.push(
    {
      proposal_id: "9000000000001",
      proposal_number: "P-1001",
      client_id: first.client_id,
      payday: "2020-01-20",
      amount: "1000.00",
      type: "Card",
      status: "Deposit",
      created_date: "2020-01-20",
    },
    {
      proposal_id: "9000000000001",
      proposal_number: "P-1001",
      client_id: first.client_id,
      payday: "2020-02-05",
      amount: "3200.00",
      type: "Check",
      status: "Final",
      created_date: "2020-02-05",
    },
  );
  st.seq = 0;
}
