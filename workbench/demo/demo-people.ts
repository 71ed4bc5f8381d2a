// The people of the demo mailbox: the rep (from workbench-config), colleagues and prospects at external companies.
import { demoUser } from "../workbench-config";

export interface DemoPerson {
  name: string;
  address: string;
  company: string;
}

export const rep: DemoPerson = {
  name: demoUser.displayName,
  address: demoUser.emailAddress,
  company: "Contoso",
};

export const demoUserObjectId = "5f0c7a2e-3b1d-4e8a-9c6f-2d7b8e1a4c30";

export const colleagues = {
  megan: { name: "Megan Bowen", address: "megan.bowen@contoso.com", company: "Contoso" },
  isaiah: { name: "Isaiah Langer", address: "isaiah.langer@contoso.com", company: "Contoso" },
  it: { name: "Contoso IT", address: "it-announcements@contoso.com", company: "Contoso" },
  postmaster: {
    name: "Mail Delivery Subsystem",
    address: "postmaster@contoso.com",
    company: "Contoso",
  },
} satisfies Record<string, DemoPerson>;

export const prospects = {
  kenji: { name: "Kenji Watanabe", address: "kenji.watanabe@fabrikam.com", company: "Fabrikam" },
  priya: { name: "Priya Raman", address: "priya.raman@fabrikam.com", company: "Fabrikam" },
  daniel: { name: "Daniel Okafor", address: "daniel.okafor@adatum.com", company: "Adatum" },
  ana: { name: "Ana Costa", address: "ana.costa@adatum.com", company: "Adatum" },
  sofia: {
    name: "Sofia Marquez",
    address: "sofia.marquez@northwindtraders.com",
    company: "Northwind Traders",
  },
  liam: { name: "Liam O'Connell", address: "liam.oconnell@litware.com", company: "Litware" },
  hannah: {
    name: "Hannah Schmidt",
    address: "hannah.schmidt@tailspintoys.com",
    company: "Tailspin Toys",
  },
  marcus: { name: "Marcus Lee", address: "marcus.lee@wingtiptoys.com", company: "Wingtip Toys" },
} satisfies Record<string, DemoPerson>;

/**
 * An address at a demo prospect's company that no longer exists: mail to it bounces (5.1.1), as the
 * seeded "Intro: Contoso x Adatum" did.
 */
export const departedContact: DemoPerson = {
  name: "Daniel Okafor",
  address: "d.okafor@adatum.com",
  company: "Adatum",
};

export function toRecipient(person: DemoPerson): {
  emailAddress: { name: string; address: string };
} {
  return { emailAddress: { name: person.name, address: person.address } };
}
