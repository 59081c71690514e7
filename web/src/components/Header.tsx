/**
 * The page header of every area: the platform's name, the area's name (e.g. 事務局コンソール),
 * and on the right who is signed in with サインアウト.
 */
import type { ReactNode } from 'react';
import { graphql } from '../gql';
import { request } from '../lib/graphql';
import { Button } from './Button';

export const PLATFORM_NAME = '孤独・孤立対策官民連携プラットフォーム';

const SignOut = graphql(`
  mutation SignOut {
    signOut {
      __typename
    }
  }
`);

export function Header({
  area,
  home,
  user,
}: {
  /** The area's name under the platform's, e.g. 事務局コンソール. */
  area: string;
  /** Where the platform name links to (the area's home). */
  home: string;
  /** The signed-in user's name; omitted on public pages (no サインアウト then). */
  user?: ReactNode;
}) {
  async function signOut() {
    // SignOutPayload, or ConflictError when the session had already ended: signed out either way.
    await request(SignOut);
    location.assign('/sign-in');
  }
  return (
    <header className="border-b border-solid-gray-420 bg-white">
      <div className="mx-auto flex max-w-[1200px] flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-8">
        <p className="flex flex-col">
          <a href={home} className="text-std-16B-170 text-solid-gray-900 hover:underline">
            {PLATFORM_NAME}
          </a>
          <span className="text-std-16N-170 text-solid-gray-700">{area}</span>
        </p>
        {user && (
          <div className="flex flex-wrap items-center gap-4">
            <p className="text-std-16N-170">
              <span className="sr-only">サインイン中：</span>
              {user}
            </p>
            <Button variant="secondary" onClick={signOut}>
              サインアウト
            </Button>
          </div>
        )}
      </div>
    </header>
  );
}
