// The Office.js compose calls the availability section makes: body type, insert at the cursor, and the offer custom property.
import { createAppError } from "@/core/errors/app-error";
import { offerCustomPropertyName } from "@/core/scheduling/offer";
import { callOfficeAsync } from "@/ui/hooks/call-office-async";
import type { OfficeApi, OfficeCallback } from "@/ui/hooks/office-api";

interface CustomPropertiesApi {
  set(name: string, value: string): void;
  saveAsync(callback: OfficeCallback<void>): void;
}

/** The slice of `Office.MessageCompose` used here (the real item is a superset). */
export interface AvailabilityComposeItem {
  readonly body: {
    getTypeAsync(callback: OfficeCallback<string>): void;
    setSelectedDataAsync(
      data: string,
      options: { coercionType: string },
      callback: OfficeCallback<void>,
    ): void;
  };
  loadCustomPropertiesAsync(callback: OfficeCallback<CustomPropertiesApi>): void;
  /** Mailbox 1.3; classic Outlook keeps compose-time custom properties only once the item is saved. */
  saveAsync?(callback: OfficeCallback<string>): void;
}

function hasFunction(value: unknown, name: string): boolean {
  return (
    typeof value === "object" && value !== null && typeof Reflect.get(value, name) === "function"
  );
}

/** The compose item when Office gives one with a writable body; undefined in read mode or outside Office. */
export function readComposeItem(
  office: OfficeApi | undefined,
): AvailabilityComposeItem | undefined {
  const item: unknown = office?.context.mailbox?.item;
  const body: unknown =
    typeof item === "object" && item !== null ? Reflect.get(item, "body") : null;
  const isCompose =
    hasFunction(body, "setSelectedDataAsync") &&
    hasFunction(body, "getTypeAsync") &&
    hasFunction(item, "loadCustomPropertiesAsync");
  return isCompose ? (item as AvailabilityComposeItem) : undefined;
}

/** Office's UI language (e.g. "de-DE"), the default language of the inserted times. */
export function readDisplayLanguage(office: OfficeApi | undefined): string | undefined {
  const context: unknown = office?.context;
  const language: unknown =
    typeof context === "object" && context !== null ? Reflect.get(context, "displayLanguage") : "";
  return typeof language === "string" && language !== "" ? language : undefined;
}

/**
 * Inserts at the cursor in the body's own format: sanitized HTML into an HTML body, text into a
 * plain-text one (Body.getTypeAsync, then setSelectedDataAsync with that coercion type).
 */
export async function insertAtCursor(
  office: OfficeApi,
  item: AvailabilityComposeItem,
  content: { readonly html: string; readonly text: string },
): Promise<"html" | "text"> {
  const type = await callOfficeAsync<string>(office, (done) => item.body.getTypeAsync(done));
  const coercionType = String(type) === "html" ? "html" : "text";
  const data = coercionType === "html" ? content.html : content.text;
  try {
    await callOfficeAsync<void>(office, (done) =>
      item.body.setSelectedDataAsync(data, { coercionType }, done),
    );
  } catch (cause: unknown) {
    throw createAppError("availability_insert_failed", { cause });
  }
  return coercionType;
}

/**
 * Stores the encoded offer as the add-in's custom property and saves it, so it reaches the Sent
 * Items copy where booking reads it (GRAPH-FACTS A1: classic Outlook needs saveAsync before send).
 */
export async function storeOffer(
  office: OfficeApi,
  item: AvailabilityComposeItem,
  encodedOffer: string,
): Promise<void> {
  const properties = await callOfficeAsync<CustomPropertiesApi>(office, (done) =>
    item.loadCustomPropertiesAsync(done),
  );
  properties.set(offerCustomPropertyName, encodedOffer);
  await callOfficeAsync<void>(office, (done) => properties.saveAsync(done));
  // GRAPH-FACTS A1 (metadata-for-an-outlook-add-in.md): on classic Windows, compose-time custom
  // properties persist only after the item is closed or `item.saveAsync` is called.
  const saveItem = item.saveAsync?.bind(item);
  if (saveItem !== undefined) await callOfficeAsync<string>(office, (done) => saveItem(done));
}
