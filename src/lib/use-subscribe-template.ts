import { useEffect, useState } from 'react';
import { subscribeTemplateId } from '../services/subscribe';

/**
 * The subscribe-message template of one kind of message, fetched when the form opens: WeChat shows
 * its permission dialog only when asked straight from a tap, so the tap must not wait for the network
 * first. null until known, and where there is nothing to ask for (H5, no template set up).
 */
export function useSubscribeTemplate(kind: string): string | null {
  const [templateId, setTemplateId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void subscribeTemplateId(kind).then((id) => live && setTemplateId(id));
    return () => {
      live = false;
    };
  }, [kind]);
  return templateId;
}
