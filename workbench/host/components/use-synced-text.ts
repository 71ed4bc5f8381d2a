// A text field bound to host state that panes may also change: local typing wins until the state changes elsewhere.
import { useState } from "react";

/**
 * `externalKey` identifies the state's current value (e.g. the body HTML); `commit` writes the typed text and returns
 * the key it produced, so the field only resets when someone else (a pane) changed the value.
 */
export function useSyncedText(
  externalKey: string,
  externalText: string,
  commit: (text: string) => string,
): [string, (text: string) => void] {
  const [field, setField] = useState({ key: externalKey, text: externalText });
  if (field.key !== externalKey) setField({ key: externalKey, text: externalText });
  const onChange = (text: string) => setField({ key: commit(text), text });
  return [field.key === externalKey ? field.text : externalText, onChange];
}
