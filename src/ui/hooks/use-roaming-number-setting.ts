// Reads and saves one whole-number preference in Office roaming settings, with a range, surfacing failures as AppError.
import { useCallback, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { callOfficeAsync } from "./call-office-async";
import { useOfficeContext } from "./use-office-context";

export interface RoamingNumberSetting {
  readonly value: number;
  readonly isSaving: boolean;
  readonly error: AppError | undefined;
  /** Saves a whole number within the range; anything else gives `invalid_input` and keeps the value. */
  readonly setValue: (next: number) => Promise<void>;
}

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
  const office = useOfficeContext();
  const settings = office?.context.roamingSettings ?? undefined;
  const [value, setStoredValue] = useState<number>(() => {
    const stored = settings?.get(name);
    return isWholeNumberInRange(stored, range) ? stored : defaultValue;
  });
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const { min, max } = range;

  const setValue = useCallback(
    async (next: number): Promise<void> => {
      if (!isWholeNumberInRange(next, { min, max })) {
        setError(createAppError("invalid_input", { details: { setting: name, min, max } }));
        return;
      }
      if (!office || !settings) {
        setError(createAppError("office_api_unsupported", { details: { setting: name } }));
        return;
      }
      const previous = value;
      setStoredValue(next);
      setIsSaving(true);
      setError(undefined);
      try {
        settings.set(name, next);
        await callOfficeAsync<void>(office, (done) => settings.saveAsync(done));
      } catch (cause: unknown) {
        settings.set(name, previous);
        setStoredValue(previous);
        setError(isAppError(cause) ? cause : createAppError("storage_failed", { cause }));
      } finally {
        setIsSaving(false);
      }
    },
    [office, settings, name, value, min, max],
  );

  return { value, isSaving, error, setValue };
}
