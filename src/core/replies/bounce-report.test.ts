// Delivery-status parsing; add a row with the report text and every parsed recipient block.
import {
  parseDeliveryStatus,
  readRecipientOutcome,
  readSeverity,
  type DeliveryStatusRecipient,
} from "./bounce-report";

const cases: readonly { name: string; text: string; expected: DeliveryStatusRecipient[] }[] = [
  {
    name: "one failed recipient with a folded Diagnostic-Code",
    text: "Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; <Bob@Fabrikam.com>\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1\r\n   user unknown\r\n",
    expected: [
      {
        finalRecipient: "bob@fabrikam.com",
        action: "failed",
        status: "5.1.1",
        diagnosticCode: "smtp; 550 5.1.1 user unknown",
      },
    ],
  },
  {
    name: "two recipients, one delayed with an Original-Recipient",
    text: "Reporting-MTA: dns; mx\n\nOriginal-Recipient: rfc822;a@x.org\nFinal-Recipient: rfc822;a@y.org\nAction: delayed\nStatus: 4.4.1\n\nFinal-Recipient: rfc822;b@x.org\nAction: failed\nStatus: 5.2.2 (mailbox full)\n",
    expected: [
      {
        finalRecipient: "a@y.org",
        originalRecipient: "a@x.org",
        action: "delayed",
        status: "4.4.1",
      },
      { finalRecipient: "b@x.org", action: "failed", status: "5.2.2" },
    ],
  },
  {
    name: "per-message fields only",
    text: "Reporting-MTA: dns; mx\nArrival-Date: today\n",
    expected: [],
  },
  { name: "garbage", text: "\u0000\n\n::::\n", expected: [] },
];

describe("parseDeliveryStatus", () => {
  it.each(cases)("parses $name", ({ text, expected }) => {
    expect(parseDeliveryStatus(text)).toStrictEqual(expected);
  });
});

describe("readSeverity", () => {
  const cases: readonly [DeliveryStatusRecipient, string][] = [
    [{ action: "failed", status: "5.1.1" }, "hard"],
    [{ action: "failed", status: "4.4.7" }, "soft"],
    [{ action: "delayed" }, "soft"],
    [{ status: "5.0.0" }, "hard"],
    [{}, "hard"],
  ];
  it.each(cases)("reads %p as %p", (recipient, expected) => {
    expect(readSeverity(recipient.status, readRecipientOutcome(recipient))).toStrictEqual(expected);
  });
});
