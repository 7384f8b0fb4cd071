import type { WriteProbe } from "../../helpers/probes.js";
import { PROPEXO_SIM_APPLICANTS, PROPEXO_SIM_EVENT_TYPES } from "../../../src/vendors/propexo/simulator.js";

const CREATE_EVENT =
  `mutation($input: EventInput!) {
  createEvent(input: $input, target: ENTRATA) ` +
  `{ ok deliveries { vendor status message error { code message vendorCode } details fieldErrors { message } } }
}`;

const jane = PROPEXO_SIM_APPLICANTS[0]!;

/** An Entrata call event for the seeded applicant (the lead's phone is the number called from). */
export const writeProbe: WriteProbe = {
  route: "create_applicant_event_entrata",
  send: (app, lead) =>
    app.gql(CREATE_EVENT, {
      input: {
        type: "CALL",
        title: "Follow-up call",
        startsAt: "2024-01-15T16:30:00Z",
        endsAt: "2024-01-15T16:35:30Z",
        entrata: {
          applicantId: jane.id,
          applicationId: jane.applicationId,
          eventTypeId: PROPEXO_SIM_EVENT_TYPES.call,
          callFrom: lead.phone,
          callTo: "+1 720 555 0134",
          callStatus: "ANSWER",
          callAudioLink: "https://recordings.example.com/calls/8842.mp3",
        },
      },
    }),
};
