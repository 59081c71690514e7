/**
 * One decision on a review item: approve, or decline with a reason (required for declining;
 * it is sent to the organisation). Shows the API's answer at the reason field or as a banner.
 */
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { TextareaField } from '../../../components/Field';
import { Notification } from '../../../components/Notification';
import { problemsByField } from './problems';

export interface DecisionResult {
  readonly __typename: string;
  readonly message?: string;
  readonly problems?: readonly { readonly path: readonly string[]; readonly message: string }[];
}

export function Decision({
  subject,
  approveLabel,
  declineLabel,
  reasonHint,
  approve,
  decline,
  onDecided,
}: {
  /** What is decided, for the buttons' accessible names (e.g. the organisation's name). */
  subject: string;
  approveLabel: string;
  declineLabel: string;
  reasonHint: string;
  approve: (reason: string) => Promise<DecisionResult>;
  decline: (reason: string) => Promise<DecisionResult>;
  onDecided: (message: string) => void;
}) {
  const reasonRef = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function decide(which: 'approve' | 'decline') {
    setFailure(undefined);
    if (which === 'decline' && reason.trim() === '') {
      setError('理由を入力してください。');
      reasonRef.current?.querySelector('textarea')?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const result = await (which === 'approve' ? approve : decline)(reason.trim());
      if (result.__typename.endsWith('Payload')) {
        onDecided(`${subject}：${which === 'approve' ? approveLabel : declineLabel}しました。`);
        return;
      }
      const byField = problemsByField(result.problems ?? []);
      if (byField.reason) setError(byField.reason);
      setFailure(result.message ?? '処理できませんでした。');
    } catch (e) {
      setFailure(e instanceof Error ? e.message : '処理できませんでした。');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div ref={reasonRef} className="flex flex-col gap-3">
      {failure && (
        <Notification type="error" title={`${subject}を処理できませんでした`}>
          {failure}
        </Notification>
      )}
      <TextareaField
        label="理由"
        supportText={reasonHint}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error}
      />
      <div className="flex flex-wrap gap-4">
        <Button
          disabled={busy}
          onClick={() => decide('approve')}
          aria-label={`${subject}を${approveLabel}する`}
        >
          {approveLabel}する
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => decide('decline')}
          aria-label={`${subject}を${declineLabel}する`}
        >
          {declineLabel}する
        </Button>
      </div>
    </div>
  );
}
