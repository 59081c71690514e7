/** A titled part of a meeting's page (h2). */
import type { ReactNode } from 'react';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-4 border-t border-solid-gray-420 pt-6">
      <h2 className="text-std-24B-150 text-solid-gray-900">{title}</h2>
      {children}
    </section>
  );
}
