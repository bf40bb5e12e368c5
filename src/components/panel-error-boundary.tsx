import { Component, Suspense, type ErrorInfo, type ReactNode } from "react";
import { HydrateWhenIdle } from "./hydrate-when-idle";
import { PanelFrame } from "./panel-frame";

interface Props {
  id: string;
  title: string;
  description: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A crash while drawing one panel shows an error in that panel only; the others keep working. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Panel "${this.props.id}" failed to render`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    // Each panel hydrates in a task of its own (hydrate-when-idle.tsx); the fallback never
    // shows, as nothing waits outside hydration and hydration keeps the server's markup.
    if (error === null)
      return (
        <Suspense fallback={null}>
          <HydrateWhenIdle id={this.props.id}>{this.props.children}</HydrateWhenIdle>
        </Suspense>
      );
    return (
      <PanelFrame
        id={this.props.id}
        title={this.props.title}
        description={this.props.description}
        state="error"
        year={null}
        error={error}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}
