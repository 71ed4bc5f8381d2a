// Reads and saves one whole-number preference in Office roaming settings, with a range, surfacing failures as AppError.
import { useMemo } from "react";
import { createAppError } from "@/core/errors/app-error";
import { useRoamingValue, type RoamingValue, type RoamingValueRules } from "./use-roaming-setting";

/** Its `setValue` saves a whole number within the range; anything else gives `invalid_input`. */
export type RoamingNumberSetting = RoamingValue<number>;

export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/** e.g. `isWholeNumberInRange(3, { min: 0, max: 30 })` gives true; 2.5, NaN or 31 give false. */
export function isWholeNumberInRange(value: unknown, range: NumberRange): value is number {
  return (
    typeof value === "number" && Number.isInteger(value) && value >= range.min && value <= range.max
  );
}

/** A number kept in the mailbox's roaming settings; a stored value out of range reads as the default. */
export function useRoamingNumberSetting(
  name: string,
  defaultValue: number,
  range: NumberRange,
): RoamingNumberSetting {
  const { min, max } = range;
  const rules = useMemo<RoamingValueRules<number>>(
    () => ({
      isStoredValue: (stored): stored is number => isWholeNumberInRange(stored, { min, max }),
      rejectValue: (next) =>
        isWholeNumberInRange(next, { min, max })
          ? undefined
          : createAppError("invalid_input", { details: { setting: name, min, max } }),
    }),
    [name, min, max],
  );
  return useRoamingValue(name, defaultValue, rules);
}
