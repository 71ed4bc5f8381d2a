// A sign-in failure: the user message from the texts table and its recovery (try again, sign in, or ask your admin).
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { appErrorTexts } from "@/core/errors/app-error-codes";
import type { AppError } from "@/core/errors/app-error";

export interface AuthErrorMessageProps {
  readonly error: AppError;
  readonly onRetry: () => void;
}

const actionLabels = { retry: "Try again", sign_in: "Sign in" } as const;

export function AuthErrorMessage({ error, onRetry }: AuthErrorMessageProps) {
  const { message, recovery } = appErrorTexts[error.code];
  const actionLabel =
    recovery === "retry" || recovery === "sign_in" ? actionLabels[recovery] : undefined;
  const asksAdmin = recovery === "ask_admin";
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {message}
        {asksAdmin ? " Your admin can use the admin consent link under Permissions." : null}
      </MessageBarBody>
      {actionLabel === undefined ? null : (
        <MessageBarActions>
          <Button onClick={onRetry}>{actionLabel}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
