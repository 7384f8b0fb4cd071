/**
 * ClientTether's own objects as LeadGraph serves them beside the unified Lead and Event
 * (clienttether-api-v2.txt parameter tables), typed rather than JSON. Plain data: graphql/
 * declares the GraphQL types over these shapes.
 */

export interface LeadSource {
  id: string;
  nativeId: string;
  name: string;
  webKey: string | null;
  raw: unknown;
}

export interface ActionStep {
  order: number | null;
  type: string | null;
  day: string | null;
  time: string | null;
  subject: string | null;
  body: string | null;
}

export interface ActionPlan {
  id: string;
  nativeId: string;
  name: string;
  type: string | null;
  linkId: string | null;
  linkName: string | null;
  nextPlanId: string | null;
  nextPlanName: string | null;
  steps: ActionStep[];
  raw: unknown;
}

export interface SalesCycle {
  id: string;
  nativeId: string;
  name: string;
  active: boolean | null;
  order: number | null;
  contactType: number | null;
  raw: unknown;
}

export interface User {
  id: string;
  nativeId: string;
  type: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  email: string | null;
  username: string | null;
  showCalendar: boolean;
  raw: unknown;
}

export interface Tag {
  nativeId: string | null;
  value: string;
}

export interface Account {
  id: string;
  nativeId: string;
  type: string | null;
  name: string | null;
  firstName: string | null;
  lastName: string | null;
  ownerName: string | null;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  officePhone: string | null;
  /** The account web key is removed. */
  raw: unknown;
}

export interface Note {
  nativeId: string | null;
  type: string | null;
  body: string | null;
  createdAt: Date | null;
  raw: unknown;
}

export interface PendingAction {
  nativeId: string | null;
  actionPlanId: string | null;
  actionPlanName: string | null;
  type: string | null;
  subject: string | null;
  dueAt: Date | null;
  raw: unknown;
}

export interface LineItem {
  description: string | null;
  price: string | null;
  notes: string | null;
}

export interface Payment {
  proposalId: string | null;
  proposalNumber: string | null;
  payday: string | null;
  amount: string | null;
  type: string | null;
  status: string | null;
  createdDate: string | null;
  raw: unknown;
}

export interface Proposal {
  id: string;
  nativeId: string;
  leadId: string | null;
  type: string | null;
  number: string | null;
  estimator: string | null;
  productionManager: string | null;
  notes: string | null;
  workNotes: string | null;
  finalPrice: string | null;
  discount: string | null;
  jobStartDate: string | null;
  jobEndDate: string | null;
  lineItems: LineItem[];
  raw: unknown;
}
