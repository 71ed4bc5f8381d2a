// The host page's state (folders, items, panes, dialogs) as a small external store React subscribes to.
import type { Message } from "@microsoft/microsoft-graph-types";
import type { FolderId } from "../graph-client";
import type { ParsedManifest, RibbonButton } from "../manifest/parse-manifest";
import type {
  ClientProfile,
  ComposeItemSnapshot,
  NotificationMessage,
  ReadItemSnapshot,
} from "../protocol";
import type { FrameRecord, MessageTarget } from "../rpc/host-rpc";

export interface OpenPane {
  paneId: string;
  surface: "read" | "compose";
  label: string;
  src: string;
  supportsPinning: boolean;
  pinned: boolean;
}

export interface OpenDialog {
  dialogId: string;
  ownerPaneId: string;
  src: string;
  widthPercent: number;
  heightPercent: number;
  displayInIframe: boolean;
}

export interface LaunchRun {
  eventId: string;
  eventType: string;
  functionName: string;
  src: string;
}

/** A Smart Alerts dialog (OnMessageSend answered allowEvent: false), as the send mode shapes it. */
export interface SmartAlert {
  alertId: string;
  errorMessage: string;
  /** The manifest's SendMode, or PromptUser when the handler overrode it (Mailbox 1.14). */
  sendMode: "PromptUser" | "SoftBlock" | "Block";
  /** The "Take Action" button (web, new Outlook, classic ≥ 2412) when the handler named a commandId. */
  action?: { label: string; commandId: string };
}

export interface HostState {
  profile: ClientProfile;
  folder: FolderId;
  messages: Message[];
  listStatus: "loading" | "ready" | "error";
  statusText: string | null;
  selectedId: string | null;
  selected: ReadItemSnapshot | null;
  compose: ComposeItemSnapshot | null;
  notifications: Record<string, NotificationMessage[]>;
  panes: OpenPane[];
  dialogs: OpenDialog[];
  launches: LaunchRun[];
  manifest: ParsedManifest | null;
  manifestError: string | null;
  smartAlert: SmartAlert | null;
}

export const composeNotificationKey = "compose";

export function createInitialState(profile: ClientProfile): HostState {
  return {
    profile,
    folder: "inbox",
    messages: [],
    listStatus: "loading",
    statusText: null,
    selectedId: null,
    selected: null,
    compose: null,
    notifications: {},
    panes: [],
    dialogs: [],
    launches: [],
    manifest: null,
    manifestError: null,
    smartAlert: null,
  };
}

/** Holds the state and the windows of the frames the host created, so RPC can tell them apart. */
export class HostStore {
  private state: HostState;
  private readonly listeners = new Set<() => void>();
  private readonly frames = new Map<unknown, FrameRecord>();
  private readonly windowsByKey = new Map<string, MessageTarget>();
  private nextId = 1;

  constructor(initial: HostState) {
    this.state = initial;
  }

  readonly getState = (): HostState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: (state: HostState) => HostState): void {
    this.state = change(this.state);
    this.listeners.forEach((listener) => listener());
  }

  createId(prefix: string): string {
    const id = `${prefix}-${this.nextId}`;
    this.nextId += 1;
    return id;
  }

  registerFrame(target: MessageTarget, record: FrameRecord): void {
    this.frames.set(target, record);
    this.windowsByKey.set(frameKey(record), target);
  }

  unregisterFrame(record: FrameRecord): void {
    const key = frameKey(record);
    const target = this.windowsByKey.get(key);
    this.windowsByKey.delete(key);
    if (target !== undefined) this.frames.delete(target);
  }

  findFrame = (source: unknown): FrameRecord | undefined => this.frames.get(source);

  findWindow(record: FrameRecord): MessageTarget | undefined {
    return this.windowsByKey.get(frameKey(record));
  }
}

export function frameKey(record: FrameRecord): string {
  if (record.kind === "pane") return `pane:${record.paneId}`;
  if (record.kind === "dialog") return `dialog:${record.dialogId}`;
  return `launch:${record.eventId}`;
}

/** Adds `_host=<origin>` so the shim in the frame knows whom to trust. */
export function withHostParam(url: string, hostOrigin: string): string {
  const target = new URL(url);
  target.searchParams.set("_host", hostOrigin);
  return target.toString();
}

export function findTaskpaneButton(buttons: RibbonButton[], id: string): RibbonButton | undefined {
  return buttons.find((button) => button.id === id && button.action.kind === "taskpane");
}
