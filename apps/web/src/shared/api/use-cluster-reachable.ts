import { useReadyz } from './cluster';

/** False once readyz fails: lists are then stale and writes are disabled until the API server is back. */
export function useClusterReachable(): boolean {
  const readyz = useReadyz();
  if (readyz.isError) return false;
  return readyz.data?.status !== 'unavailable';
}
