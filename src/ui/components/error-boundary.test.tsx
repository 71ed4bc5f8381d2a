import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createAppError } from "@/core/errors/app-error";
import { appErrorTexts } from "@/core/errors/app-error-codes";
import { ErrorBoundary } from "./error-boundary";

/** Throws until `shouldThrow.current` is false, like a pane that fails once and then recovers. */
function FlakyContent({ shouldThrow }: { readonly shouldThrow: { current: boolean } }) {
  if (shouldThrow.current) {
    throw createAppError("graph_failed", { cause: new Error("503") });
  }
  return <p>Tracked emails loaded</p>;
}

describe("ErrorBoundary", () => {
  beforeEach(() => {
    // React reports every caught render error on console.error; the fallback is what is under test.
    jest.spyOn(console, "error").mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it("shows the AppError's message and recovers when the user selects Try again", async () => {
    const user = userEvent.setup();
    const shouldThrow = { current: true };
    render(
      <ErrorBoundary>
        <FlakyContent shouldThrow={shouldThrow} />
      </ErrorBoundary>,
    );

    expect(screen.getByText(appErrorTexts.graph_failed.message)).toBeInTheDocument();
    shouldThrow.current = false;
    await user.click(screen.getByRole("button", { name: "Try again" }));

    expect(screen.getByText("Tracked emails loaded")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
  });

  it("shows a generic message for an error that is not an AppError", () => {
    const Broken = () => {
      throw new TypeError("undefined is not a function");
    };
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );

    expect(screen.getByText("Something went wrong in this part of Tempo.")).toBeInTheDocument();
    expect(screen.queryByText(/undefined is not a function/)).not.toBeInTheDocument();
  });
});
