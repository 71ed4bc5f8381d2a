// The availability section's state: find free times, choose them, and insert them (with the offer and optional holds).
import { useCallback, useEffect, useMemo, useState } from "react";
import { findAvailability, type Availability } from "@/app/availability/find-availability";
import { placeHolds, releaseExpiredHolds } from "@/app/availability/manage-holds";
import { prepareOffer } from "@/app/availability/prepare-offer";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { toOfferId } from "@/core/scheduling/offer";
import { sanitizeHtml } from "@/ui/html/sanitize-html";
import { holdDays, type AvailabilityChoices } from "./availability-options";
import { insertAtCursor, storeOffer, type AvailabilityComposeItem } from "./availability-office";
import type { PaneServices } from "@/app/composition-root";
import type { TimeRange } from "@/core/time/time-range";
import type { OfficeApi } from "@/ui/hooks/office-api";

export type AvailabilityState =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: AppError }
  | {
      readonly status: "ready" | "inserting";
      readonly slots: readonly TimeRange[];
      readonly repTimeZone: string;
    }
  | { readonly status: "inserted"; readonly summary: string };

export interface AvailabilityEnvironment {
  readonly office: OfficeApi;
  readonly item: AvailabilityComposeItem;
  readonly loadServices: () => Promise<PaneServices>;
  readonly repAddress: string;
  readonly now: () => Date;
}

const toAppError = (error: unknown): AppError =>
  isAppError(error) ? error : createAppError("graph_failed", { cause: error });

function newOfferId() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  const id = toOfferId(`of-${hex}`);
  if (id === undefined) throw createAppError("invalid_input", { details: { field: "offerId" } });
  return id;
}

async function insertOffer(
  environment: AvailabilityEnvironment,
  slots: readonly TimeRange[],
  choices: AvailabilityChoices,
  heldFor: string,
): Promise<string> {
  const prepared = prepareOffer({
    offerId: newOfferId(),
    slots,
    durationMinutes: choices.durationMinutes,
    prospectTimeZone: choices.prospectTimeZone,
    locale: choices.locale,
  });
  const { office, item } = environment;
  await insertAtCursor(office, item, { html: sanitizeHtml(prepared.html), text: prepared.text });
  await storeOffer(office, item, prepared.encodedOffer);
  const inserted = `Inserted ${slots.length} times in ${prepared.zoneLabel}.`;
  if (!choices.isHoldOn) return inserted;
  const { calendar } = await environment.loadServices();
  const now = environment.now();
  await releaseExpiredHolds(calendar, now);
  await placeHolds(calendar, {
    offer: prepared.offer,
    holdDays,
    now,
    heldFor,
  });
  return `${inserted} Held on your calendar for ${holdDays} days.`;
}

type Found =
  | { readonly status: "ready"; readonly slots: readonly TimeRange[]; readonly repTimeZone: string }
  | { readonly status: "failed"; readonly error: AppError };

type Action =
  | { readonly status: "inserting" }
  | { readonly status: "inserted"; readonly summary: string }
  | { readonly status: "failed"; readonly error: AppError };

function deriveState(found: Found | undefined, action: Action | undefined): AvailabilityState {
  if (found === undefined) return { status: "loading" };
  if (found.status === "failed") return found;
  if (action === undefined) return found;
  return action.status === "inserting" ? { ...found, status: "inserting" } : action;
}

/** One search per environment and duration, shared: React's StrictMode runs effects twice in development. */
const searches = new WeakMap<object, Promise<Availability>>();

function searchOnce(key: {
  readonly environment: AvailabilityEnvironment;
  readonly durationMinutes: number;
}): Promise<Availability> {
  const known = searches.get(key);
  if (known !== undefined) return known;
  const search = key.environment.loadServices().then(({ calendar }) =>
    findAvailability(calendar, {
      repAddress: key.environment.repAddress,
      durationMinutes: key.durationMinutes,
      horizonDays: 14,
      perDay: 4,
      now: key.environment.now(),
    }),
  );
  searches.set(key, search);
  return search;
}

/** `heldFor` names whom the holds are for, e.g. the first recipient. */
export function useAvailability(
  environment: AvailabilityEnvironment,
  choices: AvailabilityChoices,
  heldFor: string,
) {
  const { durationMinutes } = choices;
  const [found, setFound] = useState<{ readonly key: unknown; readonly value: Found }>();
  const [action, setAction] = useState<Action>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // A new duration or environment shows "loading" until its own answer arrives.
  const key = useMemo(() => ({ environment, durationMinutes }), [environment, durationMinutes]);
  const state = deriveState(found?.key === key ? found.value : undefined, action);

  useEffect(() => {
    let isCurrent = true;
    searchOnce(key).then(
      (result) => {
        if (!isCurrent) return;
        setChosen(new Set(result.suggested.map((slot) => slot.startUtc)));
        const { slots, repTimeZone } = result;
        setFound({ key, value: { status: "ready", slots, repTimeZone } });
      },
      (error: unknown) =>
        isCurrent && setFound({ key, value: { status: "failed", error: toAppError(error) } }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key]);

  const toggle = useCallback((slot: TimeRange) => {
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(slot.startUtc)) next.add(slot.startUtc);
      return next;
    });
  }, []);

  const insert = useCallback(() => {
    if (state.status !== "ready") return;
    const slots = state.slots.filter((slot) => chosen.has(slot.startUtc));
    setAction({ status: "inserting" });
    insertOffer(environment, slots, choices, heldFor).then(
      (summary) => setAction({ status: "inserted", summary }),
      (error: unknown) => setAction({ status: "failed", error: toAppError(error) }),
    );
  }, [state, chosen, environment, choices, heldFor]);

  return { state, chosen, toggle, insert };
}
