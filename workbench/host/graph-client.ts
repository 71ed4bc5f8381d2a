// The host's channel to the mailbox: the fake Graph's /_fake/ control endpoints, standing in for Outlook's own link to Exchange.
import { workbenchUrls } from "../workbench-config";
import type { Message } from "@microsoft/microsoft-graph-types";

export type FolderId = "inbox" | "sentitems" | "drafts" | "outbox";

export interface HostGraphClient {
  listFolder(folder: FolderId): Promise<Message[]>;
  getMessage(id: string): Promise<Message>;
  send(
    message: Message,
    customProperties: Record<string, unknown>,
  ): Promise<{ id: string; internetMessageId: string }>;
  createDraft(message: Message, customProperties: Record<string, unknown>): Promise<{ id: string }>;
  updateDraft(
    id: string,
    message: Message,
    customProperties: Record<string, unknown>,
  ): Promise<void>;
}

/** `?graph=http://127.0.0.1:4100` overrides the fake Graph's address. */
export function readGraphBaseUrl(query: URLSearchParams): string {
  return (query.get("graph") ?? workbenchUrls.graph).replace(/\/+$/, "");
}

async function readJson<T>(response: Response): Promise<T> {
  if (!response.ok)
    throw new Error(`Fake Graph answered ${response.status} ${response.statusText}`, {
      cause: await response.text(),
    });
  return (await response.json()) as T;
}

export function createHostGraphClient(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): HostGraphClient {
  const post = (path: string, body: unknown, method = "POST") =>
    fetchImpl(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  return {
    async listFolder(folder) {
      const page = await readJson<{ value: Message[] }>(
        await fetchImpl(`${baseUrl}/_fake/folders/${folder}/messages`),
      );
      return page.value;
    },
    async getMessage(id) {
      return readJson<Message>(
        await fetchImpl(`${baseUrl}/_fake/messages/${encodeURIComponent(id)}`),
      );
    },
    async send(message, customProperties) {
      return readJson<{ id: string; internetMessageId: string }>(
        await post("/_fake/host/send", { message, customProperties }),
      );
    },
    async createDraft(message, customProperties) {
      return readJson<{ id: string }>(
        await post("/_fake/host/drafts", { message, customProperties }),
      );
    },
    async updateDraft(id, message, customProperties) {
      const response = await post(
        `/_fake/host/drafts/${encodeURIComponent(id)}`,
        { message, customProperties },
        "PATCH",
      );
      if (!response.ok)
        throw new Error(`Fake Graph answered ${response.status} ${response.statusText}`);
    },
  };
}
