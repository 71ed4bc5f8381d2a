// Checks <Runtimes> and LaunchEvent extension points, which the stored XSD predates, against Microsoft's manifest reference.
import {
  CheckName,
  createCheckResult,
  createError,
  createWarning,
  type CheckResult,
  type Finding,
} from "./findings";
import { compareRequirementVersions, readDeclaredMailboxVersion } from "./requirement-sets";
import { checkRuntime, checkUnknownAttributes } from "./runtime-check";
import {
  describePath,
  findChildren,
  findDescendants,
  readXsiType,
  type XmlElement,
} from "./xml-tree";
import {
  headerEvents,
  isValidFunctionName,
  launchEventMinimumMailbox,
  sendEvents,
  sendModes,
} from "./launch-event-vocabulary";

const launchEventAttributes = new Set(["Type", "FunctionName", "SendMode", "HeaderName"]);
function checkLaunchEvent(event: XmlElement): Finding[] {
  const where = describePath(event);
  const type = event.attributes.Type ?? "";
  const functionName = event.attributes.FunctionName ?? "";
  const sendMode = event.attributes.SendMode;
  const findings = checkUnknownAttributes(event, launchEventAttributes);
  if (launchEventMinimumMailbox[type] === undefined)
    findings.push(
      createError(
        "launch_event_type_unknown",
        `${where}: Type "${type}" is not a documented LaunchEvent type`,
      ),
    );
  if (!isValidFunctionName(functionName))
    findings.push(
      createError(
        "launch_event_function_invalid",
        `${where}: FunctionName "${functionName}" is not a valid JavaScript identifier`,
      ),
    );
  const isSendEvent = sendEvents.has(type);
  if (sendMode !== undefined && !(sendModes as readonly string[]).includes(sendMode)) {
    findings.push(
      createError(
        "launch_event_send_mode_invalid",
        `${where}: SendMode "${sendMode}" is not one of ${sendModes.join(", ")}`,
      ),
    );
  }
  if (sendMode !== undefined && !isSendEvent)
    findings.push(
      createWarning(
        "launch_event_send_mode_ignored",
        `${where}: SendMode applies only to OnMessageSend and OnAppointmentSend`,
      ),
    );
  if (sendMode === undefined && isSendEvent)
    findings.push(
      createWarning(
        "launch_event_send_mode_missing",
        `${where}: no SendMode; Outlook defaults to SoftBlock, say so explicitly`,
      ),
    );
  if (event.attributes.HeaderName !== undefined && !headerEvents.has(type))
    findings.push(
      createWarning(
        "launch_event_header_ignored",
        `${where}: HeaderName applies only to OnMessageRead(WithCustomHeader)`,
      ),
    );
  if (launchEventMinimumMailbox[type] === "preview")
    findings.push(createWarning("launch_event_preview", `${where}: ${type} is a preview event`));
  return findings;
}

/** The highest Mailbox version any of these events needs, ignoring preview and unknown ones. */
function findRequiredMailboxVersion(types: readonly string[]): string | undefined {
  const versions = types
    .map((type) => launchEventMinimumMailbox[type])
    .filter((version): version is string => version !== undefined && version !== "preview");
  return versions.sort(compareRequirementVersions).at(-1);
}

function checkLaunchEventPoint(point: XmlElement, runtimeResids: ReadonlySet<string>): Finding[] {
  const where = describePath(point);
  const events = findDescendants(point, "LaunchEvent");
  const findings = events.flatMap(checkLaunchEvent);
  if (events.length === 0)
    findings.push(createError("launch_event_missing", `${where}: LaunchEvents has no LaunchEvent`));
  const types = events.map((event) => event.attributes.Type ?? "");
  for (const type of new Set(types.filter((t, i) => types.indexOf(t) !== i)))
    findings.push(createError("launch_event_duplicate", `${where}: ${type} is declared twice`));
  const sourceResid = findChildren(point, "SourceLocation")[0]?.attributes.resid;
  if (sourceResid === undefined)
    findings.push(
      createError(
        "launch_event_source_missing",
        `${where}: no <SourceLocation resid=…> naming the Runtime`,
      ),
    );
  else if (!runtimeResids.has(sourceResid))
    findings.push(
      createError(
        "launch_event_source_not_runtime",
        `${where}: SourceLocation resid "${sourceResid}" is not the resid of a <Runtime>`,
      ),
    );
  const required = findRequiredMailboxVersion(types);
  const declared = readDeclaredMailboxVersion(point);
  const isDeclaredTooLow =
    required !== undefined &&
    (declared === undefined || compareRequirementVersions(declared, required) < 0);
  if (isDeclaredTooLow) {
    findings.push(
      createError(
        "launch_event_requirement_too_low",
        `${where}: ${types.join(", ")} need Mailbox ${required}, but the enclosing VersionOverrides declares ${declared ?? "none"}`,
      ),
    );
  }
  return findings;
}

export function checkRuntimesAndLaunchEvents(root: XmlElement): CheckResult {
  const launchPoints = findDescendants(root, "ExtensionPoint").filter(
    (point) => readXsiType(point) === "LaunchEvent",
  );
  const runtimesBlocks = findDescendants(root, "Runtimes");
  const runtimes = runtimesBlocks.flatMap((block) => findChildren(block, "Runtime"));
  const findings: Finding[] = [];
  for (const block of runtimesBlocks) {
    const isInMailHost =
      block.parent?.localName === "Host" && readXsiType(block.parent) === "MailHost";
    if (!isInMailHost)
      findings.push(
        createError(
          "runtimes_misplaced",
          `${describePath(block)}: <Runtimes> must be a child of <Host xsi:type="MailHost">`,
        ),
      );
    for (const stranger of block.children.filter((child) => child.localName !== "Runtime"))
      findings.push(
        createError(
          "runtimes_unexpected_child",
          `${describePath(block)}: <${stranger.name}> is not allowed in Runtimes`,
        ),
      );
  }
  if (runtimes.length > 1)
    findings.push(
      createError("runtime_count", `Outlook supports one <Runtime>; found ${runtimes.length}`),
    );
  if (runtimesBlocks.length > 0 && runtimes.length === 0)
    findings.push(createError("runtime_count", "<Runtimes> has no <Runtime>"));
  findings.push(...runtimes.flatMap((runtime) => checkRuntime(runtime, launchPoints.length > 0)));
  if (runtimes.length > 0 && launchPoints.length === 0)
    findings.push(
      createWarning(
        "runtime_unused",
        "a <Runtime> is declared but no LaunchEvent extension point uses it",
      ),
    );
  const runtimeResids = new Set(runtimes.map((runtime) => runtime.attributes.resid ?? ""));
  findings.push(...launchPoints.flatMap((point) => checkLaunchEventPoint(point, runtimeResids)));
  const eventTypes = launchPoints
    .flatMap((point) => findDescendants(point, "LaunchEvent"))
    .map((event) => event.attributes.Type ?? "?");
  const summary = `${runtimes.length} Runtime, ${eventTypes.length} LaunchEvent${eventTypes.length === 1 ? "" : "s"}${eventTypes.length > 0 ? ` (${eventTypes.join(", ")})` : ""}; requirement set ${launchPoints.length > 0 ? `Mailbox ${readDeclaredMailboxVersion(launchPoints[0] ?? root) ?? "none"} declared, ${findRequiredMailboxVersion(eventTypes) ?? "none"} needed` : "not needed"}`;
  return createCheckResult(CheckName.runtimes, summary, findings);
}
