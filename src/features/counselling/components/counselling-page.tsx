import type { ReactNode } from 'react';
import { ErrorView, Loading, PageContainer } from '@/components';
import { errorMessage } from '@/services/http';
import { HotlineBar } from './hotline-bar';
import './counselling-page.css';

interface Props {
  /** False until the page's data is there; the hotlines show regardless. */
  ready?: boolean;
  error?: unknown;
  onRetry?: () => void;
  className?: string;
  children?: ReactNode;
}

/**
 * Every counselling page: the hotlines first, whatever else is loading or failing below them,
 * because someone in crisis must never meet a spinner or an error alone.
 */
export function CounsellingPage({ ready = true, error, onRetry, className, children }: Props) {
  let body: ReactNode = children;
  if (!ready) body = error ? <ErrorView compact message={errorMessage(error)} onRetry={onRetry} /> : <Loading />;
  return (
    <PageContainer error={ready ? error : null} className={`cs-page${className ? ` ${className}` : ''}`}>
      <HotlineBar />
      {body}
    </PageContainer>
  );
}

/** A page opened with a link that names nothing. */
export function MissingPage({ title }: { title: string }) {
  return (
    <CounsellingPage>
      <ErrorView title={title} message="链接有误，或内容已不存在" />
    </CounsellingPage>
  );
}
