// The scheduled-sends console's state: sign-in, the list from the mailbox, and cancel / reschedule per row.
import { useCallback, useEffect, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { usePaneServices } from "@/ui/hooks/use-pane-services";
import type { ScheduledSendRow, SendLaterService } from "@/app/send-later/send-later-service";

export type ScheduledSendsState =
  | { readonly status: "loading" }
  | { readonly status: "signed_out" }
  | { readonly status: "unavailable" }
  | { readonly status: "ready"; readonly rows: readonly ScheduledSendRow[] };

export interface ScheduledSendsController {
  readonly state: ScheduledSendsState;
  readonly error: AppError | undefined;
  /** Rows being cancelled or rescheduled. */
  readonly busyIds: ReadonlySet<string>;
  /** What the last action did, as a sentence for a status message. */
  readonly notice: string | undefined;
  readonly signIn: () => void;
  readonly refresh: () => void;
  readonly cancel: (row: ScheduledSendRow) => void;
  readonly reschedule: (row: ScheduledSendRow, sendAtUtc: string) => void;
}

function toAppError(error: unknown): AppError {
  return isAppError(error) ? error : createAppError("graph_failed", { cause: error });
}

export function useScheduledSends(): ScheduledSendsController {
  const source = usePaneServices();
  const services = source.status === "ready" ? source.services : undefined;
  const [state, setState] = useState<ScheduledSendsState>({ status: "loading" });
  const [error, setError] = useState<AppError>();
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string>();

  const load = useCallback((sendLater: SendLaterService) => {
    setError(undefined);
    sendLater.listScheduled().then(
      (rows) => setState({ status: "ready", rows }),
      (cause: unknown) => setError(toAppError(cause)),
    );
  }, []);

  useEffect(() => {
    if (services === undefined) return undefined;
    const { sendLater } = services;
    if (sendLater === undefined) return undefined;
    let isCurrent = true;
    // Restoring never opens a window; without an account the console offers Sign in.
    services.session.restoreSignIn().then(
      (account) => {
        if (!isCurrent) return;
        if (account === null) setState({ status: "signed_out" });
        else load(sendLater);
      },
      (cause: unknown) => isCurrent && setError(toAppError(cause)),
    );
    // A sign-in or sign-out in the other dashboard section applies here too.
    const unsubscribe = services.session.onAccountChanged?.((account) => {
      if (!isCurrent) return;
      if (account === null) setState({ status: "signed_out" });
      else load(sendLater);
    });
    return () => {
      isCurrent = false;
      unsubscribe?.();
    };
  }, [services, load]);

  const withRow = useCallback(
    (row: ScheduledSendRow, work: (sendLater: SendLaterService) => Promise<string>) => {
      const sendLater = services?.sendLater;
      if (sendLater === undefined) return;
      setBusyIds((ids) => new Set([...ids, row.id]));
      setError(undefined);
      work(sendLater)
        .then((text) => setNotice(text))
        .catch((cause: unknown) => setError(toAppError(cause)))
        .finally(() => {
          setBusyIds((ids) => new Set([...ids].filter((id) => id !== row.id)));
          load(sendLater);
        });
    },
    [services, load],
  );

  // No services at all (a pane rendered without sign-in) or ones without send later: nothing to list.
  const isUnavailable =
    source.status === "absent" || (services !== undefined && services.sendLater === undefined);
  return {
    state: isUnavailable ? { status: "unavailable" } : state,
    error,
    busyIds,
    notice,
    signIn: () => {
      if (services === undefined) return;
      services.session.signIn().then(
        () => services.sendLater && load(services.sendLater),
        (cause: unknown) => setError(toAppError(cause)),
      );
    },
    refresh: () => services?.sendLater && load(services.sendLater),
    cancel: (row) =>
      withRow(row, async (sendLater) => {
        await sendLater.cancel(row.id);
        return `"${row.subject}" will not be sent. It is back in Drafts.`;
      }),
    reschedule: (row, sendAtUtc) =>
      withRow(row, async (sendLater) => {
        const outcome = await sendLater.reschedule(row, sendAtUtc);
        if (outcome.status === "not_scheduled") throw outcome.reason;
        return `"${row.subject}" is rescheduled.`;
      }),
  };
}
