// Catches a render failure in a pane area and offers the user a way to try again.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { isAppError } from "@/core/errors/app-error";
import { appErrorTexts } from "@/core/errors/app-error-codes";

/** Shown for failures that carry no AppError code (a bug, not an Outlook or Graph failure). */
const unexpectedErrorMessage = "Something went wrong in this part of Tempo.";

export interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Told about each caught error, e.g. to log its code; never shown to the user. */
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
}

interface ErrorBoundaryState {
  readonly error: unknown;
  readonly hasError: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, hasError: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly handleRetry = (): void => {
    this.setState({ error: undefined, hasError: false });
  };

  override render(): ReactNode {
    if (!this.state.hasError) {
      return this.props.children;
    }
    const { error } = this.state;
    const message = isAppError(error) ? appErrorTexts[error.code].message : unexpectedErrorMessage;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Tempo hit a problem</MessageBarTitle>
          {message}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={this.handleRetry}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
