// What the user and the panes can do to the host: browse folders, compose and send, open panes, run launch events.
import { convertEwsIdToRestId, convertRestIdToEwsId } from "../item-ids";
import { parseManifest, type RibbonButton } from "../manifest/parse-manifest";
import { profileStorageKey } from "../client-profile";
import { postHostEvent } from "../rpc/host-rpc";
import { applyComposeOp, createEmptyCompose, toGraphMessage } from "./compose-state";
import { composeNotificationKey, withHostParam, type HostStore, type OpenPane } from "./host-store";
import { toReadSnapshot } from "./read-snapshot";
import type { ClientProfile, ComposeOp, SmartAlertOptions } from "../protocol";
import type { SmartAlert } from "./host-store";
import type { HostGraphClient, FolderId } from "../graph-client";

export interface HostEnvironment {
  graph: HostGraphClient;
  panesOrigin: string;
  hostOrigin: string;
  /** Where manifest.xml is served, and the origin its URLs name. */
  manifestUrl: string;
  manifestOrigin: string;
  storage: Pick<Storage, "getItem" | "setItem">;
  fetchText(url: string): Promise<string>;
}

export interface LaunchOutcome extends SmartAlertOptions {
  allowEvent: boolean;
  errorMessage?: string;
}

/** What the user chose in a Smart Alerts dialog. */
export type SmartAlertChoice = "send_anyway" | "dont_send" | "take_action";

const launchTimeoutMs = 60_000;

export type HostActions = ReturnType<typeof createHostActions>;

export function createHostActions(store: HostStore, env: HostEnvironment) {
  const pendingLaunches = new Map<string, (outcome: LaunchOutcome) => void>();
  const pendingAlerts = new Map<string, (choice: SmartAlertChoice) => void>();
  const setStatus = (statusText: string | null) =>
    store.update((state) => ({ ...state, statusText }));
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

  const closePanes = (isClosed: (pane: OpenPane) => boolean) => {
    const closing = store.getState().panes.filter(isClosed);
    closing.forEach((pane) =>
      store.unregisterFrame({ kind: "pane", paneId: pane.paneId, surface: pane.surface }),
    );
    store.update((state) => ({ ...state, panes: state.panes.filter((pane) => !isClosed(pane)) }));
  };

  const actions = {
    /** Shows a failure in the banner's status line, where a developer looks first. */
    reportError: (error: unknown): void => {
      setStatus(`Workbench error: ${describe(error)}`);
    },

    async loadManifest(): Promise<void> {
      try {
        const xml = await env.fetchText(env.manifestUrl);
        const manifest = parseManifest(xml, {
          manifestOrigin: env.manifestOrigin,
          panesOrigin: env.panesOrigin,
        });
        store.update((state) => ({ ...state, manifest, manifestError: null }));
      } catch (error: unknown) {
        store.update((state) => ({
          ...state,
          manifestError: `Could not load ${env.manifestUrl}: ${describe(error)}`,
        }));
      }
    },

    async loadFolder(folder: FolderId): Promise<void> {
      store.update((state) => ({ ...state, folder, listStatus: "loading" }));
      try {
        const messages = await env.graph.listFolder(folder);
        store.update((state) =>
          state.folder === folder ? { ...state, messages, listStatus: "ready" } : state,
        );
      } catch (error: unknown) {
        store.update((state) => ({
          ...state,
          listStatus: "error",
          statusText: `Fake Graph unreachable: ${describe(error)}`,
        }));
      }
    },

    /** Unpinned read panes close when the selection changes; pinned ones stay and get ItemChanged. */
    async selectMessage(id: string): Promise<void> {
      store.update((state) => ({ ...state, selectedId: id, compose: null }));
      const listed = store.getState().messages.find((message) => message.id === id);
      const message = await env.graph.getMessage(id).catch(() => listed);
      if (message === undefined || store.getState().selectedId !== id) return;
      const selected = toReadSnapshot(message);
      closePanes((pane) => pane.surface === "compose" || !pane.pinned);
      store.update((state) => ({ ...state, selected }));
      for (const pane of store.getState().panes) {
        const target = store.findWindow({
          kind: "pane",
          paneId: pane.paneId,
          surface: pane.surface,
        });
        if (target !== undefined)
          postHostEvent(target, env.panesOrigin, { type: "itemChanged", item: selected });
      }
    },

    openCompose(): void {
      closePanes(() => true);
      store.update((state) => ({
        ...state,
        compose: createEmptyCompose(),
        selectedId: null,
        selected: null,
      }));
      const notifications = { ...store.getState().notifications, [composeNotificationKey]: [] };
      store.update((state) => ({ ...state, notifications }));
      actions
        .runLaunchEvent("OnNewMessageCompose")
        .catch((error: unknown) => setStatus(describe(error)));
    },

    /** Throws OfficeCallError for edits Outlook would refuse. */
    editCompose(op: ComposeOp) {
      const current = store.getState().compose;
      if (current === null) throw new Error("No message is being composed.");
      const compose = applyComposeOp(current, op);
      store.update((state) => ({ ...state, compose }));
      return compose;
    },

    discardCompose(): void {
      closePanes((pane) => pane.surface === "compose");
      store.update((state) => ({ ...state, compose: null }));
    },

    async saveDraft(): Promise<string> {
      const compose = store.getState().compose;
      if (compose === null) throw new Error("No message is being composed.");
      const message = toGraphMessage(compose);
      const restId =
        compose.itemId === null
          ? (await env.graph.createDraft(message, compose.customProperties)).id
          : (await env.graph.updateDraft(
              convertEwsIdToRestId(compose.itemId),
              message,
              compose.customProperties,
            ),
            convertEwsIdToRestId(compose.itemId));
      const itemId = convertRestIdToEwsId(restId);
      store.update((state) =>
        state.compose === null ? state : { ...state, compose: { ...state.compose, itemId } },
      );
      return itemId;
    },

    /**
     * OnMessageSend may stop the send with a Smart Alert: under PromptUser the user may Send Anyway;
     * otherwise the fake Graph stores it in Sent Items (or holds it until its delivery time).
     */
    async sendCompose(): Promise<boolean> {
      setStatus("Sending…");
      const outcome = await actions.runLaunchEvent("OnMessageSend");
      if (!outcome.allowEvent) {
        const choice = await actions.raiseSmartAlert(outcome);
        if (choice !== "send_anyway") {
          setStatus(outcome.errorMessage ?? "An add-in blocked sending this message.");
          return false;
        }
      }
      const compose = store.getState().compose;
      if (compose === null) return false;
      try {
        await env.graph.send(toGraphMessage(compose), compose.customProperties);
      } catch (error: unknown) {
        setStatus(`Send failed: ${describe(error)}`);
        return false;
      }
      actions.discardCompose();
      setStatus("Message sent.");
      await actions.loadFolder(store.getState().folder);
      return true;
    },

    openPane(button: RibbonButton, surface: "read" | "compose"): void {
      if (button.action.kind !== "taskpane") return;
      const existing = store
        .getState()
        .panes.find((pane) => pane.label === button.label && pane.surface === surface);
      if (existing !== undefined) return;
      const pane: OpenPane = {
        paneId: store.createId("pane"),
        surface,
        label: button.label,
        src: withHostParam(button.action.url, env.hostOrigin),
        supportsPinning: button.action.supportsPinning,
        pinned: false,
      };
      // Outlook shows one task pane at a time per item.
      closePanes((open) => open.surface === surface);
      store.update((state) => ({ ...state, panes: [...state.panes, pane] }));
    },

    closePane(paneId: string): void {
      closePanes((pane) => pane.paneId === paneId);
    },

    togglePin(paneId: string): void {
      store.update((state) => ({
        ...state,
        panes: state.panes.map((pane) =>
          pane.paneId === paneId ? { ...pane, pinned: !pane.pinned } : pane,
        ),
      }));
    },

    /** A different client is a different Outlook: open panes close and reopen against the new profile. */
    setProfile(profile: ClientProfile): void {
      env.storage.setItem(profileStorageKey, JSON.stringify(profile));
      closePanes(() => true);
      store.update((state) => ({ ...state, profile }));
    },

    async runLaunchEvent(eventType: string): Promise<LaunchOutcome> {
      const { manifest } = store.getState();
      const entry = manifest?.launchEvents.find((event) => event.type === eventType);
      const runtimeUrl = manifest?.eventRuntimeUrl;
      if (entry === undefined || runtimeUrl === undefined) return { allowEvent: true };
      const eventId = store.createId("event");
      const run = {
        eventId,
        eventType,
        functionName: entry.functionName,
        src: withHostParam(runtimeUrl, env.hostOrigin),
      };
      store.update((state) => ({ ...state, launches: [...state.launches, run] }));
      const outcome = await new Promise<LaunchOutcome>((resolve) => {
        pendingLaunches.set(eventId, resolve);
        setTimeout(
          () =>
            resolve({
              allowEvent: false,
              errorMessage: `The add-in did not finish ${eventType} in time.`,
            }),
          launchTimeoutMs,
        );
      });
      pendingLaunches.delete(eventId);
      store.unregisterFrame({ kind: "launch", eventId });
      store.update((state) => ({
        ...state,
        launches: state.launches.filter((launch) => launch.eventId !== eventId),
      }));
      return outcome;
    },

    completeLaunch(eventId: string, outcome: LaunchOutcome): void {
      pendingLaunches.get(eventId)?.(outcome);
    },

    /**
     * Shows the Smart Alerts dialog. PromptUser waits for Send Anyway or Don't Send; SoftBlock and
     * Block offer Don't Send only, so the send stops at once and the dialog just informs
     * (learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events).
     */
    raiseSmartAlert(outcome: LaunchOutcome): Promise<SmartAlertChoice> {
      const entry = store
        .getState()
        .manifest?.launchEvents.find((event) => event.type === "OnMessageSend");
      const isPromptUser =
        outcome.sendModeOverride === "promptUser" || entry?.sendMode === "PromptUser";
      const alert: SmartAlert = {
        alertId: store.createId("alert"),
        errorMessage: outcome.errorMessage ?? "An add-in blocked sending this message.",
        sendMode: isPromptUser ? "PromptUser" : (entry?.sendMode ?? "SoftBlock"),
        ...(outcome.commandId === undefined
          ? {}
          : {
              action: { label: outcome.cancelLabel ?? "Take Action", commandId: outcome.commandId },
            }),
      };
      store.update((state) => ({ ...state, smartAlert: alert }));
      const choice = new Promise<SmartAlertChoice>((resolve) =>
        pendingAlerts.set(alert.alertId, resolve),
      );
      return isPromptUser ? choice : Promise.resolve("dont_send");
    },

    /** "Take Action" opens the compose task pane whose Control id the handler named. */
    answerSmartAlert(alertId: string, choice: SmartAlertChoice): void {
      const { smartAlert, manifest } = store.getState();
      if (smartAlert?.alertId === alertId)
        store.update((state) => ({ ...state, smartAlert: null }));
      const commandId = choice === "take_action" ? smartAlert?.action?.commandId : undefined;
      const button = manifest?.composeButtons.find((candidate) => candidate.id === commandId);
      if (button !== undefined) actions.openPane(button, "compose");
      pendingAlerts.get(alertId)?.(choice);
      pendingAlerts.delete(alertId);
    },
  };
  return actions;
}
