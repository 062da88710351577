import { Component, type ErrorInfo, type ReactNode } from "react";
import { describeApiError } from "../api/api-client";

/** Keeps one page's failure from blanking the workbench; shows what went wrong instead. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {}

  override render() {
    if (this.state.error) {
      return (
        <p className="error" role="alert">
          This page failed: {describeApiError(this.state.error)}
        </p>
      );
    }
    return this.props.children;
  }
}
