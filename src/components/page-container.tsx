import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { ApiError, errorMessage } from '../services/http';
import { EmptyView } from './empty-view';
import { ErrorView } from './error-view';
import { FontScaleContext } from './font-scale';
import { Loading } from './loading';
import { showError } from './toast';
import './page-container.css';

interface Props {
  /** True while the page's data loads; only blocks the page before anything was shown. */
  loading?: boolean;
  /** The last load's error: a full-page retry at first, a toast once content is on screen. */
  error?: unknown;
  onRetry?: () => void;
  /** Replaces the content with the empty state. */
  empty?: boolean;
  emptyText?: string;
  className?: string;
  children?: ReactNode;
}

// A 401 has already sent the member to sign in; showing it again would only flash.
const isSilent = (err: unknown) => err instanceof ApiError && err.kind === 'auth';

export function PageContainer({ loading, error, onRetry, empty, emptyText, className, children }: Props) {
  const scale = useContext(FontScaleContext);
  const shown = useRef(false);

  let content: ReactNode;
  if (error && !shown.current) {
    content = isSilent(error) ? null : <ErrorView message={errorMessage(error)} onRetry={onRetry} />;
  } else if (loading && !shown.current) {
    content = <Loading full />;
  } else {
    shown.current = true;
    content = empty ? <EmptyView text={emptyText} full /> : children;
  }

  useEffect(() => {
    if (error && shown.current && !isSilent(error)) showError(error);
  }, [error]);

  const classes = ['ui-page'];
  if (scale > 1) classes.push('ui-page--large');
  if (className) classes.push(className);
  return (
    <View className={classes.join(' ')} style={{ '--font-scale': String(scale) } as Record<string, string>}>
      {content}
    </View>
  );
}
