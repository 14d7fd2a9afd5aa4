// Loads both register lists (members need organisation names and vice versa) and reloads them together.
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';

export function useRegisterData() {
  const members = useQuery(() => call('listMembers'));
  const organisations = useQuery(() => call('listOrganisations'));
  return {
    members: members.value ?? [],
    organisations: organisations.value ?? [],
    loaded: members.value !== undefined && organisations.value !== undefined,
    error: members.error ?? organisations.error,
    reload: () => {
      members.reload();
      organisations.reload();
    },
  };
}
