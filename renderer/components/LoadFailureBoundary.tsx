/**
 * Around a part of the app whose code is read from the app's own files when it is first shown
 * (React.lazy): if that code cannot be read or fails while the part is shown, the user gets a Swedish
 * message in its place instead of an empty window, and the rest of the app stays usable.
 */
import { Component, type ReactNode } from 'react';
import { sv } from '../../electron/shared/i18n/sv';
import { ErrorMessage } from './ErrorMessage';

export class LoadFailureBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorMessage message={sv.lazyParts.loadFailed} /> : this.props.children;
  }
}
