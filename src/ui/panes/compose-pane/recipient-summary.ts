// Counts a recipient field's addresses and how many sit outside the rep's own domain, as one line of text.

function readDomain(emailAddress: string): string | undefined {
  const atIndex = emailAddress.lastIndexOf("@");
  return atIndex >= 0 ? emailAddress.slice(atIndex + 1).toLowerCase() : undefined;
}

export interface RecipientCount {
  readonly total: number;
  /** Undefined when the rep's own address is unknown, so "external" cannot be decided. */
  readonly external: number | undefined;
}

/** e.g. `["a@fabrikam.com", "b@contoso.com"]` for rep `me@contoso.com` gives `{ total: 2, external: 1 }`. */
export function countRecipients(
  emailAddresses: readonly string[],
  ownEmailAddress: string | undefined,
): RecipientCount {
  const ownDomain = ownEmailAddress ? readDomain(ownEmailAddress) : undefined;
  if (!ownDomain) {
    return { total: emailAddresses.length, external: undefined };
  }
  const external = emailAddresses.filter((address) => readDomain(address) !== ownDomain).length;
  return { total: emailAddresses.length, external };
}

/** e.g. `"To: 2 recipients, 1 external"`, `"Cc: 1 recipient"`, `"To: no recipients yet"`. */
export function formatRecipientLine(label: string, count: RecipientCount): string {
  if (count.total === 0) {
    return `${label}: no recipients yet`;
  }
  const noun = count.total === 1 ? "recipient" : "recipients";
  const hasExternal = count.external !== undefined && count.external > 0;
  const externalPart = hasExternal ? `, ${String(count.external)} external` : "";
  return `${label}: ${String(count.total)} ${noun}${externalPart}`;
}
