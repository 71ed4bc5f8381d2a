import { screen, within } from "@testing-library/react";
import { webDarkTheme } from "@fluentui/react-components";
import { createOfficeFake, darkOfficeTheme } from "@/testing/office-fake";
import { readThemeToken, renderInOfficePane } from "@/testing/office-render";
import { DashboardPane } from "./dashboard-pane";

describe("DashboardPane", () => {
  it("shows its title, how to start tracking, and an empty list of tracked emails", () => {
    const fake = createOfficeFake();

    renderInOfficePane(<DashboardPane />, { office: fake.office, title: "Tempo dashboard" });

    expect(screen.getByRole("heading", { level: 1, name: "Tempo dashboard" })).toBeInTheDocument();
    expect(screen.getByText("No tracked emails yet.")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Turn on Track in the compose pane to see replies, auto-replies and bounces here.",
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Tracked emails" });
    expect(within(list).queryAllByRole("listitem")).toHaveLength(0);
  });

  it("lists tracked emails instead of the empty state once there are some", () => {
    const fake = createOfficeFake();
    const trackedEmails = [
      { id: "1", subject: "Q3 pricing", recipient: "dana@fabrikam.com", statusText: "Replied" },
    ];

    renderInOfficePane(<DashboardPane trackedEmails={trackedEmails} />, {
      office: fake.office,
      title: "Tempo dashboard",
    });

    const list = screen.getByRole("list", { name: "Tracked emails" });
    expect(within(list).getByRole("listitem")).toHaveTextContent("Q3 pricing");
    expect(screen.queryByText("No tracked emails yet.")).not.toBeInTheDocument();
  });

  it("follows a dark Office theme", () => {
    const fake = createOfficeFake({ theme: darkOfficeTheme });

    renderInOfficePane(<DashboardPane />, { office: fake.office, title: "Tempo dashboard" });

    expect(readThemeToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
