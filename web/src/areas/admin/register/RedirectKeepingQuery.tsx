/** Sends an old address on to `to`, keeping its query (e.g. ?view=applications). */
import { Navigate, useLocation } from 'react-router';

export function RedirectKeepingQuery({ to }: { to: string }) {
  const { search } = useLocation();
  return <Navigate to={`${to}${search}`} replace />;
}
