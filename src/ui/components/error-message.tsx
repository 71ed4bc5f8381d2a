// Shows an AppError's user message, from the one table of texts, in an error message bar.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { appErrorTexts } from "@/core/errors/app-error-codes";
import type { AppError } from "@/core/errors/app-error";

export interface ErrorMessageProps {
  readonly error: AppError | undefined;
}

/** Renders nothing when there is no error, so callers can always place it. */
export function ErrorMessage({ error }: ErrorMessageProps) {
  if (!error) {
    return null;
  }
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{appErrorTexts[error.code].message}</MessageBarBody>
    </MessageBar>
  );
}
