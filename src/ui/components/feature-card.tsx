// A card describing a pane feature that needs sign-in, with its action shown but not yet usable.
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardFooter,
  CardHeader,
  Subtitle2,
} from "@fluentui/react-components";
import { useId } from "react";
import { LazyTooltip } from "./lazy-tooltip";

export interface FeatureCardProps {
  readonly title: string;
  readonly description: string;
  readonly actionLabel: string;
}

/** The button stays focusable while disabled so keyboard users still reach its "Sign in to use" tooltip. */
export function FeatureCard({ title, description, actionLabel }: FeatureCardProps) {
  const headingId = useId();
  return (
    <Card role="region" aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h2" id={headingId}>
            {title}
          </Subtitle2>
        }
        description={<Body1 as="p">{description}</Body1>}
      />
      <CardFooter>
        <LazyTooltip content="Sign in to use" relationship="description">
          <Button disabledFocusable>{actionLabel}</Button>
        </LazyTooltip>
      </CardFooter>
      <Caption1 as="p">Sign-in is set up in Settings.</Caption1>
    </Card>
  );
}
