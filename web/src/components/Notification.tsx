/**
 * A notification banner: info, success, warning or error, with a heading and text. Errors and
 * warnings are announced (role="alert"), the others politely (role="status").
 */
import type { ReactNode } from 'react';

export type NotificationType = 'info' | 'success' | 'warning' | 'error';

const TYPES: Record<NotificationType, { border: string; label: string }> = {
  info: { border: 'border-blue-900', label: 'お知らせ' },
  success: { border: 'border-success-2', label: '完了' },
  warning: { border: 'border-warning-orange-2', label: '注意' },
  error: { border: 'border-error-1', label: 'エラー' },
};

export function Notification({
  type = 'info',
  title,
  children,
}: {
  type?: NotificationType;
  title: ReactNode;
  children?: ReactNode;
}) {
  const { border, label } = TYPES[type];
  const urgent = type === 'error' || type === 'warning';
  return (
    <div
      role={urgent ? 'alert' : 'status'}
      className={`rounded-12 border-2 ${border} bg-white px-4 py-4 text-solid-gray-800 sm:px-6`}
    >
      <p className="text-std-17B-170">
        <span className="sr-only">{label}：</span>
        {title}
      </p>
      {children && <div className="mt-2 text-std-16N-170">{children}</div>}
    </div>
  );
}
