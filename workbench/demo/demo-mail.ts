// The demo mailbox's mail threads as data: outreach, replies, an out-of-office, internal mail and a draft.
import { colleagues, departedContact, prospects, rep } from "./demo-people";
import type { DemoPerson } from "./demo-people";

export interface MailSpec {
  folder: "inbox" | "sentitems" | "drafts";
  thread: string;
  from: DemoPerson;
  to: DemoPerson[];
  subject: string;
  text: string;
  minutesAgo: number;
  trackId?: string;
  inReplyTo?: string;
  extraHeaders?: Array<[string, string]>;
  isRead?: boolean;
}

export const hour = 60;
export const day = 24 * hour;

/** Deterministic, Exchange-looking ids derived from a key so the seed stays a pure function. */
export const conversationIdFor = (thread: string): string =>
  `AAQkAGRmZTQ5QAAQ${Buffer.from(`conversation:${thread}`).toString("base64url")}`;
export const messageIdFor = (spec: Pick<MailSpec, "thread" | "from" | "minutesAgo">): string =>
  `<${spec.thread}.${spec.minutesAgo}.${spec.from.address.split("@")[0] ?? ""}@${spec.from.address.split("@")[1] ?? ""}>`;

export const mail: MailSpec[] = [
  {
    folder: "sentitems",
    thread: "fabrikam-onboarding",
    from: rep,
    to: [prospects.kenji],
    subject: "Cutting onboarding time at Fabrikam",
    minutesAgo: 6 * day,
    trackId: "trk-0001",
    text: "Hi Kenji,\n\nTeams like yours at Fabrikam usually spend weeks onboarding new warehouse staff. We cut that to days at Adventure Works. Worth a 20-minute call next week?\n\nBest,\nAlex",
  },
  {
    folder: "inbox",
    thread: "fabrikam-onboarding",
    from: prospects.kenji,
    to: [rep],
    subject: "RE: Cutting onboarding time at Fabrikam",
    minutesAgo: 4 * day,
    inReplyTo: "fabrikam-onboarding",
    isRead: false,
    text: "Hi Alex,\n\nInteresting timing, we are hiring 40 people next quarter. Could you do Tuesday at 10am PT or Wednesday at 2pm?\n\nKenji",
  },
  {
    folder: "sentitems",
    thread: "fabrikam-q3",
    from: rep,
    to: [prospects.priya],
    subject: "Following up: Q3 logistics review",
    minutesAgo: 5 * day,
    trackId: "trk-0002",
    text: "Hi Priya,\n\nFollowing up on the logistics review you mentioned. Happy to share the benchmark we ran for Northwind.\n\nAlex",
  },
  {
    folder: "inbox",
    thread: "fabrikam-q3",
    from: prospects.priya,
    to: [rep],
    subject: "Automatic reply: Following up: Q3 logistics review",
    minutesAgo: 5 * day - 1,
    inReplyTo: "fabrikam-q3",
    extraHeaders: [
      ["Auto-Submitted", "auto-replied"],
      ["X-Auto-Response-Suppress", "All"],
      ["X-MS-Exchange-Inbox-Rules-Loop", "priya.raman@fabrikam.com"],
    ],
    text: "I am out of the office until next Monday with limited access to email. For urgent matters please contact logistics@fabrikam.com.",
  },
  {
    folder: "sentitems",
    thread: "adatum-intro",
    from: rep,
    to: [departedContact],
    subject: "Intro: Contoso x Adatum",
    minutesAgo: 3 * day,
    trackId: "trk-0003",
    text: "Hi Daniel,\n\nMegan suggested I reach out about your security review process.\n\nAlex",
  },
  {
    folder: "sentitems",
    thread: "northwind-pricing",
    from: rep,
    to: [prospects.sofia],
    subject: "Pricing for the Northwind rollout",
    minutesAgo: 2 * day,
    trackId: "trk-0004",
    text: "Hi Sofia,\n\nAttached is the pricing we discussed for the 300-seat rollout. Let me know if the tiers work for you.\n\nAlex",
  },
  {
    folder: "sentitems",
    thread: "litware-pilot",
    from: rep,
    to: [prospects.liam],
    subject: "Litware pilot next steps",
    minutesAgo: 8 * day,
    trackId: "trk-0005",
    text: "Hi Liam,\n\nThanks for the time today. Proposed next steps for the pilot are below.\n\nAlex",
  },
  {
    folder: "inbox",
    thread: "litware-pilot",
    from: prospects.liam,
    to: [rep],
    subject: "RE: Litware pilot next steps",
    minutesAgo: 7 * day,
    inReplyTo: "litware-pilot",
    text: "Alex, this looks right. I need to loop in procurement; I will get back to you by Friday.\n\nLiam",
  },
  {
    folder: "sentitems",
    thread: "litware-pilot",
    from: rep,
    to: [prospects.liam],
    subject: "RE: Litware pilot next steps",
    minutesAgo: 1 * day,
    text: "Hi Liam, checking in on procurement. Anything I can send them?\n\nAlex",
  },
  {
    folder: "sentitems",
    thread: "tailspin-holiday",
    from: rep,
    to: [prospects.hannah],
    subject: "Tailspin Toys: holiday inventory planning",
    minutesAgo: 1 * day - 3 * hour,
    trackId: "trk-0006",
    text: "Hi Hannah,\n\nHoliday planning season is here. Here is how Wingtip avoided stock-outs last year.\n\nAlex",
  },
  {
    folder: "sentitems",
    thread: "wingtip-crm",
    from: rep,
    to: [prospects.marcus],
    subject: "Quick question about Wingtip's CRM",
    minutesAgo: 10 * day,
    text: "Hi Marcus, which CRM does your team use today?\n\nAlex",
  },
  {
    folder: "inbox",
    thread: "wingtip-crm",
    from: prospects.marcus,
    to: [rep],
    subject: "RE: Quick question about Wingtip's CRM",
    minutesAgo: 9 * day,
    inReplyTo: "wingtip-crm",
    text: "We are on Dynamics 365. Why do you ask?\n\nMarcus",
  },
  {
    folder: "sentitems",
    thread: "adatum-security",
    from: rep,
    to: [prospects.ana],
    subject: "Adatum security questionnaire",
    minutesAgo: 4 * hour,
    trackId: "trk-0007",
    text: "Hi Ana,\n\nHere are our answers to the security questionnaire.\n\nAlex",
  },
  {
    folder: "inbox",
    thread: "pipeline-review",
    from: colleagues.megan,
    to: [rep],
    subject: "Weekly pipeline review",
    minutesAgo: 2 * day + 3 * hour,
    text: "Hi team, please update your opportunities before Thursday's review.\n\nMegan",
  },
  {
    folder: "inbox",
    thread: "lunch",
    from: colleagues.isaiah,
    to: [rep],
    subject: "Lunch Thursday?",
    minutesAgo: 20 * hour,
    isRead: false,
    text: "Tacos at noon?",
  },
  {
    folder: "inbox",
    thread: "it-maintenance",
    from: colleagues.it,
    to: [rep],
    subject: "Planned maintenance this weekend",
    minutesAgo: 3 * day + 5 * hour,
    text: "VPN will be unavailable Saturday 22:00 to Sunday 02:00 PT.",
  },
  {
    folder: "drafts",
    thread: "litware-proposal",
    from: rep,
    to: [prospects.liam],
    subject: "Litware proposal draft",
    minutesAgo: 2 * hour,
    text: "Hi Liam, as promised, the proposal for the pilot.",
  },
];
