// Reads and saves one preference in Office roaming settings, surfacing save failures as AppError.
import { useCallback, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { callOfficeAsync } from "./call-office-async";
import { useOfficeContext } from "./use-office-context";

export interface RoamingValue<T> {
  readonly value: T;
  readonly isSaving: boolean;
  readonly error: AppError | undefined;
  /** Sets the value, saves it, and reverts it if Outlook could not save it. */
  readonly setValue: (next: T) => Promise<void>;
}

export type RoamingSetting = RoamingValue<boolean>;

export interface RoamingValueRules<T> {
  /** Whether a stored value is usable; anything else reads as the default. Keep it stable (useMemo). */
  readonly isStoredValue: (stored: unknown) => stored is T;
  /** The error for a value the caller may not save, checked before anything else; keep it stable. */
  readonly rejectValue?: (next: T) => AppError | undefined;
}

/**
 * A value kept in the mailbox's roaming settings, so it follows the user across devices.
 * e.g. `useRoamingValue("tempoTrackByDefault", false, { isStoredValue: isBoolean })`
 */
export function useRoamingValue<T>(
  name: string,
  defaultValue: T,
  rules: RoamingValueRules<T>,
): RoamingValue<T> {
  const office = useOfficeContext();
  const settings = office?.context.roamingSettings ?? undefined;
  const { isStoredValue, rejectValue } = rules;
  const [value, setStoredValue] = useState<T>(() => {
    const stored = settings?.get(name);
    return isStoredValue(stored) ? stored : defaultValue;
  });
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<AppError | undefined>(undefined);

  const setValue = useCallback(
    async (next: T): Promise<void> => {
      const rejection = rejectValue?.(next);
      if (rejection !== undefined) {
        setError(rejection);
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
    [office, settings, name, value, rejectValue],
  );

  return { value, isSaving, error, setValue };
}

function isBoolean(stored: unknown): stored is boolean {
  return typeof stored === "boolean";
}

const booleanRules: RoamingValueRules<boolean> = { isStoredValue: isBoolean };

/** A boolean kept in the mailbox's roaming settings, so it follows the user across devices. */
export function useRoamingSetting(name: string, defaultValue: boolean): RoamingSetting {
  return useRoamingValue(name, defaultValue, booleanRules);
}
