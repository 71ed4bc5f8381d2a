// SendLaterSettings over Office roaming settings: auto-cancel preference, recent replies, prospects' zones.
import { createAppError, isAppError } from "../../core/errors/app-error";
import {
  findProspectZone,
  parseProspectZones,
  parseRecentReplies,
  rememberProspectZone,
  sendLaterSettingKeys,
  toStoredProspectZones,
  toStoredReplies,
} from "../../core/scheduling/send-later-settings";
import { callOfficeAsync } from "../../shared/call-office-async";
import type { DelayDeliveryOffice } from "./delay-delivery-office";
import type { RecentReply } from "../../core/scheduling/send-later-settings";
import type { SendLaterSettings } from "../../ports/scheduled-send-api";

export function createRoamingSendLaterSettings(
  readOffice: () => DelayDeliveryOffice | undefined,
): SendLaterSettings {
  const readSetting = (name: string): unknown =>
    readOffice()?.context.roamingSettings?.get(name) ?? undefined;
  const save = async (name: string, value: unknown): Promise<void> => {
    const office = readOffice();
    const settings = office?.context.roamingSettings ?? undefined;
    if (office === undefined || settings === undefined)
      throw createAppError("office_api_unsupported", { details: { api: "roamingSettings" } });
    settings.set(name, value);
    await callOfficeAsync<void>(office, (done) => settings.saveAsync(done)).catch(
      (cause: unknown) => {
        throw isAppError(cause) && cause.code !== "office_call_failed"
          ? cause
          : createAppError("storage_failed", { cause });
      },
    );
  };
  return {
    isAutoCancelOnReply: () => readSetting(sendLaterSettingKeys.autoCancelOnReply) === true,
    readRecentReplies: () => parseRecentReplies(readSetting(sendLaterSettingKeys.recentReplies)),
    saveRecentReplies: (replies: readonly RecentReply[]) =>
      save(sendLaterSettingKeys.recentReplies, toStoredReplies(replies)),
    readProspectZone: (address) =>
      findProspectZone(
        parseProspectZones(readSetting(sendLaterSettingKeys.prospectZones)),
        address,
      ),
    saveProspectZone: (address, timeZone) => {
      const zones = rememberProspectZone(
        parseProspectZones(readSetting(sendLaterSettingKeys.prospectZones)),
        { address, timeZone },
      );
      return save(sendLaterSettingKeys.prospectZones, toStoredProspectZones(zones));
    },
  };
}
