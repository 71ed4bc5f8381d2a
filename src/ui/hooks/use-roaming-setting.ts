// Reads and saves one boolean preference in Office roaming settings, surfacing save failures as AppError.
import { useCallback, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { callOfficeAsync } from "./call-office-async";
import { useOfficeContext } from "./use-office-context";

export interface RoamingSetting {
  readonly value: boolean;
  readonly isSaving: boolean;
  readonly error: AppError | undefined;
  /** Sets the value, saves it, and reverts it if Outlook could not save it. */
  readonly setValue: (next: boolean) => Promise<void>;
}

/** A boolean kept in the mailbox's roaming settings, so it follows the user across devices. */
export function useRoamingSetting(name: string, defaultValue: boolean): RoamingSetting {
  const office = useOfficeContext();
  const settings = office?.context.roamingSettings ?? undefined;
  const [value, setStoredValue] = useState<boolean>(() => {
    const stored = settings?.get(name);
    return typeof stored === "boolean" ? stored : defaultValue;
  });
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<AppError | undefined>(undefined);

  const setValue = useCallback(
    async (next: boolean): Promise<void> => {
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
    [office, settings, name, value],
  );

  return { value, isSaving, error, setValue };
}
