import { registryCheckResult, type RegistryCheckRequest } from '@berth/contracts';
import { useMutation } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';

/** "Can these credentials log in?": the BFF runs the registry handshake; nothing is stored. */
export const checkRegistry = (request: RegistryCheckRequest) =>
  fetchJson('/api/registry-checks', registryCheckResult, { method: 'POST', body: request });

export const useCheckRegistry = () => useMutation({ mutationFn: checkRegistry });
